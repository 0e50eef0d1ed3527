package dev.gleaner.app.reader;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.gfm.strikethrough.Strikethrough;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListItem;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import javafx.scene.text.TextFlow;

/**
 * Turns Markdown (CommonMark with GitHub's tables, strikethrough, autolinks and task lists) into
 * JavaFX nodes: styled text runs, links that open outside the app, scrollable highlighted code,
 * tables, quotes and nested lists. Inline HTML shows the text of its safe tags, never a tag and
 * never anything that runs. Images are asked for only when allowed. Builds detached nodes, so it
 * may run on any thread; one renderer per document.
 */
final class MarkdownRenderer {
    /**
     * Loads an image off the UI thread and hands it to {@code show} on the UI thread, or calls
     * {@code failed} there when it cannot be had.
     */
    @FunctionalInterface
    interface Images {
        void load(URI uri, Consumer<javafx.scene.image.Image> show, Runnable failed);
    }

    /** The widest an image is shown, in pixels; a larger one is scaled down. */
    static final double IMAGE_WIDTH = 720;

    private static final String[] BULLETS = {"•", "◦", "▪"};

    private final URI base;
    private final boolean imagesAllowed;
    private final String imageHint;
    private final String imageFailed;
    private final Consumer<String> openLink;
    private final Images images;
    private Document document;

    /**
     * Creates a renderer.
     *
     * @param base what relative links and images are read against: the article's URL, or the
     *     folder of a note's file; null when there is neither
     * @param imagesAllowed whether images may be loaded
     * @param imageHint the words shown in place of an image that was not loaded
     * @param imageFailed the words shown in place of an image that could not be loaded
     * @param openLink opens an http(s) or mailto link outside the app
     * @param images loads allowed images
     */
    MarkdownRenderer(
            URI base,
            boolean imagesAllowed,
            String imageHint,
            String imageFailed,
            Consumer<String> openLink,
            Images images) {
        this.base = base;
        this.imagesAllowed = imagesAllowed && images != null;
        this.imageHint = imageHint;
        this.imageFailed = imageFailed;
        this.openLink = openLink;
        this.images = images;
    }

    /** {@return the nodes of {@code markdown} in a box} */
    VBox render(String markdown) {
        document = ArticleMarkdown.parse(markdown);
        VBox box = new VBox(10);
        box.getStyleClass().add("md-body");
        blocks(document, box.getChildren(), 0);
        return box;
    }

    private void blocks(Node parent, List<javafx.scene.Node> into, int depth) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            block(n, into, depth);
        }
    }

    private void block(Node n, List<javafx.scene.Node> into, int depth) {
        switch (n) {
            case Heading h -> into.add(flow(h, "md-h" + Math.min(h.getLevel(), 4)));
            case Paragraph p -> into.add(flow(p, "md-p"));
            case BlockQuote q -> {
                VBox quote = new VBox(8);
                quote.getStyleClass().add("md-quote");
                blocks(q, quote.getChildren(), depth);
                into.add(quote);
            }
            case ListBlock list -> into.add(list(list, depth));
            case FencedCodeBlock f ->
                into.add(code(f.getContentChars().toString(), f.getInfo().toString()));
            case IndentedCodeBlock c -> into.add(code(c.getContentChars().toString(), ""));
            case ThematicBreak t -> into.add(styled(new Separator(), "md-rule"));
            case TableBlock t -> into.add(table(t));
            case HtmlCommentBlock c -> {}
            case HtmlBlock h -> htmlBlock(h.getChars().toString(), into);
            case Reference r -> {}
            default -> {
                if (n.hasChildren()) {
                    blocks(n, into, depth);
                } else if (!n.getChars().isBlank()) {
                    Runs runs = new Runs();
                    runs.text(n.getChars().toString());
                    into.add(styled(runs.flow, "md-p"));
                }
            }
        }
    }

    private TextFlow flow(Node inlineParent, String style) {
        Runs runs = new Runs();
        runs.inlines(inlineParent);
        return styled(runs.flow, style);
    }

    private VBox list(ListBlock list, int depth) {
        VBox box = new VBox(4);
        box.getStyleClass().add("md-list");
        int number = list instanceof OrderedList o ? o.getStartNumber() : 0;
        for (Node n = list.getFirstChild(); n != null; n = n.getNext()) {
            if (!(n instanceof ListItem item)) {
                continue;
            }
            javafx.scene.Node marker;
            if (item instanceof TaskListItem task) {
                CheckBox box2 = new CheckBox();
                box2.setSelected(task.isItemDoneMarker());
                // It shows the state as written; the article is not a form.
                box2.setMouseTransparent(true);
                box2.setFocusTraversable(false);
                marker = styled(box2, "md-task");
            } else {
                Label label =
                        new Label(list instanceof BulletList ? BULLETS[depth % BULLETS.length] : (number++) + ".");
                label.setMinWidth(22);
                marker = styled(label, "md-marker");
            }
            VBox content = new VBox(4);
            blocks(item, content.getChildren(), depth + 1);
            HBox.setHgrow(content, Priority.ALWAYS);
            HBox row = new HBox(4, marker, content);
            box.getChildren().add(styled(row, "md-item"));
        }
        if (depth > 0) {
            box.setPadding(new Insets(0, 0, 0, 4));
        }
        return box;
    }

    /** A code block as written: never wrapped or cut, scrolled sideways when wider than the reader. */
    private ScrollPane code(String code, String info) {
        String text = code.endsWith("\n") ? code.substring(0, code.length() - 1) : code;
        String language = info.strip().split("\\s+", 2)[0];
        TextFlow flow = new TextFlow();
        for (CodeHighlighter.Span s : CodeHighlighter.spans(text, language)) {
            javafx.scene.text.Text t = new javafx.scene.text.Text(s.text());
            t.getStyleClass().addAll("md-code-text", "code-" + s.kind().name().toLowerCase(Locale.ROOT));
            flow.getChildren().add(t);
        }
        flow.getStyleClass().add("md-code-flow");
        ScrollPane scroll = new ScrollPane(flow);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("md-code");
        fitHeight(scroll);
        return scroll;
    }

    /**
     * A block that scrolls only sideways (code, a table) is as tall as its content, its scroll bar
     * below it, never over its last line; the wheel scrolls the article past it.
     */
    private static void fitHeight(ScrollPane scroll) {
        javafx.scene.Node content = scroll.getContent();
        scroll.prefViewportHeightProperty()
                .bind(javafx.beans.binding.Bindings.createDoubleBinding(
                        () -> content.prefHeight(-1), content.layoutBoundsProperty()));
        scroll.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    }

    private ScrollPane table(TableBlock table) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("md-table");
        int[] row = {0};
        rows(table, r -> {
            {
                int column = 0;
                for (Node c = r.getFirstChild(); c != null; c = c.getNext()) {
                    if (c instanceof TableCell cell) {
                        TextFlow flow = flow(cell, cell.isHeader() ? "md-th" : "md-td");
                        flow.setMaxWidth(420);
                        if (cell.getAlignment() != null) {
                            flow.setTextAlignment(
                                    switch (cell.getAlignment()) {
                                        case CENTER -> TextAlignment.CENTER;
                                        case RIGHT -> TextAlignment.RIGHT;
                                        default -> TextAlignment.LEFT;
                                    });
                        }
                        grid.add(flow, column, row[0]);
                        column += Math.max(1, cell.getSpan());
                    }
                }
                row[0]++;
            }
        });
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("md-table-scroll");
        fitHeight(scroll);
        return scroll;
    }

    /** An HTML block: the text of its paragraphs and safe tags, its images, nothing else. */
    private void htmlBlock(String html, List<javafx.scene.Node> into) {
        Runs runs = new Runs();
        runs.html = true;
        for (HtmlTags.Piece piece : HtmlTags.pieces(html)) {
            switch (piece) {
                case HtmlTags.Chars c -> runs.text(Escaping.unescapeHtml(c.text()));
                case HtmlTags.Tag t -> {
                    boolean breaks =
                            HtmlTags.BREAKS.contains(t.name()) && !t.name().equals("br");
                    if (!breaks) {
                        runs.tag(t);
                    } else if (runs.hidden == 0 && runs.hasContent()) {
                        into.add(styled(runs.flow, "md-p"));
                        Runs next = new Runs();
                        next.carryFrom(runs);
                        runs = next;
                    }
                }
            }
        }
        if (runs.hasContent()) {
            into.add(styled(runs.flow, "md-p"));
        }
    }

    private static void rows(Node parent, Consumer<TableRow> each) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof TableRow r) {
                each.accept(r);
            } else if (!(n instanceof com.vladsch.flexmark.ext.tables.TableSeparator)) {
                rows(n, each);
            }
        }
    }

    private static boolean hasImage(Node parent) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Image || n instanceof ImageRef || hasImage(n)) {
                return true;
            }
        }
        return false;
    }

    /** {@return an http(s) or mailto address for a link, read against the base; null for anything else} */
    String linkTarget(String raw) {
        URI uri = uri(raw);
        if (uri == null) {
            return null;
        }
        if (!uri.isAbsolute() && base != null && isWeb(base)) {
            uri = base.resolve(uri);
        }
        String scheme = scheme(uri);
        return scheme.equals("http") || scheme.equals("https") || scheme.equals("mailto") ? uri.toString() : null;
    }

    /** {@return where an image is: http(s), or a file next to a note; null when it may not be loaded} */
    URI imageTarget(String raw) {
        URI uri = uri(raw);
        if (uri == null) {
            return null;
        }
        if (!uri.isAbsolute() && base != null) {
            uri = base.resolve(uri);
        }
        String scheme = scheme(uri);
        boolean noteFile = scheme.equals("file") && base != null && scheme(base).equals("file");
        return scheme.equals("http") || scheme.equals("https") || noteFile ? uri : null;
    }

    private static URI uri(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.strip();
        if (s.startsWith("<") && s.endsWith(">")) {
            s = s.substring(1, s.length() - 1);
        }
        if (s.isEmpty() || s.startsWith("#")) {
            return null;
        }
        try {
            return new URI(s.replace(" ", "%20").replace("\\", "%5C"));
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    private static boolean isWeb(URI uri) {
        String scheme = scheme(uri);
        return scheme.equals("http") || scheme.equals("https");
    }

    private static String scheme(URI uri) {
        return uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    }

    private static <T extends javafx.scene.Node> T styled(T node, String style) {
        node.getStyleClass().add(style);
        return node;
    }

    /** The text runs of one paragraph (or heading, cell, HTML paragraph) and the inline styles open at this point. */
    private final class Runs {
        final TextFlow flow = new TextFlow();
        int bold;
        int italic;
        int code;
        int strike;
        int hidden;
        boolean html;
        String htmlLink;

        boolean hasContent() {
            return flow.getChildren().stream()
                    .anyMatch(n -> !(n instanceof javafx.scene.text.Text t)
                            || !t.getText().isBlank());
        }

        void carryFrom(Runs other) {
            bold = other.bold;
            italic = other.italic;
            code = other.code;
            strike = other.strike;
            htmlLink = other.htmlLink;
            html = other.html;
        }

        void inlines(Node parent) {
            for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
                inline(n);
            }
        }

        void inline(Node n) {
            switch (n) {
                case Text t -> text(t.getChars().unescape());
                case Emphasis e -> {
                    italic++;
                    inlines(e);
                    italic--;
                }
                case StrongEmphasis s -> {
                    bold++;
                    inlines(s);
                    bold--;
                }
                case Strikethrough s -> {
                    strike++;
                    inlines(s);
                    strike--;
                }
                case Code c -> {
                    code++;
                    text(c.getText().toString().replace('\n', ' '));
                    code--;
                }
                case Image i -> image(i.getUrl().unescape(), i.getText().toString());
                case ImageRef r -> {
                    Reference ref = r.getReferenceNode(document);
                    if (ref == null) {
                        text(r.getChars().unescape());
                    } else {
                        image(ref.getUrl().unescape(), r.getText().toString());
                    }
                }
                case Link l -> link(l, l.getUrl().unescape());
                case LinkRef r -> {
                    Reference ref = r.getReferenceNode(document);
                    if (ref == null) {
                        text(r.getChars().unescape());
                    } else {
                        link(r, ref.getUrl().unescape());
                    }
                }
                case MailLink m -> link(m.getText().toString(), "mailto:" + m.getText());
                case AutoLink a -> link(a.getText().toString(), a.getUrl().toString());
                case SoftLineBreak b -> text(" ");
                case HardLineBreak b -> text("\n");
                case HtmlInlineComment c -> {}
                case HtmlInline h -> {
                    HtmlTags.Tag tag = HtmlTags.tag(h.getChars().toString());
                    if (tag != null) {
                        tag(tag);
                    }
                }
                case HtmlEntity e -> text(e.getChars().unescape());
                default -> {
                    if (n.hasChildren()) {
                        inlines(n);
                    } else {
                        text(n.getChars().unescape());
                    }
                }
            }
        }

        /** A link whose words are in the tree under {@code n}; images in it stay images. */
        private void link(Node n, String href) {
            boolean hasImage = hasImage(n);
            String target = linkTarget(href);
            if (target == null || hasImage) {
                inlines(n);
                return;
            }
            link(new TextCollectingVisitor().collectAndGetText(n), target);
        }

        private void link(String words, String raw) {
            String target = linkTarget(raw);
            if (target == null) {
                String keep = htmlLink;
                htmlLink = null;
                text(words);
                htmlLink = keep;
                return;
            }
            Hyperlink link = new Hyperlink(words.isBlank() ? target : words);
            link.setUserData(target);
            link.getStyleClass().add("md-link");
            link.setFocusTraversable(false);
            link.setOnAction(e -> openLink.accept(target));
            flow.getChildren().add(link);
        }

        void text(String s) {
            if (hidden > 0 || s.isEmpty()) {
                return;
            }
            if (html) {
                s = s.replaceAll("\\s+", " ");
                if (s.equals(" ") && flow.getChildren().isEmpty()) {
                    return;
                }
            }
            if (htmlLink != null) {
                link(s, htmlLink);
                return;
            }
            List<String> classes = new java.util.ArrayList<>(5);
            classes.add("md-text");
            if (bold > 0) {
                classes.add("md-bold");
            }
            if (italic > 0) {
                classes.add("md-italic");
            }
            if (code > 0) {
                classes.add("md-inline-code");
            }
            if (strike > 0) {
                classes.add("md-strike");
            }
            // Words of one style are one run (fewer nodes to style and lay out in a long article).
            if (!flow.getChildren().isEmpty()
                    && flow.getChildren().getLast() instanceof javafx.scene.text.Text last
                    && last.getStyleClass().equals(classes)) {
                last.setText(last.getText() + s);
                return;
            }
            javafx.scene.text.Text t = new javafx.scene.text.Text(s);
            t.getStyleClass().setAll(classes);
            flow.getChildren().add(t);
        }

        /** Applies one HTML tag: safe inline styles and links, line breaks, images; every other tag is dropped. */
        void tag(HtmlTags.Tag t) {
            String name = t.name();
            int step = t.closing() ? -1 : 1;
            if (HtmlTags.HIDDEN.contains(name)) {
                hidden = Math.max(0, hidden + step);
                return;
            }
            switch (name) {
                case "b", "strong" -> bold = Math.max(0, bold + step);
                case "i", "em", "cite", "var" -> italic = Math.max(0, italic + step);
                case "code", "kbd", "tt", "samp" -> code = Math.max(0, code + step);
                case "s", "del", "strike" -> strike = Math.max(0, strike + step);
                case "a" -> htmlLink = t.closing() ? null : linkTarget(t.href());
                case "br" -> {
                    if (hidden == 0) {
                        flow.getChildren().add(new javafx.scene.text.Text("\n"));
                    }
                }
                case "img" -> {
                    if (!t.closing() && hidden == 0 && t.src() != null) {
                        image(t.src(), t.alt());
                    }
                }
                default -> {}
            }
        }

        private void image(String src, String alt) {
            if (hidden > 0) {
                return;
            }
            URI uri = imageTarget(src);
            if (!imagesAllowed || uri == null) {
                Label hint =
                        new Label("[" + (alt.isBlank() ? src : alt) + "]" + (imagesAllowed ? "" : " — " + imageHint));
                hint.getStyleClass().add("md-image-placeholder");
                flow.getChildren().add(hint);
                return;
            }
            ImageView view = new ImageView();
            view.setPreserveRatio(true);
            view.setUserData(uri);
            view.setAccessibleText(alt);
            view.getStyleClass().add("md-image");
            flow.getChildren().add(view);
            images.load(
                    uri,
                    image -> {
                        view.setImage(image);
                        view.setFitWidth(Math.min(image.getWidth(), IMAGE_WIDTH));
                    },
                    () -> {
                        // Said where the image would be; the reason is in the log.
                        Label failed = new Label("[" + (alt.isBlank() ? src : alt) + "] — " + imageFailed);
                        failed.getStyleClass().add("md-image-placeholder");
                        if (view.getParent() instanceof TextFlow parent) {
                            int at = parent.getChildren().indexOf(view);
                            parent.getChildren().set(at, failed);
                        }
                    });
        }
    }
}
