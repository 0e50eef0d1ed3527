package dev.gleaner.app.issue;

import dev.gleaner.app.fx.Background;
import dev.gleaner.app.fx.Messages;
import dev.gleaner.app.fx.StatusModel;
import dev.gleaner.app.usecase.IssueItems;
import dev.gleaner.app.usecase.Issues;
import dev.gleaner.core.issue.Issue;
import dev.gleaner.core.issue.IssueItem;
import dev.gleaner.core.issue.IssuePeriod;
import dev.gleaner.exporter.hugo.IssueChecks;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The open issue in the composer: its header (title, period, publish time and zone, series,
 * number), its items in order and the selected item's fields, with the exporter's warnings and a
 * live preview of the exact file an export writes. Every edit is saved in the background.
 */
final class IssueEditor {
    private final IssueService service;
    private final Background background;
    private final StatusModel status;
    private final Messages messages;
    private final IssueSaver saver;
    private final Consumer<Issue> reopen;
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
    private final StringProperty rendered = new SimpleStringProperty("");
    private final StringProperty number = new SimpleStringProperty("");
    private boolean selectLast;
    private boolean updating;
    private long generation;

    /** Creates the editor; {@code reopen} opens an issue moved elsewhere (to another series) and reloads the list. */
    IssueEditor(
            IssueService service,
            Background background,
            StatusModel status,
            Messages messages,
            IssueSaver saver,
            Consumer<Issue> reopen) {
        this.service = service;
        this.background = background;
        this.status = status;
        this.messages = messages;
        this.saver = saver;
        this.reopen = reopen;
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

    /** Shows {@code issue} (null: nothing), its publish time in its own zone else {@code seriesZone}'s. */
    void show(Issue issue, ZoneId seriesZone) {
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
            publish.set(issue == null ? "" : issue.date().format(IssueComposerViewModel.PUBLISH));
            items.setAll(issue == null ? List.of() : issue.items());
            selected.set(items.isEmpty() ? -1 : selectLast ? items.size() - 1 : 0);
            selectLast = false;
            showItem();
        } finally {
            updating = false;
        }
        derive(issue);
    }

    /** Selects the last item of the issue shown next (one just added) instead of the first. */
    void selectLastNext(boolean last) {
        selectLast = last;
    }

    /** Forgets the open issue without clearing the fields (a reload opens the next one). */
    void forget() {
        editing.set(null);
    }

    /** Moves the selected item up ({@code -1}) or down ({@code +1}). */
    void moveSelected(int delta) {
        int from = selected.get();
        int to = from + delta;
        if (from < 0 || to < 0 || to >= items.size()) {
            return;
        }
        move(from, to);
    }

    /** Moves the item at {@code from} to {@code to} (drag and drop) and selects it. */
    void move(int from, int to) {
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
    void removeSelected() {
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
            LocalDateTime local = LocalDateTime.parse(text.strip(), IssueComposerViewModel.PUBLISH);
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
                reopen);
    }

    private static Issue withHeader(Issue i, String title, IssuePeriod period, OffsetDateTime date) {
        return Issues.withHeader(i, title, period, date);
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

    /** Works out the preview and the warnings of the open issue again, in the background. */
    void derive() {
        derive(editing.get());
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

    // A warning in the window's language; one this version has no words for keeps its English.
    private String say(IssueChecks.Warning w) {
        String key = "issue.check." + w.kind();
        return w.kind().isEmpty() || !messages.keys().contains(key)
                ? w.text()
                : messages.get(key, w.args().toArray());
    }

    ObjectProperty<Issue> editing() {
        return editing;
    }

    StringProperty title() {
        return title;
    }

    ObjectProperty<LocalDate> start() {
        return start;
    }

    ObjectProperty<LocalDate> end() {
        return end;
    }

    StringProperty publish() {
        return publish;
    }

    StringProperty series() {
        return series;
    }

    ObservableList<String> seriesNames() {
        return seriesNames;
    }

    ObjectProperty<ZoneId> zone() {
        return zone;
    }

    ObservableList<ZoneId> zones() {
        return zones;
    }

    ObservableList<IssueItem> items() {
        return items;
    }

    IntegerProperty selected() {
        return selected;
    }

    StringProperty itemHeading() {
        return itemHeading;
    }

    StringProperty itemUrl() {
        return itemUrl;
    }

    StringProperty itemAlsoUrls() {
        return itemAlsoUrls;
    }

    StringProperty itemSummary() {
        return itemSummary;
    }

    StringProperty preview() {
        return preview;
    }

    StringProperty rendered() {
        return rendered;
    }

    ObservableList<String> warnings() {
        return warnings;
    }

    StringProperty number() {
        return number;
    }
}
