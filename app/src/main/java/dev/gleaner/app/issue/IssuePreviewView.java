package dev.gleaner.app.issue;

import dev.gleaner.app.fx.Messages;
import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The right half of the composer: the exact file an export writes, raw and rendered. */
final class IssuePreviewView {
    private final TextArea preview = new TextArea();
    private final VBox root;

    /** Builds the preview over {@code vm}; links of the rendered preview open with {@code openUrl}. */
    IssuePreviewView(IssueComposerViewModel vm, Messages messages, Consumer<String> openUrl) {
        preview.setEditable(false);
        preview.getStyleClass().add("issue-preview");
        preview.textProperty().bind(vm.preview());
        VBox renderedBody = new VBox(6);
        renderedBody.getStyleClass().add("reader-body");
        renderedBody.setPadding(new javafx.geometry.Insets(8));
        java.util.function.Consumer<String> render = markdown -> renderedBody
                .getChildren()
                .setAll(dev.gleaner.app.reader.ReaderView.preview(markdown, messages, openUrl));
        vm.rendered().addListener((o, before, markdown) -> render.accept(markdown));
        render.accept(vm.rendered().get());
        javafx.scene.control.ScrollPane renderedPane = new javafx.scene.control.ScrollPane(renderedBody);
        renderedPane.setFitToWidth(true);
        javafx.scene.control.Tab raw = new javafx.scene.control.Tab(messages.get("issue.raw"), preview);
        javafx.scene.control.Tab pretty = new javafx.scene.control.Tab(messages.get("issue.rendered"), renderedPane);
        javafx.scene.control.TabPane tabs = new javafx.scene.control.TabPane(raw, pretty);
        tabs.setTabClosingPolicy(javafx.scene.control.TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        VBox right = new VBox(6, new Label(messages.get("issue.preview")), tabs);
        root = right;
    }

    VBox root() {
        return root;
    }

    TextArea preview() {
        return preview;
    }
}
