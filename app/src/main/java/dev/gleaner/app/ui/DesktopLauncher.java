package dev.gleaner.app.ui;

import dev.gleaner.app.Logs;
import dev.gleaner.app.Services;
import dev.gleaner.app.fx.Background;
import dev.gleaner.app.fx.Delay;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;

/** Starts the JavaFX platform and opens Gleaner's main window on the given services. */
public final class DesktopLauncher {
    /** The open window and its stage, for requests from other processes; null until shown. */
    private static volatile MainWindow shownWindow;

    private static volatile Stage shownStage;

    private DesktopLauncher() {}

    /** Brings the open window to the front (a second start of Gleaner asks for it). */
    public static void activate() {
        if (shownStage == null) {
            return;
        }
        Platform.runLater(() -> {
            Stage stage = shownStage;
            if (stage != null) {
                stage.setIconified(false);
                stage.show();
                stage.toFront();
                stage.requestFocus();
            }
        });
    }

    /** Reloads the open window's list after a command from another process changed the library. */
    public static void libraryChanged() {
        if (shownWindow == null) {
            return; // no window in this process (gleaner serve)
        }
        Platform.runLater(() -> {
            MainWindow window = shownWindow;
            if (window != null) {
                window.library().refreshPlaces();
                window.library().reload();
            }
        });
    }

    /**
     * Starts the JavaFX toolkit on its own thread, so that it comes up while the caller opens the
     * workspace.
     *
     * @return completes when the toolkit runs; fails when it cannot start
     */
    public static CompletableFuture<Void> startToolkit() {
        CompletableFuture<Void> started = new CompletableFuture<>();
        // Not a daemon: the toolkit thread it starts inherits that, and must keep the JVM alive.
        Thread.ofPlatform().name("gleaner-toolkit-start").start(() -> {
            try {
                Platform.setImplicitExit(true);
                Platform.startup(() -> started.complete(null));
            } catch (RuntimeException | LinkageError e) {
                started.completeExceptionally(e);
            }
        });
        return started;
    }

    /**
     * Opens the main window once the toolkit started by {@link #startToolkit} runs; returns at
     * once, the window lives on the JavaFX thread.
     *
     * @param services the wired services
     * @param toolkit the toolkit start
     * @param onClose run when the user closes the window
     */
    public static void open(Services services, CompletableFuture<Void> toolkit, Runnable onClose) {
        long start = System.nanoTime();
        try {
            toolkit.get(60, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            // Most often a desktop without GTK 3 (JavaFX's window system on Linux) or without a display.
            throw new dev.gleaner.core.GleanerException(
                    "The window could not open (" + e.getCause() + "). On Linux it needs GTK 3 and a display:"
                            + " install libgtk-3-0 (Debian/Ubuntu) or gtk3, check $DISPLAY, or use the commands"
                            + " (gleaner --help).",
                    e.getCause());
        } catch (java.util.concurrent.TimeoutException | InterruptedException e) {
            throw new IllegalStateException("the JavaFX toolkit did not start within a minute", e);
        }
        dev.gleaner.app.StartupTrace.mark("toolkit started");
        Platform.runLater(() -> {
            Stage stage = new Stage();
            MainWindow window = new MainWindow(services, Background.forWindow(), Delay.fx());
            dev.gleaner.app.StartupTrace.mark("window built");
            window.showOn(stage);
            stage.setOnCloseRequest(e -> window.saveState());
            stage.setOnHidden(e -> onClose.run());
            if (dev.gleaner.app.StartupTrace.on()) {
                reportWhenUsable(stage, window, start, onClose);
            }
            stage.show();
            shownWindow = window;
            shownStage = stage;
            dev.gleaner.app.StartupTrace.mark("window shown");
        });
    }

    /**
     * For the start-up benchmark: once the window is shown and its first page of articles is
     * listed, prints the time since the launch and closes.
     */
    private static void reportWhenUsable(Stage stage, MainWindow window, long start, Runnable onClose) {
        Runnable check = new Runnable() {
            private boolean reported;

            @Override
            public void run() {
                if (reported
                        || !stage.isShowing()
                        || window.library().articles().get().isEmpty()) {
                    return;
                }
                reported = true;
                // One more pulse so the list has been laid out and painted.
                Platform.runLater(() -> {
                    dev.gleaner.app.StartupTrace.mark("first page listed");
                    System.err.printf(
                            "gleaner: window usable with %d articles listed, %d ms after the launch (%d ms of it opening the window)%n",
                            window.library().size(),
                            dev.gleaner.app.StartupTrace.sinceLaunch(),
                            (System.nanoTime() - start) / 1_000_000);
                    stage.hide();
                });
            }
        };
        stage.showingProperty().addListener((o, a, b) -> check.run());
        window.library().articles().addListener((o, a, b) -> check.run());
    }

    /**
     * Renders the window headless to PNG files in {@code dir} (main window, reader with an article
     * open, issue composer, feeds view) at 1280x800, then stops the platform.
     *
     * @return the files written
     */
    public static java.util.List<Path> snapshot(Services services, Path dir) throws Exception {
        System.setProperty("glass.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("prism.text", "t2k".equals(System.getProperty("prism.text")) ? "t2k" : "native");
        java.nio.file.Files.createDirectories(dir);
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.setImplicitExit(false);
        Platform.startup(() -> started.complete(null));
        started.get(30, TimeUnit.SECONDS);
        try {
            return new Snapshots(services, dir).run();
        } finally {
            Platform.exit();
            Logs.of(DesktopLauncher.class).info("snapshots written to " + dir);
        }
    }
}
