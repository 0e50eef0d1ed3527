package dev.gleaner.app.search;

import dev.gleaner.app.ui.Messages;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;

/** The search field in the tool bar with its one-line note. */
public final class SearchView {
    private final TextField field = new TextField();
    private final HBox root;

    /** Builds the field over {@code vm}. */
    public SearchView(SearchViewModel vm, Messages messages) {
        field.setPromptText(messages.get("search.prompt"));
        field.setPrefColumnCount(28);
        field.getStyleClass().add("search-field");
        field.textProperty().bindBidirectional(vm.query());
        Label note = new Label();
        note.getStyleClass().add("search-note");
        note.textProperty().bind(vm.note());
        root = new HBox(8, field, note);
        root.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
    }

    /** Moves the cursor into the field (/ or Ctrl+K). */
    public void focus() {
        field.requestFocus();
        field.selectAll();
    }

    /** {@return the field} */
    public TextField field() {
        return field;
    }

    /** {@return the field with its note} */
    public HBox root() {
        return root;
    }
}
