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
        Button importOpml = new Button(messages.get("feeds.importOpml"));
        importOpml.setOnAction(e -> {
            javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
            chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter("OPML", "*.opml", "*.xml"));
            java.io.File f = chooser.showOpenDialog(url.getScene().getWindow());
            if (f != null) {
                vm.importOpml(f.toPath());
            }
        });
        Button exportOpml = new Button(messages.get("feeds.exportOpml"));
        exportOpml.setOnAction(e -> {
            javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
            chooser.setInitialFileName("gleaner.opml");
            java.io.File f = chooser.showSaveDialog(url.getScene().getWindow());
            if (f != null) {
                vm.exportOpml(f.toPath());
            }
        });
        HBox actions = new HBox(8, url, add, refresh, importOpml, exportOpml);
        TableView<FeedsViewModel.FeedRow> table = new TableView<>(vm.feeds());
        table.setPlaceholder(new Label(messages.get("feeds.none")));
        TableColumn<FeedsViewModel.FeedRow, String> name = new TableColumn<>(messages.get("feeds.name"));
        name.setCellValueFactory(
                c -> new javafx.beans.property.SimpleStringProperty(c.getValue().name()));
        name.setPrefWidth(320);
        TableColumn<FeedsViewModel.FeedRow, String> location = new TableColumn<>(messages.get("feeds.location"));
        location.setCellValueFactory(
                c -> new javafx.beans.property.SimpleStringProperty(c.getValue().url()));
        location.setPrefWidth(360);
        TableColumn<FeedsViewModel.FeedRow, Number> unread = new TableColumn<>(messages.get("feeds.unread"));
        unread.setCellValueFactory(c ->
                new javafx.beans.property.SimpleIntegerProperty(c.getValue().unread()));
        TableColumn<FeedsViewModel.FeedRow, Number> total = new TableColumn<>(messages.get("feeds.total"));
        total.setCellValueFactory(c ->
                new javafx.beans.property.SimpleIntegerProperty(c.getValue().total()));
        TableColumn<FeedsViewModel.FeedRow, String> state = new TableColumn<>(messages.get("feeds.state"));
        state.setCellValueFactory(c -> new javafx.beans.property.SimpleStringProperty(
                c.getValue().lastError() == null
                        ? messages.get("feeds.ok")
                        : c.getValue().lastError()));
        state.setPrefWidth(320);
        table.getColumns().setAll(java.util.List.of(name, location, unread, total, state));
        javafx.scene.control.MenuItem one = new javafx.scene.control.MenuItem(messages.get("feeds.refreshOne"));
        one.setOnAction(e -> {
            var row = table.getSelectionModel().getSelectedItem();
            if (row != null) {
                vm.refresh(row);
            }
        });
        javafx.scene.control.CheckMenuItem full =
                new javafx.scene.control.CheckMenuItem(messages.get("feeds.fullText"));
        full.setOnAction(e -> {
            var row = table.getSelectionModel().getSelectedItem();
            if (row != null) {
                vm.setFullText(row, full.isSelected());
            }
        });
        javafx.scene.control.ContextMenu menu = new javafx.scene.control.ContextMenu(one, full);
        menu.setOnShowing(e -> {
            var row = table.getSelectionModel().getSelectedItem();
            full.setSelected(row != null && row.fullText());
        });
        table.setContextMenu(menu);
        VBox.setVgrow(table, Priority.ALWAYS);
        root = new VBox(12, heading, note, actions, table);
        root.getStyleClass().add("feature-view");
    }

    /** {@return the view's root} */
    public VBox root() {
        return root;
    }
}
