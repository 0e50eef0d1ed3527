package dev.gleaner.app.issue;

import dev.gleaner.app.fx.Background;
import dev.gleaner.app.fx.Messages;
import dev.gleaner.app.fx.StatusModel;
import dev.gleaner.core.issue.Issue;
import dev.gleaner.core.issue.IssueItem;
import dev.gleaner.core.model.Article;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ObservableList;

/**
 * The Issues view and the composer: the issues newest first ({@link IssueList}), "add to issue" (a),
 * and the open issue being edited ({@link IssueEditor}: header, items in order, the selected item's
 * heading, link and summary, the exporter's warnings and a live preview of the exact file an export
 * writes), and its export ({@link IssueExport}). Every edit is saved.
 */
public final class IssueComposerViewModel {
    /** How the publish time is typed. */
    public static final DateTimeFormatter PUBLISH = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final IssueService service;
    private final StatusModel status;
    private final Messages messages;
    private final IssueSaver saver;
    private final IssueEditor editor;
    private final IssueList list;
    private final IssueExport export;
    private final IssueAdder adder;
    private final IssueHousekeeping housekeeping;

    /**
     * What an export will do, for the confirmation.
     *
     * @param target the file it writes
     * @param exists whether the file is there already
     * @param diff the changes to the file there, empty when new or equal
     * @param changedOutside whether the file was edited outside Gleaner since its last export, so
     *     writing it means overwriting those edits (a copy is kept as {@code .bak})
     */
    public record ExportPlan(Path target, boolean exists, List<String> diff, boolean changedOutside) {
        public ExportPlan {
            Objects.requireNonNull(target, "target");
            diff = List.copyOf(diff);
            if (changedOutside && !exists) {
                throw new IllegalArgumentException("a file that is not there cannot have been changed: " + target);
            }
        }

        /** A plan for a file Gleaner may write without overwriting edits made elsewhere. */
        public ExportPlan(Path target, boolean exists, List<String> diff) {
            this(target, exists, diff, false);
        }
    }

    /** Creates the composer's model over {@code service}. */
    public IssueComposerViewModel(IssueService service, Background background, StatusModel status, Messages messages) {
        this.service = service;
        this.status = status;
        this.messages = messages;
        this.saver = new IssueSaver(service, background, status, messages);
        this.editor = new IssueEditor(service, background, status, messages, saver, this::reopen);
        this.list = new IssueList(service, background, status, messages, editor);
        this.export = new IssueExport(service, status, messages, saver, editor);
        this.adder = new IssueAdder(this, service, background, status, messages);
        this.housekeeping = new IssueHousekeeping(this, service, status, messages);
    }

    /**
     * Loads the issues in the background (only those of the series shown, when one is) and keeps the
     * open issue open when it is still listed, else opens the newest; then tells the
     * {@link #onChange} listeners, as series and issue counts may have changed.
     */
    public void load() {
        list.load();
    }

    /**
     * Lists only the issues of {@code series}, newest first, and opens its newest; {@code null} lists
     * every series' issues again, keeping the open issue.
     */
    public void showSeries(String series) {
        list.showSeries(series);
    }

    /** {@return the series whose issues are listed, or null when every series' are} */
    public ReadOnlyStringProperty shownSeries() {
        return list.shownSeries();
    }

    /** Runs {@code action} on the UI thread after each reload of the issues (after adding, moving, or a series change). */
    public void onChange(Runnable action) {
        list.onChange(action);
    }

    /** Opens {@code summary} in the composer (null closes it). */
    public void choose(IssueService.IssueSummary summary) {
        list.choose(summary);
    }

    /** Adds {@code article} to the open draft (starting the next issue when there is none), or says why it cannot. */
    public void add(Article article) {
        if (article == null) {
            return;
        }
        if (!service.available()) {
            status.tell(messages.get("issue.unavailable"));
            return;
        }
        if (article.url() == null) {
            // A note has no link yet: the composer asks for it, then adds the note.
            adder.needLink(article);
            return;
        }
        status.run(
                messages.get("issue.add"),
                p -> {
                    saver.flush();
                    service.addToIssue(article.id());
                    return null;
                },
                x -> {
                    list.close();
                    list.load();
                });
    }

    /** Lists only the issues of {@code series} (null: every series') from the next load on. */
    void showOnly(String series) {
        list.showOnly(series);
    }

    /** Closes the open issue and reloads the list with the newest issue open. */
    void openNewest() {
        list.openNewest();
    }

    /** Opens {@code issue} (new, renumbered or changed in the background) and reloads the list. */
    void reopen(Issue issue) {
        list.reopen(issue, false);
    }

    /** Opens {@code issue} and reloads the list; {@code selectLast} selects its last item (one just added). */
    void reopen(Issue issue, boolean selectLast) {
        list.reopen(issue, selectLast);
    }

    /** Says {@code sentence} in the status bar once the issue opened next is shown (opening clears the line). */
    void noteWhenOpen(String sentence) {
        list.noteWhenOpen(sentence);
    }

    /** Saves what is typed but not yet saved, on the calling thread (a background one). */
    void flushEdits() {
        saver.flush();
    }

    /** {@return adding to the open issue: a link by URL, an article from the library, a note's link} */
    public IssueAdder adder() {
        return adder;
    }

    /** {@return the issue and series actions: new, renumber, delete, rename or delete a series, Hugo import} */
    public IssueHousekeeping housekeeping() {
        return housekeeping;
    }

    /** {@return the open issue's number as typed; {@link IssueHousekeeping#renumber()} applies it} */
    public StringProperty number() {
        return editor.number();
    }

    /** Moves the selected item up ({@code -1}) or down ({@code +1}). */
    public void moveSelected(int delta) {
        editor.moveSelected(delta);
    }

    /** Moves the item at {@code from} to {@code to} (drag and drop) and selects it. */
    public void move(int from, int to) {
        editor.move(from, to);
    }

    /** Removes the selected item from the issue. */
    public void removeSelected() {
        editor.removeSelected();
    }

    /** Works out where the open issue goes and what changes there, then hands the plan to {@code confirm}. */
    public void prepareExport(Consumer<ExportPlan> confirm) {
        export.prepare(confirm);
    }

    /** Writes the open issue into the Hugo site, never over a file changed outside Gleaner. */
    public void export() {
        export(false);
    }

    /** Writes the open issue into the Hugo site; {@code overwrite} writes even over a file changed outside Gleaner. */
    public void export(boolean overwrite) {
        export.export(overwrite);
    }

    /** {@return whether the issue model is wired} */
    public ReadOnlyBooleanProperty available() {
        return list.available();
    }

    /** {@return the line shown when there is nothing to compose, or why} */
    public ReadOnlyStringProperty note() {
        return list.note();
    }

    /** {@return the issues, newest first} */
    public ObservableList<IssueService.IssueSummary> issues() {
        return list.issues();
    }

    /** {@return the issue open in the composer, or null} */
    public ReadOnlyObjectProperty<IssueService.IssueSummary> open() {
        return list.open();
    }

    /** {@return the issue being edited, as last changed} */
    public ReadOnlyObjectProperty<Issue> editing() {
        return editor.editing();
    }

    /** {@return the title field} */
    public StringProperty title() {
        return editor.title();
    }

    /** {@return the first day of the period} */
    public ObjectProperty<LocalDate> start() {
        return editor.start();
    }

    /** {@return the last day of the period} */
    public ObjectProperty<LocalDate> end() {
        return editor.end();
    }

    /** {@return the publish time as typed, {@link #PUBLISH}} */
    public StringProperty publish() {
        return editor.publish();
    }

    /** {@return the series the issue belongs to; choosing another moves the issue there as its next number} */
    public StringProperty series() {
        return editor.series();
    }

    /** {@return the series an issue can be moved to} */
    public ObservableList<String> seriesNames() {
        return editor.seriesNames();
    }

    /** {@return the time zone of the publish time; choosing another keeps the wall-clock time} */
    public ObjectProperty<ZoneId> zone() {
        return editor.zone();
    }

    /** {@return the time zones offered, the likely ones first} */
    public ObservableList<ZoneId> zones() {
        return editor.zones();
    }

    /** {@return the items in order} */
    public ObservableList<IssueItem> items() {
        return editor.items();
    }

    /** {@return the index of the selected item, -1 when none} */
    public IntegerProperty selected() {
        return editor.selected();
    }

    /** {@return the selected item's heading} */
    public StringProperty itemHeading() {
        return editor.itemHeading();
    }

    /** {@return the selected item's link} */
    public StringProperty itemUrl() {
        return editor.itemUrl();
    }

    /** {@return the further links the selected item cites, one a line; empty when none} */
    public ReadOnlyStringProperty itemAlsoUrls() {
        return editor.itemAlsoUrls();
    }

    /** {@return the selected item's summary (Markdown)} */
    public StringProperty itemSummary() {
        return editor.itemSummary();
    }

    /** {@return the exact text an export writes} */
    public ReadOnlyStringProperty preview() {
        return editor.preview();
    }

    /** {@return the preview's body as blocks, for the rendered preview} */
    public ObservableStringValue rendered() {
        return editor.rendered();
    }

    /** {@return the exporter's warnings for the open issue} */
    public ObservableList<String> warnings() {
        return editor.warnings();
    }
}
