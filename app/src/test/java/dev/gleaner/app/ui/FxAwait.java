package dev.gleaner.app.ui;

import java.util.concurrent.Callable;
import org.testfx.util.WaitForAsyncUtils;

/** Waits in a window test for what the work thread and then the FX thread bring about. */
final class FxAwait {
    private FxAwait() {}

    /** Waits up to 30 s for {@code done}, letting FX events run between checks; fails naming {@code what}. */
    static void await(String what, Callable<Boolean> done) throws Exception {
        long until = System.nanoTime() + 30_000_000_000L;
        while (!done.call()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("never happened: " + what);
            }
            WaitForAsyncUtils.waitForFxEvents();
            Thread.sleep(20);
        }
    }
}
