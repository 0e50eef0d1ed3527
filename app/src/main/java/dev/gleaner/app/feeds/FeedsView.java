package dev.gleaner.app.feeds;

import dev.gleaner.app.ui.Messages;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The Feeds view: add by URL, refresh, and the feeds with their unread counts. */
public final class FeedsView {
    private final VBox root;

    /** Builds the view over {@code vm}. */
    public FeedsView(FeedsViewModel vm, Messages messages) {
        Label heading = new Label(messages.get("feeds.title"));
        heading.getStyleClass().add("view-title");
        Label note = new Label();
        note.getStyleClass().add("view-note");
        note.setWrapText(true);
        note.textProperty().bind(vm.note());
        TextField url = new TextField();
        url.setPromptText(messages.get("feeds.urlPrompt"));
        url.textProperty().bindBidirectional(vm.newUrl());
        url.setOnAction(e -> vm.add());
        HBox.setHgrow(url, Priority.ALWAYS);
        Button add = new Button(messages.get("feeds.add"));
        add.setOnAction(e -> vm.add());
        Button refresh = new Button(messages.get("feeds.refreshAll"));
        refresh.setOnAction(e -> vm.refresh(null));
        HBox actions = new HBox(8, url, add, refresh);
        TableView<FeedsViewModel.FeedRow> table = new TableView<>(vm.feeds());
        table.setPlaceholder(new Label(messages.get("feeds.none")));
        TableColumn<FeedsViewModel.FeedRow, String> name = new TableColumn<>(messages.get("feeds.name"));
        name.setCellValueFactory(c -> new javafx.beans.property.SimpleStringProperty(
                c.getValue().source().displayName()));
        name.setPrefWidth(320);
        TableColumn<FeedsViewModel.FeedRow, String> location = new TableColumn<>(messages.get("feeds.location"));
        location.setCellValueFactory(c -> new javafx.beans.property.SimpleStringProperty(
                c.getValue().source().location()));
        location.setPrefWidth(360);
        TableColumn<FeedsViewModel.FeedRow, Number> unread = new TableColumn<>(messages.get("feeds.unread"));
        unread.setCellValueFactory(c ->
                new javafx.beans.property.SimpleIntegerProperty(c.getValue().unread()));
        TableColumn<FeedsViewModel.FeedRow, Number> total = new TableColumn<>(messages.get("feeds.total"));
        total.setCellValueFactory(c ->
                new javafx.beans.property.SimpleIntegerProperty(c.getValue().total()));
        table.getColumns().setAll(java.util.List.of(name, location, unread, total));
        VBox.setVgrow(table, Priority.ALWAYS);
        root = new VBox(12, heading, note, actions, table);
        root.getStyleClass().add("feature-view");
    }

    /** {@return the view's root} */
    public VBox root() {
        return root;
    }
}
