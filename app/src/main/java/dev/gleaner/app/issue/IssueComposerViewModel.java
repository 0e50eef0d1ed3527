package dev.gleaner.app.issue;

import dev.gleaner.app.ui.Background;
import dev.gleaner.app.ui.Messages;
import dev.gleaner.app.ui.StatusModel;
import dev.gleaner.app.usecase.IssueItems;
import dev.gleaner.core.issue.Issue;
import dev.gleaner.core.issue.IssueItem;
import dev.gleaner.core.issue.IssuePeriod;
import dev.gleaner.core.model.Article;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Issues view and the composer: the issues newest first, "add to issue" (a), and the open issue
 * being edited (header, items in order, the selected item's heading, link and summary), with the
 * exporter's warnings and a live preview of the exact file an export writes. Every edit is saved.
 */
public final class IssueComposerViewModel {
    /** How the publish time is typed. */
    public static final DateTimeFormatter PUBLISH = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final IssueService service;
    private final Background background;
    private final StatusModel status;
    private final Messages messages;
    private final IssueSaver saver;
    private final SimpleBooleanProperty available = new SimpleBooleanProperty();
    private final StringProperty note = new SimpleStringProperty("");
    private final ObservableList<IssueService.IssueSummary> issues = FXCollections.observableArrayList();
    private final ObjectProperty<IssueService.IssueSummary> open = new SimpleObjectProperty<>();
    private final ObjectProperty<Issue> editing = new SimpleObjectProperty<>();
    private final StringProperty title = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> start = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> end = new SimpleObjectProperty<>();
    private final StringProperty publish = new SimpleStringProperty("");
    private final ObservableList<String> seriesNames = FXCollections.observableArrayList();
    private final StringProperty series = new SimpleStringProperty("");
    private final ObservableList<ZoneId> zones = FXCollections.observableArrayList();
    private final ObjectProperty<ZoneId> zone = new SimpleObjectProperty<>();
    private final ObservableList<IssueItem> items = FXCollections.observableArrayList();
    private final IntegerProperty selected = new SimpleIntegerProperty(-1);
    private final StringProperty itemHeading = new SimpleStringProperty("");
    private final StringProperty itemUrl = new SimpleStringProperty("");
    private final StringProperty itemSummary = new SimpleStringProperty("");
    private final StringProperty itemAlsoUrls = new SimpleStringProperty("");
    private final StringProperty preview = new SimpleStringProperty("");
    private final ObservableList<String> warnings = FXCollections.observableArrayList();
    private final javafx.beans.property.StringProperty rendered = new javafx.beans.property.SimpleStringProperty("");
    private final StringProperty shownSeries = new SimpleStringProperty(null);
    private final StringProperty number = new SimpleStringProperty("");
    private final IssueAdder adder;
    private final IssueHousekeeping housekeeping;
    private final List<Runnable> onChange = new ArrayList<>();
    private boolean openNewest;
    private boolean selectLast;
    private String pendingNote;
    private boolean updating;
    private long generation;

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

    /** An issue as opened, with what its header pickers offer. */
    private record Opened(Issue issue, ZoneId seriesZone, List<String> seriesNames) {}

    /** Creates the composer's model over {@code service}. */
    public IssueComposerViewModel(IssueService service, Background background, StatusModel status, Messages messages) {
        this.service = service;
        this.background = background;
        this.status = status;
        this.messages = messages;
        this.saver = new IssueSaver(service, background, status, messages);
        this.adder = new IssueAdder(this, service, background, status, messages);
        this.housekeeping = new IssueHousekeeping(this, service, status, messages);
        available.set(service.available());
        note.set(service.available() ? "" : messages.get("issue.unavailable"));
        title.addListener((o, a, b) -> edit(i -> withHeader(i, b, i.period(), i.date())));
        start.addListener((o, a, b) -> editPeriod());
        end.addListener((o, a, b) -> editPeriod());
        publish.addListener((o, a, b) -> editPublish(b));
        zone.addListener((o, a, b) -> editZone(b));
        series.addListener((o, a, b) -> moveToSeries(b));
        selected.addListener((o, a, b) -> showItem());
        // Each edit changes one field: the further links an item cites stay with it.
        itemHeading.addListener((o, a, b) -> editItem(it -> it.withHeading(oneLine(b))));
        itemUrl.addListener((o, a, b) -> editItem(it -> it.withUrl(b.strip())));
        itemSummary.addListener((o, a, b) -> editItem(it -> it.withSummary(b)));
    }

    /**
     * Loads the issues in the background (only those of the series shown, when one is) and keeps the
     * open issue open when it is still listed, else opens the newest; then tells the
     * {@link #onChange} listeners, as series and issue counts may have changed.
     */
    public void load() {
        if (!service.available()) {
            return;
        }
        background.work().execute(() -> {
            var all = service.issues();
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

    /**
     * Lists only the issues of {@code series}, newest first, and opens its newest; {@code null} lists
     * every series' issues again, keeping the open issue.
     */
    public void showSeries(String series) {
        if (Objects.equals(series, shownSeries.get()) && !issues.isEmpty()) {
            return;
        }
        shownSeries.set(series);
        openNewest = series != null;
        load();
    }

    /** {@return the series whose issues are listed, or null when every series' are} */
    public ReadOnlyStringProperty shownSeries() {
        return shownSeries;
    }

    /** Runs {@code action} on the UI thread after each reload of the issues (after adding, moving, or a series change). */
    public void onChange(Runnable action) {
        onChange.add(action);
    }

    /** Opens {@code summary} in the composer (null closes it). */
    public void choose(IssueService.IssueSummary summary) {
        open.set(summary);
        if (summary == null) {
            show(null);
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
                    seriesNames.setAll(o.seriesNames());
                    show(o.issue(), o.seriesZone());
                    showPendingNote();
                });
    }

    private void show(Issue issue) {
        show(issue, null);
    }

    private void show(Issue issue, ZoneId seriesZone) {
        updating = true;
        try {
            editing.set(issue);
            series.set(issue == null ? "" : issue.series());
            if (issue != null && !seriesNames.contains(issue.series())) {
                seriesNames.add(issue.series());
            }
            ZoneId shown = issue == null ? null : PublishZones.zoneOf(issue.date(), zone.get(), seriesZone);
            zones.setAll(PublishZones.choices(shown, seriesZone));
            zone.set(shown);
            title.set(issue == null ? "" : issue.title());
            number.set(issue == null ? "" : Integer.toString(issue.number()));
            start.set(issue == null ? null : issue.period().start());
            end.set(issue == null ? null : issue.period().end());
            publish.set(issue == null ? "" : issue.date().format(PUBLISH));
            items.setAll(issue == null ? List.of() : issue.items());
            selected.set(items.isEmpty() ? -1 : selectLast ? items.size() - 1 : 0);
            selectLast = false;
            showItem();
        } finally {
            updating = false;
        }
        derive(issue);
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
                    open.set(null);
                    load();
                });
    }

    /** Lists only the issues of {@code series} (null: every series') from the next load on. */
    void showOnly(String series) {
        shownSeries.set(series);
    }

    /** Closes the open issue and reloads the list with the newest issue open. */
    void openNewest() {
        open.set(null);
        editing.set(null);
        openNewest = true;
        load();
    }

    /** Opens {@code issue} (new, renumbered or changed in the background) and reloads the list. */
    void reopen(Issue issue) {
        reopen(issue, false);
    }

    /** Opens {@code issue} and reloads the list; {@code selectLast} selects its last item (one just added). */
    void reopen(Issue issue, boolean selectLast) {
        this.selectLast = selectLast;
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
        return number;
    }

    /** Moves the selected item up ({@code -1}) or down ({@code +1}). */
    public void moveSelected(int delta) {
        int from = selected.get();
        int to = from + delta;
        if (from < 0 || to < 0 || to >= items.size()) {
            return;
        }
        move(from, to);
    }

    /** Moves the item at {@code from} to {@code to} (drag and drop) and selects it. */
    public void move(int from, int to) {
        if (from < 0 || from >= items.size() || to < 0 || to >= items.size() || from == to) {
            return;
        }
        if (editing.get() == null) {
            return;
        }
        edit(i -> IssueItems.moved(i, from, to));
        List<IssueItem> list = editing.get().items();
        updating = true;
        try {
            items.setAll(list);
            selected.set(to);
        } finally {
            updating = false;
        }
    }

    /** Removes the selected item from the issue. */
    public void removeSelected() {
        int at = selected.get();
        if (at < 0 || at >= items.size()) {
            return;
        }
        if (editing.get() == null) {
            return;
        }
        edit(i -> IssueItems.removed(i, at));
        List<IssueItem> list = editing.get().items();
        updating = true;
        try {
            items.setAll(list);
            selected.set(Math.min(at, list.size() - 1));
            showItem();
        } finally {
            updating = false;
        }
    }

    private void showItem() {
        boolean was = updating;
        updating = true;
        try {
            int at = selected.get();
            IssueItem it = at >= 0 && at < items.size() ? items.get(at) : null;
            itemHeading.set(it == null ? "" : it.heading());
            itemUrl.set(it == null ? "" : it.url());
            itemSummary.set(it == null ? "" : it.summary());
            itemAlsoUrls.set(it == null ? "" : String.join("\n", it.alsoUrls()));
        } finally {
            updating = was;
        }
    }

    private void editItem(UnaryOperator<IssueItem> change) {
        int at = selected.get();
        if (updating || at < 0 || at >= items.size()) {
            return;
        }
        if (editing.get() == null) {
            return;
        }
        edit(i -> IssueItems.changed(i, at, change));
        IssueItem next = editing.get().items().get(at);
        updating = true;
        try {
            items.set(at, next);
        } finally {
            updating = false;
        }
    }

    private void editPeriod() {
        if (updating || start.get() == null || end.get() == null) {
            return;
        }
        if (end.get().isBefore(start.get())) {
            status.tell(messages.get("issue.badPeriod"));
            return;
        }
        IssuePeriod period = new IssuePeriod(start.get(), end.get());
        edit(i -> withHeader(i, i.title(), period, i.date()));
    }

    private void editPublish(String text) {
        if (updating || editing.get() == null) {
            return;
        }
        try {
            LocalDateTime local = LocalDateTime.parse(text.strip(), PUBLISH);
            edit(i -> withHeader(
                    i,
                    i.title(),
                    i.period(),
                    zone.get() == null
                            ? local.atOffset(i.date().getOffset())
                            : local.atZone(zone.get()).toOffsetDateTime()));
        } catch (DateTimeParseException e) {
            status.tell(messages.get("issue.badPublish"));
        }
    }

    private void editZone(ZoneId z) {
        if (updating || z == null || editing.get() == null) {
            return;
        }
        edit(i -> withHeader(
                i, i.title(), i.period(), i.date().toLocalDateTime().atZone(z).toOffsetDateTime()));
    }

    private void moveToSeries(String name) {
        Issue current = editing.get();
        if (updating || current == null || name == null || name.isBlank() || name.equals(current.series())) {
            return;
        }
        status.load(
                messages.get("issue.moving", name),
                p -> {
                    saver.flush();
                    return service.moveToSeries(current, name);
                },
                this::reopen);
    }

    private static Issue withHeader(Issue i, String title, IssuePeriod period, java.time.OffsetDateTime date) {
        return new Issue(i.series(), i.number(), title, period, date, i.status(), i.items(), i.layout());
    }

    private static String oneLine(String s) {
        return s.replace('\n', ' ').replace('\r', ' ');
    }

    private void edit(UnaryOperator<Issue> change) {
        Issue current = editing.get();
        if (updating || current == null) {
            return;
        }
        Issue next = change.apply(current);
        editing.set(next);
        saver.save(next);
        derive(next);
    }

    private void derive(Issue issue) {
        long mine = ++generation;
        if (issue == null) {
            preview.set("");
            rendered.set("");
            warnings.clear();
            return;
        }
        background.work().execute(() -> {
            try {
                String text = service.render(issue);
                List<String> found =
                        service.checks(issue).stream().map(this::say).toList();
                background.ui().execute(() -> {
                    if (mine == generation) {
                        preview.set(text);
                        rendered.set(withoutFrontMatter(text));
                        warnings.setAll(found);
                    }
                });
            } catch (RuntimeException e) {
                background.ui().execute(() -> status.fail(messages.get("issue.previewing"), e));
            }
        });
    }

    /** Works out where the open issue goes and what changes there, then hands the plan to {@code confirm}. */
    public void prepareExport(Consumer<ExportPlan> confirm) {
        Issue issue = editing.get();
        if (issue == null) {
            return;
        }
        status.load(
                messages.get("issue.preparing"),
                p -> {
                    saver.flush();
                    Path target = service.target(issue);
                    if (!Files.exists(target)) {
                        return new ExportPlan(target, false, List.of());
                    }
                    String now = Files.readString(target, StandardCharsets.UTF_8);
                    return new ExportPlan(
                            target, true, LineDiff.diff(now, service.render(issue)), service.changedOutside(issue));
                },
                confirm);
    }

    /** Writes the open issue into the Hugo site, never over a file changed outside Gleaner. */
    public void export() {
        export(false);
    }

    /** Writes the open issue into the Hugo site; {@code overwrite} writes even over a file changed outside Gleaner. */
    public void export(boolean overwrite) {
        Issue issue = editing.get();
        if (issue == null) {
            return;
        }
        status.run(
                messages.get("issue.exporting"),
                p -> {
                    saver.flush();
                    return service.export(issue, overwrite);
                },
                path -> {
                    status.note(messages.get("issue.exported", path.toString()));
                    derive(editing.get());
                });
    }

    /** {@return whether the issue model is wired} */
    public ReadOnlyBooleanProperty available() {
        return available;
    }

    /** {@return the line shown when there is nothing to compose, or why} */
    public ReadOnlyStringProperty note() {
        return note;
    }

    /** {@return the issues, newest first} */
    public ObservableList<IssueService.IssueSummary> issues() {
        return issues;
    }

    /** {@return the issue open in the composer, or null} */
    public ReadOnlyObjectProperty<IssueService.IssueSummary> open() {
        return open;
    }

    /** {@return the issue being edited, as last changed} */
    public ReadOnlyObjectProperty<Issue> editing() {
        return editing;
    }

    /** {@return the title field} */
    public StringProperty title() {
        return title;
    }

    /** {@return the first day of the period} */
    public ObjectProperty<LocalDate> start() {
        return start;
    }

    /** {@return the last day of the period} */
    public ObjectProperty<LocalDate> end() {
        return end;
    }

    /** {@return the publish time as typed, {@link #PUBLISH}} */
    public StringProperty publish() {
        return publish;
    }

    /** {@return the series the issue belongs to; choosing another moves the issue there as its next number} */
    public StringProperty series() {
        return series;
    }

    /** {@return the series an issue can be moved to} */
    public ObservableList<String> seriesNames() {
        return seriesNames;
    }

    /** {@return the time zone of the publish time; choosing another keeps the wall-clock time} */
    public ObjectProperty<ZoneId> zone() {
        return zone;
    }

    /** {@return the time zones offered, the likely ones first} */
    public ObservableList<ZoneId> zones() {
        return zones;
    }

    /** {@return the items in order} */
    public ObservableList<IssueItem> items() {
        return items;
    }

    /** {@return the index of the selected item, -1 when none} */
    public IntegerProperty selected() {
        return selected;
    }

    /** {@return the selected item's heading} */
    public StringProperty itemHeading() {
        return itemHeading;
    }

    /** {@return the selected item's link} */
    public StringProperty itemUrl() {
        return itemUrl;
    }

    /** {@return the further links the selected item cites, one a line; empty when none} */
    public ReadOnlyStringProperty itemAlsoUrls() {
        return itemAlsoUrls;
    }

    /** {@return the selected item's summary (Markdown)} */
    public StringProperty itemSummary() {
        return itemSummary;
    }

    /** {@return the exact text an export writes} */
    public ReadOnlyStringProperty preview() {
        return preview;
    }

    /** {@return the body of a post without its TOML or YAML front matter} */
    static String withoutFrontMatter(String post) {
        for (String fence : List.of("+++", "---")) {
            if (post.startsWith(fence + "\n")) {
                int close = post.indexOf("\n" + fence + "\n", fence.length());
                if (close >= 0) {
                    return post.substring(close + fence.length() + 2);
                }
            }
        }
        return post;
    }

    /** {@return the preview's body as blocks, for the rendered preview} */
    public javafx.beans.value.ObservableStringValue rendered() {
        return rendered;
    }

    // A warning in the window's language; one this version has no words for keeps its English.
    private String say(dev.gleaner.exporter.hugo.IssueChecks.Warning w) {
        String key = "issue.check." + w.kind();
        return w.kind().isEmpty() || !messages.keys().contains(key)
                ? w.text()
                : messages.get(key, w.args().toArray());
    }

    /** {@return the exporter's warnings for the open issue} */
    public ObservableList<String> warnings() {
        return warnings;
    }
}
