package dev.gleaner.app.search;

import dev.gleaner.app.fx.Messages;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;

/** The search field in the tool bar with its one-line note. */
public final class SearchView {
    private final TextField field = new TextField();
    private final HBox root;
    private final javafx.scene.layout.FlowPane chips = new javafx.scene.layout.FlowPane(6, 4);

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
        chips.getStyleClass().add("facet-chips");
        chips.setPadding(new javafx.geometry.Insets(6));
        vm.chips().addListener((javafx.collections.ListChangeListener<SearchViewModel.Chip>) c -> {
            chips.getChildren().clear();
            for (SearchViewModel.Chip chip : vm.chips()) {
                javafx.scene.control.Button b = new javafx.scene.control.Button(
                        messages.get("facet." + chip.facet()) + " " + chip.value() + " (" + chip.count() + ")");
                b.getStyleClass().addAll("facet-chip", "small");
                b.setOnAction(e -> vm.apply(chip));
                chips.getChildren().add(b);
            }
            chips.setVisible(!vm.chips().isEmpty());
            chips.setManaged(!vm.chips().isEmpty());
        });
        chips.setVisible(false);
        chips.setManaged(false);
    }

    /** {@return the facet chips shown above the list while searching} */
    public javafx.scene.layout.FlowPane chips() {
        return chips;
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
