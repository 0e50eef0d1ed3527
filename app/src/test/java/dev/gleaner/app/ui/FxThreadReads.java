package dev.gleaner.app.ui;

import dev.gleaner.core.library.Library;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.application.Platform;

/**
 * Watches a library for calls made on the JavaFX application thread: each is recorded with the
 * window's code that made it, so a test can say that scrolling, opening places or articles never
 * makes the UI thread wait for SQLite. The feed and issue stores it hands out are watched too.
 */
final class FxThreadReads {
    /** Calls that only register a listener or hand out a store: no database work. */
    private static final Set<String> NOT_READS =
            Set.of("addChangeListener", "removeChangeListener", "feeds", "issues", "toString", "hashCode", "equals");

    private final List<String> calls = new CopyOnWriteArrayList<>();
    private volatile boolean watching = true;

    /** {@return {@code library} watched by this} */
    Library watch(Library library) {
        return proxy(Library.class, library);
    }

    @SuppressWarnings("unchecked")
    private <T> T proxy(Class<T> type, T target) {
        InvocationHandler handler = (p, method, args) -> {
            if (watching && Platform.isFxApplicationThread() && !NOT_READS.contains(method.getName())) {
                calls.add(type.getSimpleName() + "." + method.getName() + " from " + caller());
            }
            Object result;
            try {
                result = method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            if (result instanceof dev.gleaner.core.feed.FeedStore f
                    && method.getName().equals("feeds")) {
                return proxy(dev.gleaner.core.feed.FeedStore.class, f);
            }
            if (result instanceof dev.gleaner.core.issue.IssueStore s
                    && method.getName().equals("issues")) {
                return proxy(dev.gleaner.core.issue.IssueStore.class, s);
            }
            return result;
        };
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler);
    }

    /** {@return the window's frames (at most three) that led to the call} */
    private static String caller() {
        List<String> app = new ArrayList<>();
        for (StackTraceElement f : Thread.currentThread().getStackTrace()) {
            if (f.getClassName().startsWith("dev.gleaner.app.")
                    && !f.getClassName().startsWith(FxThreadReads.class.getName())
                    && app.size() < 3) {
                app.add(f.getClassName().replace("dev.gleaner.app.", "") + "." + f.getMethodName() + ":"
                        + f.getLineNumber());
            }
        }
        return String.join(" < ", app);
    }

    /** {@return the calls made on the FX thread since the last {@link #clear}} */
    List<String> calls() {
        return List.copyOf(calls);
    }

    /** Forgets the calls recorded so far. */
    void clear() {
        calls.clear();
    }

    /** Stops recording (the test's own checks of the library may run on the FX thread after it). */
    void stop() {
        watching = false;
    }
}
