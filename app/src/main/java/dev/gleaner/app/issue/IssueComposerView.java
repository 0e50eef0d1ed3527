package dev.gleaner.app.issue;

import dev.gleaner.app.ui.Messages;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The Issues view: the issues newest first and the open one's header and items, or why there are none. */
public final class IssueComposerView {
    private final VBox root;

    /** Builds the view over {@code vm}. */
    public IssueComposerView(IssueComposerViewModel vm, Messages messages) {
        Label heading = new Label(messages.get("issue.title"));
        heading.getStyleClass().add("view-title");
        Label note = new Label();
        note.getStyleClass().add("view-note");
        note.setWrapText(true);
        note.textProperty().bind(vm.note());
        Label header = new Label();
        header.getStyleClass().add("issue-header");
        header.textProperty()
                .bind(vm.open()
                        .map(i -> i.series() + " #" + i.number() + " — " + i.title() + "  (" + i.start() + " – "
                                + i.end() + ")"));
        ListView<String> items = new ListView<>();
        items.setPlaceholder(new Label(messages.get("issue.noItems")));
        vm.open().addListener((o, a, i) -> {
            java.util.List<String> rows = new java.util.ArrayList<>();
            for (int n = 0; i != null && n < i.items().size(); n++) {
                rows.add((n + 1) + ".  " + i.items().get(n));
            }
            items.getItems().setAll(rows);
        });
        header.setWrapText(true);
        ListView<IssueService.IssueSummary> issues = new ListView<>(vm.issues());
        issues.setPrefHeight(110);
        issues.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(IssueService.IssueSummary i, boolean empty) {
                super.updateItem(i, empty);
                setText(empty || i == null ? null : i.series() + " #" + i.number() + "  " + i.title());
            }
        });
        VBox composer = new VBox(8, header, items);
        composer.visibleProperty().bind(vm.available());
        composer.managedProperty().bind(vm.available());
        issues.visibleProperty().bind(vm.available());
        issues.managedProperty().bind(vm.available());
        VBox.setVgrow(items, Priority.ALWAYS);
        VBox.setVgrow(composer, Priority.ALWAYS);
        root = new VBox(12, heading, note, issues, composer);
        root.getStyleClass().add("feature-view");
    }

    /** {@return the view's root} */
    public VBox root() {
        return root;
    }
}
