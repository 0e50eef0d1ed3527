package dev.gleaner.app.feeds;

import dev.gleaner.app.fx.Messages;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The Feeds view: add by URL (into a folder), refresh, OPML in and out through file choosers, and
 * the feeds with their folder and unread counts; each feed's menu refreshes it, switches full text,
 * moves it to a folder, renames it or removes it after a confirmation. A feed's state says whether it
 * was never fetched, works, or has been failing since when.
 */
public final class FeedsView {
    private final VBox root;
    private final FeedsViewModel vm;
    private final Messages messages;
    private final TableView<FeedsViewModel.FeedRow> table;
    private Predicate<FeedsViewModel.FeedRow> confirmRemove = this::askRemove;
    private Function<FeedsViewModel.FeedRow, Optional<String>> askFolder = this::askNewFolder;
    private Function<FeedsViewModel.FeedRow, Optional<String>> askName = this::askNewName;
    private BiFunction<Window, Boolean, Optional<Path>> chooseOpml = FeedsView::chooseOpmlFile;

    /** Builds the view over {@code vm}. */
    public FeedsView(FeedsViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
        Label heading = new Label(messages.get("feeds.title"));
        heading.getStyleClass().add("view-title");
        Label note = new Label();
        note.getStyleClass().add("view-note");
        note.setWrapText(true);
        note.textProperty().bind(vm.note());
        TextField url = new TextField();
        url.setPromptText(messages.get("feeds.urlPrompt"));
        url.getStyleClass().add("feed-url");
        url.textProperty().bindBidirectional(vm.newUrl());
        url.setOnAction(e -> vm.add());
        HBox.setHgrow(url, Priority.ALWAYS);
        ComboBox<String> folder = new ComboBox<>(vm.folders());
        folder.setEditable(true);
        folder.setPromptText(messages.get("feeds.folderPrompt"));
        folder.setPrefWidth(170);
        folder.getEditor().textProperty().bindBidirectional(vm.newFolder());
        folder.getStyleClass().add("feed-folder-picker");
        Button add = new Button(messages.get("feeds.add"));
        add.setOnAction(e -> vm.add());
        Button refresh = new Button(messages.get("feeds.refreshAll"));
        refresh.setOnAction(e -> vm.refresh(null));
        Button importOpml = new Button(messages.get("feeds.importOpml"));
        importOpml.setOnAction(e -> chooseOpml.apply(window(), false).ifPresent(vm::importOpml));
        Button exportOpml = new Button(messages.get("feeds.exportOpml"));
        exportOpml.setOnAction(e -> chooseOpml.apply(window(), true).ifPresent(vm::exportOpml));
        importOpml.getStyleClass().add("opml-import");
        exportOpml.getStyleClass().add("opml-export");
        HBox actions = new HBox(8, url, folder, add, refresh, importOpml, exportOpml);
        table = new TableView<>(vm.feeds());
        table.setPlaceholder(new Label(messages.get("feeds.none")));
        TableColumn<FeedsViewModel.FeedRow, String> name = new TableColumn<>(messages.get("feeds.name"));
        name.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().name()));
        name.setPrefWidth(280);
        TableColumn<FeedsViewModel.FeedRow, String> folderColumn = new TableColumn<>(messages.get("feeds.folder"));
        folderColumn.setCellValueFactory(
                c -> new SimpleStringProperty(c.getValue().folder()));
        folderColumn.setPrefWidth(120);
        TableColumn<FeedsViewModel.FeedRow, String> location = new TableColumn<>(messages.get("feeds.location"));
        location.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().url()));
        location.setPrefWidth(320);
        TableColumn<FeedsViewModel.FeedRow, Number> unread = new TableColumn<>(messages.get("feeds.unread"));
        unread.setCellValueFactory(c -> new SimpleIntegerProperty(c.getValue().unread()));
        TableColumn<FeedsViewModel.FeedRow, Number> total = new TableColumn<>(messages.get("feeds.total"));
        total.setCellValueFactory(c -> new SimpleIntegerProperty(c.getValue().total()));
        TableColumn<FeedsViewModel.FeedRow, FeedsViewModel.FeedRow> state =
                new TableColumn<>(messages.get("feeds.state"));
        state.setCellValueFactory(c -> new javafx.beans.property.SimpleObjectProperty<>(c.getValue()));
        state.setCellFactory(c -> new StateCell(vm));
        state.setPrefWidth(300);
        table.getColumns().setAll(List.of(name, folderColumn, location, unread, total, state));
        // The columns share the width there is: a state cut at the window's edge ("Never fetche")
        // behind a sideways scroll bar is a state nobody reads.
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        state.setMinWidth(140);
        // Each row carries its own menu, built with the row: a menu filled only while it shows
        // opens empty, and JavaFX does not show an empty menu at all.
        table.setRowFactory(t -> {
            TableRow<FeedsViewModel.FeedRow> r = new TableRow<>();
            r.itemProperty().addListener((o, old, row) -> r.setContextMenu(row == null ? null : menuFor(row)));
            // Built again as it is asked for, so that it lists the folders there are now.
            r.addEventFilter(
                    javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                    e -> r.setContextMenu(r.getItem() == null ? null : menuFor(r.getItem())));
            return r;
        });
        table.setOnKeyPressed(e -> {
            var row = table.getSelectionModel().getSelectedItem();
            if (row != null && e.getCode() == KeyCode.DELETE) {
                removeWithConfirmation(row);
                e.consume();
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        root = new VBox(12, heading, note, actions, table);
        root.getStyleClass().add("feature-view");
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    /** {@return the menu of {@code row}: refresh, full text, move to a folder, rename, remove} */
    private ContextMenu menuFor(FeedsViewModel.FeedRow row) {
        MenuItem one = new MenuItem(messages.get("feeds.refreshOne"));
        one.setOnAction(e -> vm.refresh(row));
        CheckMenuItem full = new CheckMenuItem(messages.get("feeds.fullText"));
        full.setSelected(row.fullText());
        full.setOnAction(e -> vm.setFullText(row, full.isSelected()));
        Menu move = new Menu(messages.get("feeds.moveTo"));
        MenuItem none = new MenuItem(messages.get("feeds.noFolder"));
        none.setDisable(row.folder().isEmpty());
        none.setOnAction(e -> vm.setFolder(row, ""));
        move.getItems().add(none);
        for (String f : vm.folders()) {
            MenuItem to = new MenuItem(f);
            to.setDisable(f.equals(row.folder()));
            to.setOnAction(e -> vm.setFolder(row, f));
            move.getItems().add(to);
        }
        MenuItem fresh = new MenuItem(messages.get("feeds.moveToNew"));
        fresh.setOnAction(e -> askFolder.apply(row).ifPresent(f -> vm.setFolder(row, f)));
        move.getItems().addAll(new SeparatorMenuItem(), fresh);
        MenuItem rename = new MenuItem(messages.get("feeds.rename"));
        rename.setOnAction(e -> askName.apply(row).ifPresent(n -> vm.rename(row, n)));
        MenuItem remove = new MenuItem(messages.get("feeds.remove"));
        remove.setOnAction(e -> removeWithConfirmation(row));
        ContextMenu menu = new ContextMenu(one, full, move, rename, new SeparatorMenuItem(), remove);
        menu.getStyleClass().add("feed-menu");
        return menu;
    }

    /** A feed's state: never fetched, OK since when, or failing since when with the error as tooltip. */
    private static final class StateCell extends TableCell<FeedsViewModel.FeedRow, FeedsViewModel.FeedRow> {
        private static final javafx.css.PseudoClass FAILING = javafx.css.PseudoClass.getPseudoClass("failing");
        private final FeedsViewModel vm;
        private final Tooltip error = new Tooltip();

        StateCell(FeedsViewModel vm) {
            this.vm = vm;
            getStyleClass().add("feed-state");
        }

        @Override
        protected void updateItem(FeedsViewModel.FeedRow row, boolean empty) {
            super.updateItem(row, empty);
            boolean failing = !empty && row != null && row.state() == FeedsViewModel.State.FAILING;
            pseudoClassStateChanged(FAILING, failing);
            String because = empty || row == null ? null : row.lastError();
            // One tooltip per cell, set only when it changes: a new one on every update lays the table out again.
            if (because == null) {
                if (getTooltip() != null) {
                    setTooltip(null);
                }
            } else {
                error.setText(because);
                if (getTooltip() != error) {
                    setTooltip(error);
                }
            }
            setText(empty || row == null ? null : vm.stateText(row));
        }
    }

    /** Removes {@code row} once the user confirmed it. */
    public void removeWithConfirmation(FeedsViewModel.FeedRow row) {
        if (confirmRemove.test(row)) {
            vm.remove(row);
        }
    }

    /** {@return the confirmation asked before removing {@code row}} */
    public Alert removeConfirmation(FeedsViewModel.FeedRow row) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
        alert.setTitle(messages.get("feeds.remove"));
        alert.setHeaderText(messages.get("feeds.confirmRemove", row.name()));
        alert.setContentText(messages.get("feeds.confirmRemoveDetail", row.name(), row.total()));
        alert.getButtonTypes()
                .setAll(
                        new ButtonType(messages.get("feeds.remove"), ButtonBar.ButtonData.OK_DONE),
                        new ButtonType(messages.get("issue.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        return alert;
    }

    private boolean askRemove(FeedsViewModel.FeedRow row) {
        Alert alert = removeConfirmation(row);
        alert.initOwner(window());
        return alert.showAndWait()
                .filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE)
                .isPresent();
    }

    private Optional<String> askNewFolder(FeedsViewModel.FeedRow row) {
        TextInputDialog ask = new TextInputDialog(row.folder());
        ask.initOwner(window());
        dev.gleaner.app.fx.DialogButtons.inLanguage(ask, messages, messages.get("feeds.newFolderTitle"));
        ask.setHeaderText(messages.get("feeds.newFolderPrompt", row.name()));
        return ask.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }

    private Optional<String> askNewName(FeedsViewModel.FeedRow row) {
        TextInputDialog ask = new TextInputDialog(row.name());
        ask.initOwner(window());
        dev.gleaner.app.fx.DialogButtons.inLanguage(ask, messages, messages.get("feeds.renameTitle"));
        ask.setHeaderText(messages.get("feeds.renamePrompt", row.url()));
        return ask.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }

    private static Optional<Path> chooseOpmlFile(Window owner, boolean save) {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("OPML", "*.opml", "*.xml"));
        File f;
        if (save) {
            chooser.setInitialFileName("gleaner.opml");
            f = chooser.showSaveDialog(owner);
        } else {
            f = chooser.showOpenDialog(owner);
        }
        return Optional.ofNullable(f).map(File::toPath);
    }

    /** Replaces the remove confirmation (tests answer it themselves). */
    public void confirmRemoveWith(Predicate<FeedsViewModel.FeedRow> answer) {
        this.confirmRemove = answer;
    }

    /** Replaces the new-folder question (tests answer it themselves). */
    public void askFolderWith(Function<FeedsViewModel.FeedRow, Optional<String>> answer) {
        this.askFolder = answer;
    }

    /** Replaces the rename question (tests answer it themselves). */
    public void askNameWith(Function<FeedsViewModel.FeedRow, Optional<String>> answer) {
        this.askName = answer;
    }

    /** Replaces the OPML file choosers ({@code true}: saving); tests answer them themselves. */
    public void chooseOpmlWith(BiFunction<Window, Boolean, Optional<Path>> answer) {
        this.chooseOpml = answer;
    }

    /** {@return the feeds table} */
    public TableView<FeedsViewModel.FeedRow> table() {
        return table;
    }

    /** {@return the selected feed's menu (the one its row shows), empty when no feed is selected} */
    public ContextMenu feedMenu() {
        var row = table.getSelectionModel().getSelectedItem();
        return row == null ? new ContextMenu() : menuFor(row);
    }

    /** {@return the view's root} */
    public VBox root() {
        return root;
    }
}
