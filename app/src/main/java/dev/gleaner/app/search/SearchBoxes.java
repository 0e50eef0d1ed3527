package dev.gleaner.app.search;

import dev.gleaner.app.fx.Messages;
import java.util.function.BiPredicate;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The window's smaller search views: "Save search" beside the search box, and the Tags view. */
public final class SearchBoxes {
    private SearchBoxes() {}

    /**
     * {@return "Save search" for the query in {@code query}: a name field appears, Enter saves the
     * query under it through {@code save} (which says whether it was saved), Escape gives up}
     */
    public static Region saveSearch(StringProperty query, BiPredicate<String, String> save, Messages messages) {
        Button button = new Button(messages.get("search.save"));
        button.getStyleClass().addAll("small", "save-search");
        TextField name = new TextField();
        name.setPromptText(messages.get("search.save.name"));
        name.getStyleClass().add("save-search-name");
        name.setPrefColumnCount(12);
        name.setVisible(false);
        name.managedProperty().bind(name.visibleProperty());
        button.disableProperty().bind(query.map(q -> q == null || q.isBlank()));
        button.setOnAction(e -> {
            name.setVisible(true);
            name.requestFocus();
        });
        name.setOnAction(e -> {
            if (save.test(name.getText(), query.get())) {
                name.clear();
                name.setVisible(false);
            }
        });
        name.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                name.clear();
                name.setVisible(false);
                e.consume();
            }
        });
        HBox box = new HBox(6, button, name);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    /** {@return the Tags view: every tag with its count; a click or Enter lists the tag's articles} */
    public static Region tags(SearchViewModel search, Messages messages) {
        Label heading = new Label(messages.get("place.tags"));
        heading.getStyleClass().add("view-title");
        ListView<SearchViewModel.Chip> tags = new ListView<>(search.tags());
        tags.setPlaceholder(new Label(messages.get("tags.none")));
        tags.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(SearchViewModel.Chip t, boolean empty) {
                super.updateItem(t, empty);
                setText(empty || t == null ? null : t.value() + "  (" + t.count() + ")");
            }
        });
        tags.setOnMouseClicked(e -> {
            var t = tags.getSelectionModel().getSelectedItem();
            if (t != null) {
                search.showTag(t);
            }
        });
        tags.setOnKeyPressed(e -> {
            var t = tags.getSelectionModel().getSelectedItem();
            if (t != null && e.getCode() == KeyCode.ENTER) {
                search.showTag(t);
            }
        });
        VBox.setVgrow(tags, Priority.ALWAYS);
        VBox box = new VBox(12, heading, tags);
        box.getStyleClass().add("feature-view");
        return box;
    }
}
