package dev.gleaner.app.issue;

import dev.gleaner.app.fx.Messages;
import dev.gleaner.core.model.Article;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The Add field of the composer (a link, or words that find library articles), what it finds, and a note's link. */
final class IssueAddView {
    private final IssueComposerViewModel vm;
    private final TextField addField = new TextField();
    private final ListView<Article> found = new ListView<>();
    private final TextField noteLink = new TextField();
    private final Button addButton = new Button();
    private final VBox root;

    /** Builds the Add row over {@code vm}, with {@code itemButtons} (up, down, remove) before the field. */
    IssueAddView(IssueComposerViewModel vm, Messages messages, HBox itemButtons) {
        this.vm = vm;
        IssueAdder adder = vm.adder();
        addField.setPromptText(messages.get("issue.addField"));
        addField.textProperty().bindBidirectional(adder.text());
        addField.setOnAction(e -> addSelectedOrTyped());
        addButton.setText(messages.get("issue.addButton"));
        addButton.setOnAction(e -> addSelectedOrTyped());
        HBox.setHgrow(addField, Priority.ALWAYS);
        HBox row = new HBox(6, itemButtons, addField, addButton);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        found.setItems(adder.found());
        found.getStyleClass().add("issue-found");
        found.setPrefHeight(120);
        found.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Article a, boolean empty) {
                super.updateItem(a, empty);
                setText(
                        empty || a == null
                                ? null
                                : a.title() + "  ·  "
                                        + (a.url() != null ? a.url() : messages.get("issue.noteWithoutLink")));
            }
        });
        found.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                adder.add(found.getSelectionModel().getSelectedItem());
            }
        });
        found.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                adder.add(found.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        found.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(adder.found()));
        found.managedProperty().bind(found.visibleProperty());
        Label which = new Label();
        which.setWrapText(true);
        which.textProperty()
                .bind(adder.needsLink()
                        .map(a -> messages.get("issue.linkFor", a.title()))
                        .orElse(""));
        noteLink.setPromptText("https://");
        noteLink.textProperty().bindBidirectional(adder.link());
        noteLink.setOnAction(e -> adder.giveLink());
        HBox.setHgrow(noteLink, Priority.ALWAYS);
        Button give = new Button(messages.get("issue.giveLink"));
        give.setOnAction(e -> adder.giveLink());
        Button cancel = new Button(messages.get("issue.cancel"));
        cancel.setOnAction(e -> adder.cancelLink());
        HBox linkRow = new HBox(6, noteLink, give, cancel);
        linkRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox link = new VBox(4, which, linkRow);
        link.getStyleClass().add("issue-note-link");
        link.visibleProperty().bind(adder.needsLink().isNotNull());
        link.managedProperty().bind(link.visibleProperty());
        adder.needsLink().addListener((o, a, b) -> {
            if (b != null) {
                noteLink.requestFocus();
            }
        });
        root = new VBox(6, row, found, link);
    }

    private void addSelectedOrTyped() {
        Article chosen = found.getSelectionModel().getSelectedItem();
        if (chosen != null && !IssueAdder.isLink(addField.getText())) {
            vm.adder().add(chosen);
        } else {
            vm.adder().add();
        }
    }

    VBox root() {
        return root;
    }

    TextField addField() {
        return addField;
    }

    ListView<Article> found() {
        return found;
    }

    TextField noteLink() {
        return noteLink;
    }

    Button addButton() {
        return addButton;
    }
}
