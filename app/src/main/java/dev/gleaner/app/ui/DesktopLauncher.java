package dev.gleaner.app.ui;

import dev.gleaner.app.Logs;
import dev.gleaner.app.Services;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;

/** Starts the JavaFX platform and opens Gleaner's main window on the given services. */
public final class DesktopLauncher {
    private DesktopLauncher() {}

    /**
     * Opens the main window; returns at once, the window lives on the JavaFX thread.
     *
     * @param services the wired services
     * @param onClose run when the user closes the window
     */
    public static void open(Services services, Runnable onClose) {
        long start = System.nanoTime();
        Platform.setImplicitExit(true);
        Platform.startup(() -> {
            Stage stage = new Stage();
            MainWindow window = new MainWindow(services, Background.forWindow(), Delay.fx());
            window.showOn(stage);
            stage.setOnCloseRequest(e -> window.saveState());
            stage.setOnHidden(e -> onClose.run());
            if (Boolean.getBoolean("gleaner.startupTiming")) {
                reportWhenUsable(stage, window, start, onClose);
            }
            stage.show();
        });
    }

    /**
     * For the start-up benchmark: once the window is shown and its first page of articles is
     * listed, prints the time since the JVM started and closes.
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
                    System.err.printf(
                            "gleaner: window usable with %d articles listed, %d ms after the JVM started (%d ms in the launcher)%n",
                            window.library().size(),
                            java.lang.management.ManagementFactory.getRuntimeMXBean()
                                    .getUptime(),
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
