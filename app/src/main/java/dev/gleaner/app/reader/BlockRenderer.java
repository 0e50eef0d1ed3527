package dev.gleaner.app.reader;

import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/** Turns Markdown blocks into plain JavaFX nodes: text only, nothing runs; images load only when allowed. */
public final class BlockRenderer {
    private BlockRenderer() {}

    /** Replaces the children of {@code into} with the nodes of {@code blocks}. */
    public static void render(
            List<MarkdownBlocks.Block> blocks, VBox into, BooleanSupplier imagesAllowed, String imageHint) {
        into.getChildren().clear();
        for (MarkdownBlocks.Block b : blocks) {
            into.getChildren().add(node(b, imagesAllowed, imageHint));
        }
    }

    private static Node node(MarkdownBlocks.Block block, BooleanSupplier imagesAllowed, String imageHint) {
        return switch (block) {
            case MarkdownBlocks.Heading h -> styled(flow(h.text()), "md-h" + Math.min(h.level(), 4));
            case MarkdownBlocks.Paragraph p -> styled(flow(p.text()), "md-p");
            case MarkdownBlocks.Item i -> {
                Label marker = new Label(i.marker());
                marker.getStyleClass().add("md-marker");
                marker.setMinWidth(22);
                HBox row = new HBox(4, marker, flow(i.text()));
                row.setPadding(new javafx.geometry.Insets(0, 0, 0, 18 * i.depth()));
                yield styled(row, "md-item");
            }
            case MarkdownBlocks.Code c -> {
                Label code = new Label(c.text());
                code.setWrapText(false);
                code.setMaxWidth(Double.MAX_VALUE);
                yield styled(code, "md-code");
            }
            case MarkdownBlocks.Quote q -> styled(flow(q.text()), "md-quote");
            case MarkdownBlocks.Table t -> {
                GridPane grid = new GridPane();
                for (int r = 0; r < t.rows().size(); r++) {
                    List<String> row = t.rows().get(r);
                    for (int c = 0; c < row.size(); c++) {
                        Label cell = new Label(row.get(c));
                        cell.setWrapText(true);
                        cell.getStyleClass().add(r == 0 ? "md-th" : "md-td");
                        grid.add(cell, c, r);
                    }
                }
                yield styled(grid, "md-table");
            }
            case MarkdownBlocks.Image i -> {
                if (imagesAllowed.getAsBoolean()
                        && (i.url().startsWith("https://") || i.url().startsWith("file:"))) {
                    ImageView view = new ImageView(new javafx.scene.image.Image(i.url(), 640, 0, true, true, true));
                    yield styled(new VBox(view), "md-image");
                }
                yield styled(
                        new Label("🖼 " + (i.alt().isBlank() ? i.url() : i.alt()) + " — " + imageHint),
                        "md-image-placeholder");
            }
            case MarkdownBlocks.Rule r -> styled(new javafx.scene.control.Separator(), "md-rule");
        };
    }

    private static TextFlow flow(String text) {
        Text t = new Text(text);
        t.getStyleClass().add("md-text");
        return new TextFlow(t);
    }

    private static <T extends Node> T styled(T node, String style) {
        node.getStyleClass().add(style);
        return node;
    }
}
