package dev.gleaner.app.issue;

import dev.gleaner.app.fx.Messages;
import dev.gleaner.core.issue.IssueItem;
import dev.gleaner.core.model.Article;
import java.util.function.Predicate;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
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
    private final Messages messages;
    private final ListView<IssueService.IssueSummary> issueList = new ListView<>();
    private final IssueHeaderView header;
    private final IssueItemsView itemsView;
    private final IssuePreviewView previewView;
    private Predicate<IssueComposerViewModel.ExportPlan> confirm = this::ask;
    private Asker asker = new DialogAsker();
    private final Button create = new Button();
    private final Button importHugo = new Button();
    private final Button renameSeries = new Button();
    private final Button deleteSeries = new Button();
    private final Button deleteIssue = new Button();

    /** Builds the view over {@code vm}. */
    public IssueComposerView(IssueComposerViewModel vm, Messages messages) {
        this(vm, messages, url -> {});
    }

    /** Builds the composer over {@code vm}; links of the rendered preview open with {@code openUrl}. */
    public IssueComposerView(
            IssueComposerViewModel vm, Messages messages, java.util.function.Consumer<String> openUrl) {
        this.vm = vm;
        this.messages = messages;
        this.header = new IssueHeaderView(vm, messages, this::exportWithConfirmation);
        this.itemsView = new IssueItemsView(vm, messages);
        this.previewView = new IssuePreviewView(vm, messages, openUrl);
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
        SplitPane body = new SplitPane(itemsView.root(), previewView.root());
        body.setDividerPositions(0.5);
        VBox.setVgrow(body, Priority.ALWAYS);
        VBox composer = new VBox(8, header.root(), body);
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

    private HBox tools() {
        renameSeries.setText(messages.get("issue.renameSeries"));
        renameSeries.setOnAction(e -> renameSeries());
        deleteSeries.setText(messages.get("issue.deleteSeries"));
        deleteSeries.setOnAction(e -> deleteSeries());
        deleteIssue.setText(messages.get("issue.delete"));
        deleteIssue.getStyleClass().add("danger");
        deleteIssue.setOnAction(e -> deleteIssue());
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
            alert.setTitle("Gleaner"); // not the platform's "Confirmation", in the system's language
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
            dev.gleaner.app.fx.DialogButtons.inLanguage(dialog, messages, "Gleaner");
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
        return itemsView.adding().addField();
    }

    /** {@return the library articles the Add field finds} */
    public ListView<Article> foundList() {
        return itemsView.adding().found();
    }

    /** {@return the field for the link of a note being added} */
    public TextField noteLinkField() {
        return itemsView.adding().noteLink();
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
            case "add" -> itemsView.adding().addButton();
            default -> throw new IllegalArgumentException("no composer button " + action);
        };
    }

    /** {@return the issue number field} */
    public TextField numberField() {
        return header.number();
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
        return IssueExportDialog.of(plan, messages);
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
        return itemsView.items();
    }

    /** {@return the read-only preview of the file} */
    public TextArea preview() {
        return previewView.preview();
    }

    /** {@return the view's root} */
    public VBox root() {
        return root;
    }
}
