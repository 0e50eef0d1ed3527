package dev.gleaner.app.issue;

import dev.gleaner.app.ui.Messages;
import dev.gleaner.core.issue.IssueItem;
import dev.gleaner.core.model.Article;
import java.time.ZoneId;
import java.util.function.Predicate;
import javafx.css.PseudoClass;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The Issues view: the issues newest first and the composer of the open one: header, items in order
 * (Alt+Up/Down or drag to reorder), the selected item's editor, the export warnings and the live
 * preview of the file, and Export after a confirmation.
 */
public final class IssueComposerView {
    private final VBox root;
    private final IssueComposerViewModel vm;
    private final java.util.function.Consumer<String> openUrl;
    private final Messages messages;
    private final ListView<IssueItem> items = new ListView<>();
    private final ListView<IssueService.IssueSummary> issueList = new ListView<>();
    private final TextArea preview = new TextArea();
    private Predicate<IssueComposerViewModel.ExportPlan> confirm = this::ask;
    private Asker asker = new DialogAsker();
    private final TextField number = new TextField();
    private final TextField addField = new TextField();
    private final ListView<Article> found = new ListView<>();
    private final TextField noteLink = new TextField();
    private final Button create = new Button();
    private final Button importHugo = new Button();
    private final Button renameSeries = new Button();
    private final Button deleteSeries = new Button();
    private final Button deleteIssue = new Button();
    private final Button addButton = new Button();
    private static final PseudoClass DROP_TARGET = PseudoClass.getPseudoClass("drop-target");
    private int dragFrom = -1;
    private int pressed = -1;

    /** Builds the view over {@code vm}. */
    public IssueComposerView(IssueComposerViewModel vm, Messages messages) {
        this(vm, messages, url -> {});
    }

    /** Builds the composer over {@code vm}; links of the rendered preview open with {@code openUrl}. */
    public IssueComposerView(
            IssueComposerViewModel vm, Messages messages, java.util.function.Consumer<String> openUrl) {
        this.openUrl = openUrl;
        this.vm = vm;
        this.messages = messages;
        Label heading = new Label();
        heading.textProperty()
                .bind(vm.shownSeries()
                        .map(series -> messages.get("issue.titleOfSeries", series))
                        .orElse(messages.get("issue.title")));
        heading.getStyleClass().add("view-title");
        Label note = new Label();
        note.getStyleClass().add("view-note");
        note.setWrapText(true);
        note.textProperty().bind(vm.note());
        ListView<IssueService.IssueSummary> issues = issueList;
        issues.setItems(vm.issues());
        issues.getStyleClass().add("issue-list");
        issues.setPrefHeight(84);
        issues.setMinHeight(60);
        issues.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(IssueService.IssueSummary i, boolean empty) {
                super.updateItem(i, empty);
                setText(empty || i == null ? null : i.series() + " #" + i.number() + "  " + i.title());
            }
        });
        issues.getSelectionModel().selectedItemProperty().addListener((o, a, i) -> {
            if (i != null && !i.equals(vm.open().get())) {
                vm.choose(i);
            }
        });
        vm.open().addListener((o, a, i) -> issues.getSelectionModel().select(i));
        VBox composer = new VBox(8, header(), body());
        composer.visibleProperty().bind(vm.available().and(vm.editing().isNotNull()));
        composer.managedProperty().bind(composer.visibleProperty());
        issues.visibleProperty().bind(vm.available());
        issues.managedProperty().bind(vm.available());
        VBox.setVgrow(composer, Priority.ALWAYS);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox top = new HBox(8, heading, grow, tools());
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        root = new VBox(10, top, note, issues, composer);
        root.getStyleClass().add("feature-view");
    }

    private VBox header() {
        ComboBox<String> series = new ComboBox<>(vm.seriesNames());
        series.valueProperty().bindBidirectional(vm.series());
        series.setTooltip(new Tooltip(messages.get("issue.field.series.tip")));
        Label which = new Label("#");
        which.getStyleClass().add("issue-header");
        number.textProperty().bindBidirectional(vm.number());
        number.getStyleClass().add("issue-number");
        number.setPrefColumnCount(4);
        number.setTooltip(new Tooltip(messages.get("issue.field.number.tip")));
        number.setOnAction(e -> vm.housekeeping().renumber());
        number.focusedProperty().addListener((o, a, focused) -> {
            if (!focused) {
                vm.housekeeping().renumber();
            }
        });
        renameSeries.setText(messages.get("issue.renameSeries"));
        renameSeries.setOnAction(e -> renameSeries());
        deleteSeries.setText(messages.get("issue.deleteSeries"));
        deleteSeries.setOnAction(e -> deleteSeries());
        deleteIssue.setText(messages.get("issue.delete"));
        deleteIssue.getStyleClass().add("danger");
        deleteIssue.setOnAction(e -> deleteIssue());
        // The same filter as in the settings: some 500 zones are too many to scroll through.
        ZonePicker zonePicker = new ZonePicker(vm.zones(), vm.zone(), messages.get("settings.zoneFilter"));
        ComboBox<ZoneId> zone = zonePicker.zone();
        zone.setPrefWidth(180);
        zone.setMinWidth(120);
        zone.setMaxWidth(Region.USE_PREF_SIZE);
        zone.setTooltip(new Tooltip(messages.get("issue.field.zone.tip")));
        // When the row is short of room the filter gives way first: its prompt is only a hint.
        zonePicker.filter().setPrefColumnCount(7);
        zonePicker.filter().setMinWidth(48);
        HBox.setHgrow(zonePicker.root(), Priority.SOMETIMES);
        TextField title = new TextField();
        title.textProperty().bindBidirectional(vm.title());
        DatePicker start = new DatePicker();
        start.valueProperty().bindBidirectional(vm.start());
        DatePicker end = new DatePicker();
        end.valueProperty().bindBidirectional(vm.end());
        // The publish time: a date picker and a time (picked from the list or typed as HH:mm).
        DatePicker publishDate = new DatePicker();
        publishDate.getStyleClass().add("publish-date");
        for (DatePicker picker : java.util.List.of(start, end, publishDate)) {
            dev.gleaner.app.ui.LocalDates.writeIn(picker, messages.locale());
        }
        ComboBox<String> publishTime = new ComboBox<>();
        publishTime.setEditable(true);
        publishTime.getStyleClass().add("publish-time");
        for (int m = 6 * 60; m <= 22 * 60; m += 30) {
            publishTime.getItems().add(String.format("%02d:%02d", m / 60, m % 60));
        }
        publishTime.setPrefWidth(96);
        publishTime.setMinWidth(Region.USE_PREF_SIZE);
        boolean[] syncing = {false};
        Runnable fromModel = () -> {
            syncing[0] = true;
            try {
                String[] parts = vm.publish().get() == null
                        ? new String[0]
                        : vm.publish().get().strip().split(" ");
                publishDate.setValue(parts.length == 2 ? parseDate(parts[0]) : null);
                publishTime.getEditor().setText(parts.length == 2 ? parts[1] : "");
                publishTime.setValue(parts.length == 2 ? parts[1] : null);
            } finally {
                syncing[0] = false;
            }
        };
        Runnable toModel = () -> {
            if (syncing[0] || publishDate.getValue() == null) {
                return;
            }
            String time = publishTime.getEditor().getText() == null
                    ? ""
                    : publishTime.getEditor().getText().strip();
            vm.publish().set(publishDate.getValue() + " " + time);
        };
        vm.publish().addListener((o, a, b) -> fromModel.run());
        fromModel.run();
        publishDate.valueProperty().addListener((o, a, b) -> toModel.run());
        publishTime.valueProperty().addListener((o, a, b) -> {
            if (!syncing[0] && b != null) {
                publishTime.getEditor().setText(b);
                toModel.run();
            }
        });
        publishTime.getEditor().setOnAction(e -> toModel.run());
        publishTime.getEditor().focusedProperty().addListener((o, a, focused) -> {
            if (!focused) {
                toModel.run();
            }
        });
        Button export = new Button(messages.get("issue.export"));
        export.getStyleClass().add("accent");
        export.setOnAction(e -> exportWithConfirmation());
        which.setMinWidth(Region.USE_PREF_SIZE);
        for (DatePicker picker : java.util.List.of(start, end, publishDate)) {
            roomForDates(picker, messages.locale());
        }
        HBox.setHgrow(title, Priority.ALWAYS);
        HBox first = new HBox(
                8,
                new Label(messages.get("issue.field.series")),
                series,
                which,
                number,
                new Label(messages.get("issue.field.title")),
                title,
                export);
        first.getChildren().stream()
                .filter(n -> n instanceof Label || n instanceof Button)
                .forEach(n -> ((Region) n).setMinWidth(Region.USE_PREF_SIZE));
        HBox second = new HBox(
                8,
                new Label(messages.get("issue.field.period")),
                start,
                new Label("~"),
                end,
                new Label(messages.get("issue.field.publish")),
                publishDate,
                publishTime,
                zonePicker.root());
        // The names of the fields are never cut ("P…" for "Period"): the zone filter gives way instead.
        second.getChildren().stream()
                .filter(n -> n instanceof Label)
                .forEach(n -> ((Region) n).setMinWidth(Region.USE_PREF_SIZE));
        first.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        second.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return new VBox(6, first, second);
    }

    private SplitPane body() {
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
                adding(new HBox(6, up, down, remove)),
                itemHeading,
                itemUrl,
                itemAlso,
                itemSummary,
                new Label(messages.get("issue.warnings")),
                warnings);
        preview.setEditable(false);
        preview.getStyleClass().add("issue-preview");
        preview.textProperty().bind(vm.preview());
        VBox renderedBody = new VBox(6);
        renderedBody.getStyleClass().add("reader-body");
        renderedBody.setPadding(new javafx.geometry.Insets(8));
        java.util.function.Consumer<String> render = markdown -> renderedBody
                .getChildren()
                .setAll(dev.gleaner.app.reader.ReaderView.preview(markdown, messages, openUrl));
        vm.rendered().addListener((o, before, markdown) -> render.accept(markdown));
        render.accept(vm.rendered().get());
        javafx.scene.control.ScrollPane renderedPane = new javafx.scene.control.ScrollPane(renderedBody);
        renderedPane.setFitToWidth(true);
        javafx.scene.control.Tab raw = new javafx.scene.control.Tab(messages.get("issue.raw"), preview);
        javafx.scene.control.Tab pretty = new javafx.scene.control.Tab(messages.get("issue.rendered"), renderedPane);
        javafx.scene.control.TabPane tabs = new javafx.scene.control.TabPane(raw, pretty);
        tabs.setTabClosingPolicy(javafx.scene.control.TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        VBox right = new VBox(6, new Label(messages.get("issue.preview")), tabs);
        SplitPane split = new SplitPane(left, right);
        split.setDividerPositions(0.5);
        VBox.setVgrow(split, Priority.ALWAYS);
        return split;
    }

    private HBox tools() {
        create.setText(messages.get("issue.new"));
        create.getStyleClass().add("accent");
        create.setOnAction(e -> vm.housekeeping().newIssue());
        importHugo.setText(messages.get("issue.importHugo"));
        importHugo.setOnAction(
                e -> asker.folder(messages.get("issue.importHugo.title")).ifPresent(vm.housekeeping()::importHugo));
        javafx.scene.control.Separator between =
                new javafx.scene.control.Separator(javafx.geometry.Orientation.VERTICAL);
        // Acting on the open issue and its series needs one open.
        javafx.beans.binding.BooleanBinding none = vm.editing().isNull();
        deleteIssue.disableProperty().bind(none);
        renameSeries.disableProperty().bind(none);
        deleteSeries.disableProperty().bind(none);
        HBox tools = new HBox(8, create, deleteIssue, between, renameSeries, deleteSeries, importHugo);
        tools.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        tools.visibleProperty().bind(vm.available());
        tools.managedProperty().bind(vm.available());
        return tools;
    }

    /** The Add field (a link, or words that find library articles), what it finds, and a note's link. */
    private VBox adding(HBox itemButtons) {
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
        return new VBox(6, row, found, link);
    }

    private void addSelectedOrTyped() {
        Article chosen = found.getSelectionModel().getSelectedItem();
        if (chosen != null && !IssueAdder.isLink(addField.getText())) {
            vm.adder().add(chosen);
        } else {
            vm.adder().add();
        }
    }

    private void renameSeries() {
        var issue = vm.editing().get();
        if (issue == null) {
            return;
        }
        asker.text(messages.get("issue.renameSeries.ask", issue.series()), issue.series())
                .ifPresent(vm.housekeeping()::renameSeries);
    }

    private void deleteSeries() {
        var issue = vm.editing().get();
        if (issue == null) {
            return;
        }
        long count = vm.issues().stream()
                .filter(i -> i.series().equals(issue.series()))
                .count();
        if (asker.confirm(messages.get("issue.deleteSeries.ask", issue.series(), count))) {
            vm.housekeeping().deleteSeries();
        }
    }

    private void deleteIssue() {
        var issue = vm.editing().get();
        if (issue != null && asker.confirm(messages.get("issue.delete.ask", issue.title()))) {
            vm.housekeeping().deleteOpen();
        }
    }

    /** What the composer asks the writer: a yes or no, a line of text, a folder. */
    public interface Asker {
        /** {@return whether the writer agrees to {@code question}} */
        boolean confirm(String question);

        /** {@return the line the writer typed for {@code question}, starting from {@code initial}; empty when cancelled} */
        java.util.Optional<String> text(String question, String initial);

        /** {@return the folder the writer chose, empty when cancelled} */
        java.util.Optional<java.nio.file.Path> folder(String title);
    }

    /** Replaces the composer's dialogs (tests answer them themselves). */
    public void askWith(Asker answers) {
        this.asker = answers;
    }

    /** The composer's questions as dialogs over the window. */
    private final class DialogAsker implements Asker {
        private javafx.stage.Window owner() {
            return root.getScene() == null ? null : root.getScene().getWindow();
        }

        @Override
        public boolean confirm(String question) {
            Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
            alert.initOwner(owner());
            alert.setHeaderText(question);
            ButtonType yes = new ButtonType(messages.get("issue.yes"), ButtonBar.ButtonData.OK_DONE);
            alert.getButtonTypes()
                    .setAll(yes, new ButtonType(messages.get("issue.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
            return alert.showAndWait().filter(yes::equals).isPresent();
        }

        @Override
        public java.util.Optional<String> text(String question, String initial) {
            javafx.scene.control.TextInputDialog dialog = new javafx.scene.control.TextInputDialog(initial);
            dialog.initOwner(owner());
            dialog.setHeaderText(question);
            return dialog.showAndWait().map(String::strip).filter(t -> !t.isEmpty());
        }

        @Override
        public java.util.Optional<java.nio.file.Path> folder(String title) {
            javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
            chooser.setTitle(title);
            java.io.File dir = chooser.showDialog(owner());
            return java.util.Optional.ofNullable(dir).map(java.io.File::toPath);
        }
    }

    /** {@return the Add field: a link to clip and add, or words that find library articles} */
    public TextField addField() {
        return addField;
    }

    /** {@return the library articles the Add field finds} */
    public ListView<Article> foundList() {
        return found;
    }

    /** {@return the field for the link of a note being added} */
    public TextField noteLinkField() {
        return noteLink;
    }

    /**
     * {@return the composer's buttons by what they do: {@code new}, {@code importHugo},
     * {@code renameSeries}, {@code deleteSeries}, {@code delete}, {@code add}}
     */
    public Button button(String action) {
        return switch (action) {
            case "new" -> create;
            case "importHugo" -> importHugo;
            case "renameSeries" -> renameSeries;
            case "deleteSeries" -> deleteSeries;
            case "delete" -> deleteIssue;
            case "add" -> addButton;
            default -> throw new IllegalArgumentException("no composer button " + action);
        };
    }

    /** {@return the issue number field} */
    public TextField numberField() {
        return number;
    }

    private static java.time.LocalDate parseDate(String s) {
        try {
            return java.time.LocalDate.parse(s);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    /** Asks for confirmation (the path, and the diff when the file exists), then exports. */
    public void exportWithConfirmation() {
        vm.prepareExport(plan -> {
            if (confirm.test(plan)) {
                vm.export(plan.changedOutside());
            }
        });
    }

    private boolean ask(IssueComposerViewModel.ExportPlan plan) {
        Alert alert = confirmation(plan);
        alert.initOwner(root.getScene() == null ? null : root.getScene().getWindow());
        return alert.showAndWait()
                .filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE)
                .isPresent();
    }

    /** {@return the confirmation of {@code plan}: the path, the diff when the file exists, and "Overwrite anyway" for a file changed outside Gleaner} */
    public Alert confirmation(IssueComposerViewModel.ExportPlan plan) {
        Alert alert = new Alert(plan.changedOutside() ? Alert.AlertType.WARNING : Alert.AlertType.CONFIRMATION);
        alert.setTitle(messages.get("issue.export"));
        String header = plan.changedOutside()
                ? "issue.confirmOverwrite"
                : plan.exists() ? "issue.confirmReplace" : "issue.confirmWrite";
        alert.setHeaderText(messages.get(header, plan.target()));
        ButtonType write = new ButtonType(
                messages.get(plan.changedOutside() ? "issue.overwrite" : "issue.write"), ButtonBar.ButtonData.OK_DONE);
        alert.getButtonTypes()
                .setAll(write, new ButtonType(messages.get("issue.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        if (plan.exists()) {
            TextArea diff = new TextArea(
                    plan.diff().isEmpty() ? messages.get("issue.sameFile") : String.join("\n", plan.diff()));
            diff.setEditable(false);
            diff.getStyleClass().add("issue-preview");
            diff.setPrefSize(760, 420);
            alert.getDialogPane().setContent(diff);
        }
        return alert;
    }

    /** Replaces the confirmation dialog (tests answer it themselves). */
    public void confirmWith(Predicate<IssueComposerViewModel.ExportPlan> answer) {
        this.confirm = answer;
    }

    /** {@return the list of issues (of the series shown, or of all), newest first} */
    public ListView<IssueService.IssueSummary> issueList() {
        return issueList;
    }

    /** {@return the list of the open issue's items} */
    public ListView<IssueItem> itemList() {
        return items;
    }

    /** {@return the read-only preview of the file} */
    public TextArea preview() {
        return preview;
    }

    /** {@return the view's root} */
    public VBox root() {
        return root;
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

    /**
     * Gives {@code picker} room for the widest date its language writes ("Sep 30, 2026",
     * "2026. 12. 30."), at whatever text size is set, so no date shows cut ("Nov 22, 202").
     */
    private static void roomForDates(DatePicker picker, java.util.Locale locale) {
        java.time.format.DateTimeFormatter format = dev.gleaner.app.ui.LocalDates.formatter(locale);
        Runnable fit = () -> {
            TextField editor = picker.getEditor();
            double widest = 0;
            for (int month = 1; month <= 12; month++) {
                javafx.scene.text.Text date =
                        new javafx.scene.text.Text(format.format(java.time.LocalDate.of(2026, month, 28)));
                date.setFont(editor.getFont());
                widest = Math.max(widest, date.getLayoutBounds().getWidth());
            }
            javafx.scene.Node arrow = picker.lookup(".arrow-button");
            double button = arrow instanceof Region r
                    ? r.prefWidth(-1)
                    : 2.2 * editor.getFont().getSize();
            double room = Math.ceil(widest
                    + editor.getPadding().getLeft()
                    + editor.getPadding().getRight()
                    + picker.getInsets().getLeft()
                    + picker.getInsets().getRight()
                    + button
                    + 4);
            picker.setMinWidth(room);
            picker.setPrefWidth(room);
        };
        picker.getEditor().fontProperty().addListener((o, a, b) -> fit.run());
        picker.getEditor().paddingProperty().addListener((o, a, b) -> fit.run());
        picker.skinProperty().addListener((o, a, b) -> fit.run());
        fit.run();
    }
}
