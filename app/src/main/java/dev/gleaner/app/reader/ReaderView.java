package dev.gleaner.app.reader;

import dev.gleaner.app.ui.Messages;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The reader (header, article, related) above the notes editor with its preview. */
public final class ReaderView {
    private final SplitPane root;
    private final TextArea notes = new TextArea();
    private final TabPane notesTabs;
    private final ReaderViewModel vm;
    private final ScrollPane scroll;

    /** Builds the reader over {@code vm}; {@code openUrl} opens the original in the system browser. */
    public ReaderView(ReaderViewModel vm, Messages messages, Consumer<String> openUrl) {
        this.vm = vm;
        Label title = new Label();
        title.getStyleClass().add("reader-title");
        title.setWrapText(true);
        title.textProperty().bind(vm.title());
        Label byline = new Label();
        byline.getStyleClass().add("reader-byline");
        byline.textProperty().bind(vm.byline());
        Hyperlink link = new Hyperlink();
        link.textProperty().bind(vm.url());
        link.visibleProperty().bind(vm.url().isNotEmpty());
        link.setOnAction(e -> openUrl.accept(vm.url().get()));
        CheckBox images = new CheckBox(messages.get("reader.allowImages"));
        images.selectedProperty().bindBidirectional(vm.imagesAllowed());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox links = new HBox(8, link, grow, images);
        VBox body = new VBox(10);
        body.getStyleClass().add("reader-body");
        String imageHint = messages.get("reader.imageBlocked");
        Runnable renderBody = () ->
                BlockRenderer.render(vm.blocks(), body, () -> vm.imagesAllowed().get(), imageHint);
        vm.blocks().addListener((ListChangeListener<MarkdownBlocks.Block>) c -> renderBody.run());
        vm.imagesAllowed().addListener((o, a, b) -> renderBody.run());
        Label related = new Label();
        related.getStyleClass().add("reader-related");
        related.setWrapText(true);
        related.textProperty().bind(vm.related().map(r -> r.isEmpty() ? "" : messages.get("reader.related") + " " + r));
        Label empty = new Label(messages.get("reader.empty"));
        empty.getStyleClass().add("reader-empty");
        empty.visibleProperty().bind(vm.article().isNull());
        empty.managedProperty().bind(empty.visibleProperty());
        VBox page = new VBox(8, empty, title, byline, links, body, related);
        page.getStyleClass().add("reader-page");
        scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("reader-scroll");
        vm.article().addListener((o, a, b) -> scroll.setVvalue(0));

        notes.getStyleClass().add("notes-editor");
        notes.setWrapText(true);
        notes.setPromptText(messages.get("notes.prompt"));
        notes.textProperty().bindBidirectional(vm.notes());

        VBox preview = new VBox(6);
        preview.getStyleClass().add("notes-preview");
        vm.notesPreview().addListener((ListChangeListener<MarkdownBlocks.Block>)
                c -> BlockRenderer.render(vm.notesPreview(), preview, () -> false, imageHint));
        ScrollPane previewScroll = new ScrollPane(preview);
        previewScroll.setFitToWidth(true);
        notesTabs = new TabPane(
                new Tab(messages.get("notes.edit"), notes), new Tab(messages.get("notes.preview"), previewScroll));
        notesTabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        notesTabs.disableProperty().bind(vm.article().isNull());
        Label state = new Label();
        state.getStyleClass().add("notes-state");
        state.textProperty().bind(vm.notesState());
        Label notesTitle = new Label(messages.get("notes.title"));
        notesTitle.getStyleClass().add("notes-title");
        VBox notesPane = new VBox(4, new HBox(12, notesTitle, state), notesTabs);
        notesPane.getStyleClass().add("notes-pane");
        VBox.setVgrow(notesTabs, Priority.ALWAYS);
        root = new SplitPane(scroll, notesPane);
        root.setOrientation(Orientation.VERTICAL);
        root.setDividerPositions(0.68);
    }

    /** Puts the cursor in the notes editor (e). */
    public void editNotes() {
        notesTabs.getSelectionModel().selectFirst();
        notes.requestFocus();
        notes.end();
    }

    /**
     * Scrolls the article down by a screen less a line (Space). {@return false when it was already at
     * its end (or fits), so the caller can move on to the next article}
     */
    public boolean pageDown() {
        return page(1);
    }

    /** Scrolls the article up by a screen less a line (Shift+Space). */
    public void pageUp() {
        page(-1);
    }

    private boolean page(int direction) {
        double viewport = scroll.getViewportBounds().getHeight();
        double content = scroll.getContent().getLayoutBounds().getHeight();
        double range = content - viewport;
        double v = scroll.getVvalue();
        if (range <= 1 || (direction > 0 && v >= scroll.getVmax()) || (direction < 0 && v <= scroll.getVmin())) {
            return false;
        }
        // A line of the old screen stays in view, so the reader keeps their place.
        double step = Math.max(1, viewport - 40) / range * (scroll.getVmax() - scroll.getVmin());
        scroll.setVvalue(Math.clamp(v + direction * step, scroll.getVmin(), scroll.getVmax()));
        return true;
    }

    /** {@return the article's scroll pane} */
    public ScrollPane scroller() {
        return scroll;
    }

    /** Shows the rendered notes instead of the editor. */
    public void showPreview() {
        notesTabs.getSelectionModel().selectLast();
    }

    /** {@return the notes editor} */
    public TextArea notesEditor() {
        return notes;
    }

    /** {@return the reader's root node} */
    public SplitPane root() {
        return root;
    }
}
