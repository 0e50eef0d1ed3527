package dev.gleaner.app.reader;

import dev.gleaner.app.fx.Background;
import dev.gleaner.app.fx.Messages;
import dev.gleaner.app.search.SearchOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The reader (header, tags, article, related) above the notes editor with its preview. */
public final class ReaderView {
    private final SplitPane root;
    private final TextArea notes = new TextArea();
    private final TabPane notesTabs;
    private final ReaderViewModel vm;
    private final ScrollPane scroll;
    private final Messages messages;
    private final Consumer<String> openUrl;
    private final Background background;
    private final MarkdownRenderer.Images images;
    private final String imageHint;
    private final String imageFailed;
    private final VBox body = new VBox(10);
    private final Button delete = new Button();
    private long rendered;

    /** How many blocks of an article the UI thread adds at a time. */
    static final int BLOCKS_PER_SLICE = 25;

    /** How many blocks show first: a screen's worth and more. */
    static final int FIRST_SLICE = 12;

    /**
     * {@return {@code markdown} as the reader shows it, without images}: for previews elsewhere (the
     * issue composer's rendered tab); links open with {@code openUrl}
     */
    public static javafx.scene.layout.VBox preview(String markdown, Messages messages, Consumer<String> openUrl) {
        return new MarkdownRenderer(
                        null,
                        false,
                        messages.get("reader.imageBlocked"),
                        messages.get("reader.imageFailed"),
                        openUrl,
                        null)
                .render(markdown == null ? "" : markdown);
    }

    /** Builds the reader over {@code vm} without images; {@code openUrl} opens links in the system browser. */
    public ReaderView(ReaderViewModel vm, Messages messages, Consumer<String> openUrl) {
        this(vm, messages, openUrl, null, Background.sameThread());
    }

    /**
     * Builds the reader over {@code vm}: {@code openUrl} opens links in the system browser, {@code
     * images} (null: none) keeps the images the user allowed, {@code background} renders articles
     * and fetches images off the UI thread.
     */
    public ReaderView(
            ReaderViewModel vm, Messages messages, Consumer<String> openUrl, ImageCache images, Background background) {
        this.vm = vm;
        this.messages = messages;
        this.openUrl = openUrl;
        this.background = background;
        this.images = images == null ? null : (uri, show, failed) -> loadImage(images, uri, show, failed);
        this.imageHint = messages.get("reader.imageBlocked");
        this.imageFailed = messages.get("reader.imageFailed");
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
        CheckBox imagesBox = new CheckBox(messages.get("reader.allowImages"));
        imagesBox.selectedProperty().bindBidirectional(vm.imagesAllowed());
        Button reextract = new Button(messages.get("reader.reextract"));
        reextract.getStyleClass().addAll("small", "reader-reextract");
        reextract.setOnAction(e -> vm.reextract());
        delete.getStyleClass().addAll("small", "reader-delete");
        delete.setText(messages.get("reader.delete"));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox links = new HBox(8, link, grow, imagesBox, reextract, delete);
        // A long address gives way ("https://…/redis-distribute…"), never the actions ("…" "…").
        for (Region action : java.util.List.of(imagesBox, reextract, delete)) {
            action.setMinWidth(Region.USE_PREF_SIZE);
        }
        link.setMinWidth(0);
        javafx.scene.control.Tooltip whole = new javafx.scene.control.Tooltip();
        whole.textProperty().bind(vm.url());
        link.setTooltip(whole);
        links.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        links.disableProperty().bind(vm.article().isNull());
        FlowPane tags = tagsRow();
        Label notice = new Label();
        notice.getStyleClass().add("reader-notice");
        notice.setWrapText(true);
        notice.textProperty().bind(vm.notice());
        notice.visibleProperty().bind(vm.notice().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());
        body.getStyleClass().add("reader-body");
        vm.body().addListener((o, a, b) -> renderBody());
        vm.imagesAllowed().addListener((o, a, b) -> renderBody());
        FlowPane related = new FlowPane(6, 4);
        related.getStyleClass().add("reader-related");
        Runnable showRelated = () -> showRelated(related);
        vm.related().addListener((o, a, b) -> showRelated.run());
        vm.relatedArticles().addListener((ListChangeListener<SearchOutcome.Hit>) c -> showRelated.run());
        Label empty = new Label(messages.get("reader.empty"));
        empty.getStyleClass().add("reader-empty");
        empty.visibleProperty().bind(vm.article().isNull());
        empty.managedProperty().bind(empty.visibleProperty());
        VBox page = new VBox(8, empty, title, byline, links, notice, tags, body, related);
        page.getStyleClass().add("reader-page");
        scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("reader-scroll");
        vm.article().addListener((o, a, b) -> {
            // A new article starts at its top; the same one changed (tags, re-extraction) keeps its place.
            if (a == null || b == null || a.id() != b.id()) {
                scroll.setVvalue(0);
            }
        });

        notes.getStyleClass().add("notes-editor");
        notes.setWrapText(true);
        notes.setPromptText(messages.get("notes.prompt"));
        notes.textProperty().bindBidirectional(vm.notes());

        VBox preview = new VBox(6);
        preview.getStyleClass().add("notes-preview");
        vm.notes()
                .addListener((o, a, text) -> preview.getChildren()
                        .setAll(new MarkdownRenderer(null, false, imageHint, imageFailed, openUrl, null).render(text)));
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
        root.getStylesheets().add(ReaderView.class.getResource("reader.css").toExternalForm());
    }

    /** Renders the open article off the UI thread and shows it unless another article opened meanwhile. */
    private void renderBody() {
        long generation = ++rendered;
        String markdown = vm.body().get().markdown();
        java.net.URI base = vm.body().get().base();
        boolean allowed = vm.imagesAllowed().get();
        background.work().execute(() -> {
            VBox nodes;
            try {
                nodes = new MarkdownRenderer(base, allowed, imageHint, imageFailed, openUrl, images).render(markdown);
            } catch (RuntimeException e) {
                dev.gleaner.app.Logs.warning("rendering an article", e);
                Label failed = new Label(markdown);
                failed.setWrapText(true);
                nodes = new VBox(failed);
            }
            List<javafx.scene.Node> blocks = new ArrayList<>(nodes.getChildren());
            nodes.getChildren().clear();
            background.ui().execute(() -> {
                if (generation == rendered) {
                    body.getChildren().clear();
                    attach(generation, blocks, 0);
                }
            });
        });
    }

    /**
     * Adds the blocks from {@code from} on to the body, a slice at a time: the top of a long article
     * shows at once, and the UI thread styles and lays out the rest between frames.
     */
    private void attach(long generation, List<javafx.scene.Node> blocks, int from) {
        if (generation != rendered) {
            return;
        }
        int to = Math.min(blocks.size(), from + (from == 0 ? FIRST_SLICE : BLOCKS_PER_SLICE));
        body.getChildren().addAll(blocks.subList(from, to));
        if (to < blocks.size()) {
            background.ui().execute(() -> attach(generation, blocks, to));
        }
    }

    private void loadImage(ImageCache cache, java.net.URI uri, Consumer<Image> show, Runnable failed) {
        background.work().execute(() -> {
            try {
                Image image = new Image(cache.fetch(uri).toUri().toString());
                if (image.isError()) {
                    throw new java.io.IOException(
                            "The image " + uri + " is not a picture Gleaner can show.", image.getException());
                }
                background.ui().execute(() -> show.accept(image));
            } catch (java.io.IOException | RuntimeException e) {
                dev.gleaner.app.Logs.warning("the image " + uri + " could not be loaded", e);
                background.ui().execute(failed);
            }
        });
    }

    private FlowPane tagsRow() {
        FlowPane row = new FlowPane(6, 4);
        row.getStyleClass().add("reader-tags");
        TextField add = new TextField();
        add.setPromptText(messages.get("reader.tags.add"));
        add.getStyleClass().add("reader-tag-field");
        add.setPrefColumnCount(10);
        add.setOnAction(e -> {
            vm.addTags(add.getText());
            add.clear();
        });
        Runnable show = () -> {
            row.getChildren().clear();
            for (String t : vm.sourceTags()) {
                Label tag = new Label(t);
                tag.getStyleClass().add("reader-tag");
                row.getChildren().add(tag);
            }
            for (String t : vm.ownTags()) {
                Label tag = new Label(t);
                Button remove = new Button("✕");
                remove.getStyleClass().addAll("small", "reader-tag-remove");
                remove.setAccessibleText(messages.get("reader.tags.remove", t));
                remove.setOnAction(e -> vm.removeTag(t));
                HBox chip = new HBox(2, tag, remove);
                chip.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
                chip.getStyleClass().addAll("reader-tag", "reader-own-tag");
                row.getChildren().add(chip);
            }
            row.getChildren().add(add);
        };
        vm.ownTags().addListener((ListChangeListener<String>) c -> show.run());
        vm.sourceTags().addListener((ListChangeListener<String>) c -> show.run());
        show.run();
        row.visibleProperty().bind(vm.article().isNotNull());
        row.managedProperty().bind(row.visibleProperty());
        return row;
    }

    private void showRelated(FlowPane into) {
        into.getChildren().clear();
        if (vm.related().get().isEmpty()) {
            return;
        }
        into.getChildren().add(new Label(messages.get("reader.related")));
        if (vm.relatedArticles().isEmpty()) {
            into.getChildren().add(new Label(vm.related().get()));
            return;
        }
        for (SearchOutcome.Hit hit : vm.relatedArticles()) {
            Hyperlink open = new Hyperlink(hit.title());
            open.getStyleClass().add("reader-related-link");
            open.setOnAction(e -> vm.openRelated(hit.articleId()));
            into.getChildren().add(open);
        }
    }

    /** Runs {@code action} when the reader's Delete button is pressed (the window deletes with undo). */
    public void onDelete(Runnable action) {
        delete.setOnAction(e -> action.run());
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
