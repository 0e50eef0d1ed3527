package dev.gleaner.app.ui;

import dev.gleaner.app.fx.Messages;
import dev.gleaner.app.fx.StatusModel;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * Opens the web and mail links of the window (in the reader, the composer, the "o" key) in the
 * system browser, on a named thread of its own so the window never waits for it; other kinds of
 * link are ignored. A machine without a browser, or a browser that fails, is told in the status bar.
 */
final class LinkOpener {
    private final Consumer<String> browser;
    private final StatusModel status;
    private final Messages messages;

    /** Opens links with {@code browser}, or with the system browser when it is null (tests pass one). */
    LinkOpener(Consumer<String> browser, StatusModel status, Messages messages) {
        this.browser = browser;
        this.status = status;
        this.messages = messages;
    }

    /** Opens {@code url} when it is an http(s) or mailto link; null and blank do nothing. */
    void open(String url) {
        if (url == null
                || url.isBlank()
                || !(url.startsWith("https://") || url.startsWith("http://") || url.startsWith("mailto:"))) {
            return;
        }
        if (browser != null) {
            browser.accept(url);
            return;
        }
        Thread.ofVirtual().name("gleaner-open-browser").start(() -> {
            try {
                if (java.awt.Desktop.isDesktopSupported()
                        && java.awt.Desktop.getDesktop().isSupported(java.awt.Desktop.Action.BROWSE)) {
                    java.awt.Desktop.getDesktop().browse(java.net.URI.create(url));
                    return;
                }
                Platform.runLater(() -> status.tell(messages.get("reader.noBrowser", url)));
            } catch (Exception | LinkageError ex) {
                Platform.runLater(() -> status.fail(messages.get("reader.open"), ex));
            }
        });
    }
}
