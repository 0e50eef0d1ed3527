package dev.gleaner.app.issue;

import dev.gleaner.app.fx.Background;
import dev.gleaner.app.fx.Messages;
import dev.gleaner.app.fx.StatusModel;
import dev.gleaner.core.issue.Issue;
import dev.gleaner.core.issue.IssueItem;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Issues list: the issues newest first (of one series when the sidebar shows one), which one is
 * open in the editor, and the line shown when there is nothing to compose.
 */
final class IssueList {
    private final IssueService service;
    private final Background background;
    private final StatusModel status;
    private final Messages messages;
    private final IssueEditor editor;
    private final SimpleBooleanProperty available = new SimpleBooleanProperty();
    private final StringProperty note = new SimpleStringProperty("");
    private final ObservableList<IssueService.IssueSummary> issues = FXCollections.observableArrayList();
    private final ObjectProperty<IssueService.IssueSummary> open = new SimpleObjectProperty<>();
    private final StringProperty shownSeries = new SimpleStringProperty(null);
    private final List<Runnable> onChange = new ArrayList<>();
    private boolean openNewest;
    private String pendingNote;

    /** An issue as opened, with what its header pickers offer. */
    private record Opened(Issue issue, ZoneId seriesZone, List<String> seriesNames) {}

    IssueList(IssueService service, Background background, StatusModel status, Messages messages, IssueEditor editor) {
        this.service = service;
        this.background = background;
        this.status = status;
        this.messages = messages;
        this.editor = editor;
        available.set(service.available());
        note.set(service.available() ? "" : messages.get("issue.unavailable"));
    }

    /**
     * Loads the issues in the background (only those of the series shown, when one is) and keeps the
     * open issue open when it is still listed, else opens the newest; then tells the onChange
     * listeners, as series and issue counts may have changed.
     */
    void load() {
        if (!service.available()) {
            return;
        }
        background.work().execute(() -> {
            List<IssueService.IssueSummary> all;
            try {
                all = service.issues();
            } catch (RuntimeException e) {
                // The list stays as it was; the status bar says why, instead of nothing at all.
                background.ui().execute(() -> status.fail(messages.get("issue.loadingList"), e));
                return;
            }
            background.ui().execute(() -> {
                String only = shownSeries.get();
                List<IssueService.IssueSummary> list = only == null
                        ? all
                        : all.stream().filter(s -> s.series().equals(only)).toList();
                issues.setAll(list);
                note.set(
                        !list.isEmpty()
                                ? ""
                                : only == null ? messages.get("issue.none") : messages.get("issue.noneInSeries", only));
                IssueService.IssueSummary current = openNewest ? null : open.get();
                openNewest = false;
                IssueService.IssueSummary again = current == null
                        ? null
                        : list.stream()
                                .filter(s -> s.series().equals(current.series()) && s.number() == current.number())
                                .findFirst()
                                .orElse(null);
                choose(again != null ? again : list.isEmpty() ? null : list.getFirst());
                List.copyOf(onChange).forEach(Runnable::run);
            });
        });
    }

    /** Lists only the issues of {@code series} and opens its newest; null lists every series' again. */
    void showSeries(String series) {
        if (Objects.equals(series, shownSeries.get()) && !issues.isEmpty()) {
            return;
        }
        shownSeries.set(series);
        openNewest = series != null;
        load();
    }

    /** Lists only the issues of {@code series} (null: every series') from the next load on. */
    void showOnly(String series) {
        shownSeries.set(series);
    }

    void onChange(Runnable action) {
        onChange.add(action);
    }

    /** Opens {@code summary} in the editor (null closes it). */
    void choose(IssueService.IssueSummary summary) {
        open.set(summary);
        if (summary == null) {
            editor.show(null, null);
            showPendingNote();
            return;
        }
        status.load(
                messages.get("issue.opening", summary.number()),
                p -> {
                    Issue issue = service.issue(summary.series(), summary.number());
                    return new Opened(issue, service.zone(issue.series()), service.seriesNames());
                },
                o -> {
                    editor.seriesNames().setAll(o.seriesNames());
                    editor.show(o.issue(), o.seriesZone());
                    showPendingNote();
                });
    }

    /** Closes the open issue and reloads the list with the newest issue open. */
    void openNewest() {
        open.set(null);
        editor.forget();
        openNewest = true;
        load();
    }

    /** Forgets which issue is open, so that the next load opens the newest (after an add elsewhere). */
    void close() {
        open.set(null);
    }

    /** Opens {@code issue} and reloads the list; {@code selectLast} selects its last item (one just added). */
    void reopen(Issue issue, boolean selectLast) {
        editor.selectLastNext(selectLast);
        open.set(new IssueService.IssueSummary(
                issue.series(),
                issue.number(),
                issue.title(),
                issue.period().start(),
                issue.period().end(),
                issue.items().stream().map(IssueItem::heading).toList()));
        openNewest = false;
        load();
    }

    /** Says {@code sentence} in the status bar once the issue opened next is shown (opening clears the line). */
    void noteWhenOpen(String sentence) {
        pendingNote = sentence;
    }

    private void showPendingNote() {
        if (pendingNote != null) {
            status.note(pendingNote);
            pendingNote = null;
        }
    }

    SimpleBooleanProperty available() {
        return available;
    }

    StringProperty note() {
        return note;
    }

    ObservableList<IssueService.IssueSummary> issues() {
        return issues;
    }

    ObjectProperty<IssueService.IssueSummary> open() {
        return open;
    }

    StringProperty shownSeries() {
        return shownSeries;
    }
}
