package dev.gleaner.app.ui;

import static dev.gleaner.app.ui.MainWindowScenarioTest.onFx;

import dev.gleaner.app.Services;
import dev.gleaner.app.fx.Background;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

/** Opens a window on the headless platform and reads its sidebar as a user sees it; call from the test thread. */
final class SidebarRows {
    private SidebarRows() {}

    /** {@return a window on {@code services}, shown on a stage, its background work run on the calling thread} */
    static MainWindow open(Services services) throws Exception {
        MainWindow window = onFx(() -> {
            MainWindow w = new MainWindow(services, Background.sameThread(), new ManualDelay());
            Stage stage = new Stage();
            w.showOn(stage);
            stage.show();
            stage.toFront();
            return w;
        });
        WaitForAsyncUtils.waitForFxEvents();
        return window;
    }

    static ListView<?> sidebar(MainWindow w) throws Exception {
        return onFx(() -> (ListView<?>) w.scene().getRoot().lookup(".sidebar"));
    }

    /** {@return the visible sidebar row whose text is {@code text}} */
    static Node row(MainWindow w, String text) throws Exception {
        ListView<?> sidebar = sidebar(w);
        return onFx(() -> sidebar.lookupAll(".list-cell").stream()
                .filter(n -> n instanceof ListCell<?> c
                        && c.isVisible()
                        && c.getItem() != null
                        && text.equals(c.getText().strip()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no sidebar row " + text + " in "
                        + sidebar.lookupAll(".list-cell").stream()
                                .map(n -> ((ListCell<?>) n).getText())
                                .toList())));
    }

    /** {@return the texts of the visible sidebar rows, top to bottom} */
    static List<String> texts(MainWindow w) throws Exception {
        ListView<?> sidebar = sidebar(w);
        return onFx(() -> sidebar.lookupAll(".list-cell").stream()
                .map(n -> (ListCell<?>) n)
                .filter(c -> c.isVisible() && c.getItem() != null)
                .sorted(java.util.Comparator.comparingInt(ListCell::getIndex))
                .map(c -> c.getText().strip())
                .toList());
    }
}
