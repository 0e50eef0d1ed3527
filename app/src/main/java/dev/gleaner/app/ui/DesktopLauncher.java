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
            stage.setOnShown(e -> Platform.runLater(() -> {
                if (Boolean.getBoolean("gleaner.startupTiming")) {
                    System.err.printf(
                            "gleaner: window usable %d ms after the JVM started, %d ms after launch%n",
                            java.lang.management.ManagementFactory.getRuntimeMXBean()
                                    .getUptime(),
                            (System.nanoTime() - start) / 1_000_000);
                    Platform.exit();
                    onClose.run();
                }
            }));
            stage.show();
        });
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
