package dev.gleaner.app.issue;

import dev.gleaner.app.fx.Messages;
import dev.gleaner.core.issue.IssueItem;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The left half of the composer: the open issue's items in order (Alt+Up/Down or drag to reorder),
 * the Add row, the selected item's heading, link, further links and summary, and the warnings.
 */
final class IssueItemsView {
    private static final PseudoClass DROP_TARGET = PseudoClass.getPseudoClass("drop-target");
    private final IssueComposerViewModel vm;
    private final Messages messages;
    private final ListView<IssueItem> items = new ListView<>();
    private final IssueAddView adding;
    private final VBox root;
    private int dragFrom = -1;
    private int pressed = -1;

    /** Builds the items half over {@code vm}. */
    IssueItemsView(IssueComposerViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
        items.setItems(vm.items());
        items.setPlaceholder(new Label(messages.get("issue.noItems")));
        items.setCellFactory(v -> new ItemCell());
        items.getSelectionModel().selectedIndexProperty().addListener((o, a, i) -> {
            if (i.intValue() >= 0) {
                vm.selected().set(i.intValue());
            }
        });
        vm.selected().addListener((o, a, i) -> {
            if (items.getSelectionModel().getSelectedIndex() != i.intValue() && i.intValue() >= 0) {
                items.getSelectionModel().select(i.intValue());
            }
        });
        items.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_RELEASED, e -> dragFrom = -1);
        items.setOnKeyPressed(e -> {
            if (e.isAltDown() && (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN)) {
                vm.moveSelected(e.getCode() == KeyCode.UP ? -1 : 1);
                e.consume();
            }
        });
        Button up = new Button("↑");
        up.setOnAction(e -> vm.moveSelected(-1));
        Button down = new Button("↓");
        down.setOnAction(e -> vm.moveSelected(1));
        Button remove = new Button(messages.get("issue.remove"));
        remove.setOnAction(e -> vm.removeSelected());
        adding = new IssueAddView(vm, messages, new HBox(6, up, down, remove));
        TextField itemHeading = new TextField();
        itemHeading.setPromptText(messages.get("issue.field.heading"));
        itemHeading.textProperty().bindBidirectional(vm.itemHeading());
        TextField itemUrl = new TextField();
        itemUrl.setPromptText(messages.get("issue.field.link"));
        itemUrl.textProperty().bindBidirectional(vm.itemUrl());
        Label itemAlso = new Label();
        itemAlso.getStyleClass().add("issue-item-also");
        itemAlso.setWrapText(true);
        itemAlso.textProperty()
                .bind(javafx.beans.binding.Bindings.when(vm.itemAlsoUrls().isEmpty())
                        .then("")
                        .otherwise(javafx.beans.binding.Bindings.concat(
                                messages.get("issue.field.also"), "\n", vm.itemAlsoUrls())));
        itemAlso.visibleProperty().bind(vm.itemAlsoUrls().isNotEmpty());
        itemAlso.managedProperty().bind(itemAlso.visibleProperty());
        TextArea itemSummary = new TextArea();
        itemSummary.setPromptText(messages.get("issue.field.summary"));
        itemSummary.setWrapText(true);
        itemSummary.setPrefRowCount(6);
        itemSummary.setMinHeight(96);
        itemSummary.textProperty().bindBidirectional(vm.itemSummary());
        VBox.setVgrow(items, Priority.ALWAYS);
        ListView<String> warnings = new ListView<>(vm.warnings());
        warnings.getStyleClass().add("issue-warnings");
        warnings.setPlaceholder(new Label(messages.get("issue.noWarnings")));
        warnings.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(String w, boolean empty) {
                super.updateItem(w, empty);
                setText(empty || w == null ? null : "⚠ " + w);
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        warnings.setPrefHeight(110);
        warnings.setMinHeight(60);
        VBox left = new VBox(
                6,
                items,
                adding.root(),
                itemHeading,
                itemUrl,
                itemAlso,
                itemSummary,
                new Label(messages.get("issue.warnings")),
                warnings);
        root = left;
    }

    VBox root() {
        return root;
    }

    ListView<IssueItem> items() {
        return items;
    }

    IssueAddView adding() {
        return adding;
    }

    /**
     * An item row; dragging one onto another moves it there. The drag is a press-drag-release
     * gesture inside the window (not the system's drag and drop), so it needs no clipboard.
     */
    private final class ItemCell extends ListCell<IssueItem> {
        ItemCell() {
            // The row pressed is the one dragged, wherever the pointer is when the drag is noticed.
            setOnMousePressed(e -> pressed = getItem() == null ? -1 : getIndex());
            setOnDragDetected(e -> {
                if (pressed < 0) {
                    return;
                }
                dragFrom = pressed;
                startFullDrag();
                e.consume();
            });
            setOnMouseDragEntered(e -> {
                if (dragFrom >= 0) {
                    pseudoClassStateChanged(DROP_TARGET, true);
                }
            });
            setOnMouseDragExited(e -> pseudoClassStateChanged(DROP_TARGET, false));
            setOnMouseDragReleased(e -> {
                pseudoClassStateChanged(DROP_TARGET, false);
                int from = dragFrom;
                dragFrom = -1;
                if (from >= 0) {
                    int to = getItem() == null ? vm.items().size() - 1 : getIndex();
                    vm.move(from, to);
                    items.getSelectionModel().select(vm.selected().get());
                }
                e.consume();
            });
        }

        @Override
        protected void updateItem(IssueItem item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                return;
            }
            String mark = item.summary().isBlank() ? "  ·  " + messages.get("issue.noSummary") : "";
            setText((getIndex() + 1) + ".  " + item.heading() + mark);
        }
    }
}
