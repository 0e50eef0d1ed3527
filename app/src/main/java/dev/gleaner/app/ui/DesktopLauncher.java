package dev.gleaner.app.ui;

import dev.gleaner.app.Services;
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
        Platform.setImplicitExit(true);
        Platform.startup(() -> {
            Stage stage = new Stage();
            MainWindow window = new MainWindow(services);
            stage.setTitle("Gleaner");
            stage.setScene(window.scene(1280, 800));
            stage.setOnHidden(e -> onClose.run());
            stage.show();
        });
    }
}
