package dev.gleaner.app.ui;

import dev.gleaner.app.Services;
import dev.gleaner.app.fx.Background;
import dev.gleaner.app.library.Place;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;

/** Renders the main window's views to PNG files, for the README and for looking at changes. */
final class Snapshots {
    static final int WIDTH = 1280, HEIGHT = 800;
    private final Services services;
    private final Path dir;
    private MainWindow window;
    private Stage stage;

    Snapshots(Services services, Path dir) {
        this.services = services;
        this.dir = dir;
    }

    List<Path> run() throws Exception {
        List<Path> written = new ArrayList<>();
        onFx(() -> {
            // Everything on the FX thread, one step after the other, so each picture shows a settled window.
            window = new MainWindow(services, Background.sameThread(), (task, delay) -> () -> {});
            stage = new Stage();
            window.showOn(stage);
            stage.setWidth(WIDTH);
            stage.setHeight(HEIGHT);
            stage.show();
            window.library().choose(Place.of(Place.Kind.ALL));
        });
        // The main picture shows an article the writer has taken notes on, when there is one.
        onFx(() -> window.library()
                .selectedIndex()
                .set(indexOf(a -> !a.notes().isBlank() && !a.markdown().isBlank())));
        onFx(() -> window.readerView().showPreview());
        // Searching shows the snippets under the titles and the facet chips above the list.
        onFx(() -> window.searchField().setText("레디스"));
        // Typing opens no hit: open the one with notes, as a reader going through the hits would.
        onFx(() -> window.library()
                .selectedIndex()
                .set(indexOf(a -> !a.notes().isBlank() && !a.markdown().isBlank())));
        onFx(() -> window.readerView().showPreview());
        written.add(shoot("main-window.png"));
        onFx(() -> window.searchField().setText(""));
        written.add(shootKeys("keys.png"));
        onFx(() -> {
            window.library().selectedIndex().set(indexOf(a -> a.markdown().length() > 500));
            window.readerView().root().setDividerPositions(0.6);
        });
        written.add(shoot("reader.png"));
        onFx(() -> window.library().choose(Place.of(Place.Kind.ISSUES)));
        written.add(shoot("issue-composer.png"));
        // One series' issues, chosen in the sidebar, when the library has a series.
        boolean[] hasSeries = {false};
        onFx(() -> window.library().places().stream()
                .filter(p -> p.kind() == Place.Kind.SERIES)
                .findFirst()
                .ifPresent(p -> {
                    hasSeries[0] = true;
                    window.library().choose(p);
                }));
        if (hasSeries[0]) {
            written.add(shoot("issue-series.png"));
        }
        onFx(() -> window.library().choose(Place.of(Place.Kind.FEEDS)));
        written.add(shoot("feeds.png"));
        onFx(() -> stage.hide());
        return written;
    }

    private int indexOf(java.util.function.Predicate<dev.gleaner.core.model.Article> wanted) {
        var list = window.library().articles().get();
        for (int i = 0; i < Math.min(list.size(), 100); i++) {
            if (wanted.test(list.get(i))) {
                return i;
            }
        }
        return list.isEmpty() ? -1 : 0;
    }

    private Path shoot(String name) throws Exception {
        return write(window(), name);
    }

    /** The window with the key list ({@code ?}) over its middle: a dialog is a window of its own, so the two are drawn together. */
    private Path shootKeys(String name) throws Exception {
        javafx.scene.control.Dialog<?>[] keys = new javafx.scene.control.Dialog<?>[1];
        onFx(() -> {
            keys[0] = window.keysDialog();
            keys[0].show();
        });
        BufferedImage main = window();
        CompletableFuture<WritableImage> image = new CompletableFuture<>();
        Platform.runLater(() -> {
            var pane = keys[0].getDialogPane();
            pane.applyCss();
            pane.layout();
            image.complete(pane.getScene().snapshot(null));
        });
        BufferedImage dialog = toAwt(image.get(30, TimeUnit.SECONDS));
        onFx(() -> keys[0].close());
        var g = main.createGraphics();
        int x = (main.getWidth() - dialog.getWidth()) / 2, y = (main.getHeight() - dialog.getHeight()) / 2;
        g.setColor(new java.awt.Color(0, 0, 0, 60));
        g.fillRect(0, 0, main.getWidth(), main.getHeight());
        g.drawImage(dialog, x, y, null);
        g.setColor(java.awt.Color.GRAY);
        g.drawRect(x - 1, y - 1, dialog.getWidth() + 1, dialog.getHeight() + 1);
        g.dispose();
        return write(main, name);
    }

    private BufferedImage window() throws Exception {
        Thread.sleep(150); // let a few pulses lay the new state out
        CompletableFuture<WritableImage> image = new CompletableFuture<>();
        Platform.runLater(() -> {
            window.scene().getRoot().applyCss();
            window.scene().getRoot().layout();
            image.complete(window.scene().snapshot(null));
        });
        return toAwt(image.get(30, TimeUnit.SECONDS));
    }

    private static BufferedImage toAwt(WritableImage fx) {
        int w = (int) fx.getWidth(), h = (int) fx.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            fx.getPixelReader().getPixels(0, y, w, 1, javafx.scene.image.PixelFormat.getIntArgbInstance(), row, 0, w);
            out.setRGB(0, y, w, 1, row, 0, w);
        }
        return out;
    }

    private Path write(BufferedImage image, String name) throws java.io.IOException {
        Path file = dir.resolve(name);
        javax.imageio.ImageIO.write(image, "png", file.toFile());
        return file;
    }

    private static void onFx(Runnable step) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                step.run();
                done.complete(null);
            } catch (RuntimeException | Error e) {
                done.completeExceptionally(e);
            }
        });
        done.get(60, TimeUnit.SECONDS);
    }
}
