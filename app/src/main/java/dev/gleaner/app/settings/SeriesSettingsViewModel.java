package dev.gleaner.app.settings;

import dev.gleaner.app.fx.Messages;
import dev.gleaner.app.fx.StatusModel;
import dev.gleaner.app.usecase.SeriesSettings;
import dev.gleaner.core.issue.Series;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The series part of Settings: the weekly series with their title and file patterns, Hugo site and
 * content folders, week start, time zone, authors and tags. A change is saved at once when it makes
 * a valid series; otherwise {@link #error()} says what to fix and nothing is saved. In a window the
 * saves run on its work executor, one after another in the order they were made.
 */
public final class SeriesSettingsViewModel {
    private final SeriesSettings settings;
    private final Messages messages;
    private final ObservableList<String> names = FXCollections.observableArrayList();
    private final StringProperty chosen = new SimpleStringProperty("");
    private final StringProperty titlePattern = new SimpleStringProperty("");
    private final StringProperty filePattern = new SimpleStringProperty("");
    private final StringProperty siteDir = new SimpleStringProperty("");
    private final StringProperty contentDir = new SimpleStringProperty("");
    private final ObjectProperty<DayOfWeek> weekStart = new SimpleObjectProperty<>();
    private final ObjectProperty<ZoneId> zone = new SimpleObjectProperty<>();
    private final StringProperty authors = new SimpleStringProperty("");
    private final StringProperty tags = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final StatusModel status; // null: saved at once on the calling thread
    /** The series as last handed to a save, by name: what shows while that save is still on its way. */
    private final Map<String, Series> saved = new HashMap<>();
    /** The series as last read, by name: choosing one shows it without reading the library again. */
    private final Map<String, Series> known = new HashMap<>();

    private boolean showing;

    /**
     * Reads the series through {@code settings} and saves each change at once on the calling thread;
     * call from the UI thread (the store is a local SQLite file).
     */
    public SeriesSettingsViewModel(SeriesSettings settings, Messages messages) {
        this(settings, messages, null);
    }

    /**
     * Reads the series through {@code settings}; each change is saved through {@code status}'s writes
     * on the work executor, so the window never waits for the database. Call from the UI thread.
     */
    public SeriesSettingsViewModel(SeriesSettings settings, Messages messages, StatusModel status) {
        this(settings, messages, status, true);
    }

    private SeriesSettingsViewModel(SeriesSettings settings, Messages messages, StatusModel status, boolean readNow) {
        this.settings = settings;
        this.messages = messages;
        this.status = status;
        chosen.addListener((o, a, b) -> show());
        for (var p : List.of(titlePattern, filePattern, siteDir, contentDir, authors, tags)) {
            p.addListener((o, a, b) -> save());
        }
        weekStart.addListener((o, a, b) -> save());
        zone.addListener((o, a, b) -> save());
        if (readNow) {
            showAll(readAll());
        }
    }

    /**
     * {@return the series part of Settings with nothing read yet}: no series until {@link #showAll}
     * gets what {@link #readAll} read on the work thread; each change is saved through {@code
     * status}'s writes.
     */
    public static SeriesSettingsViewModel unread(SeriesSettings settings, Messages messages, StatusModel status) {
        return new SeriesSettingsViewModel(settings, messages, status, false);
    }

    /** {@return every series as stored}; reads the library, so off the UI thread in a window. */
    List<Series> readAll() {
        return settings.all();
    }

    /** Shows {@code all} (as {@link #readAll} read them), choosing the first. UI thread. */
    void showAll(List<Series> all) {
        known.clear();
        all.forEach(s -> known.put(s.name(), s));
        names.setAll(all.stream().map(Series::name).toList());
        String first = names.isEmpty() ? "" : names.getFirst();
        if (first.equals(chosen.get())) {
            show(); // the same name, perhaps other values
        } else {
            chosen.set(first);
        }
    }

    /** Starts a series named {@code name} with the usual weekly settings and chooses it. */
    public void add(String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            return;
        }
        if (names.contains(n)) {
            chosen.set(n);
            return;
        }
        write(
                () -> {
                    settings.start(n);
                    return settings.all();
                },
                all -> {
                    all.forEach(s -> known.putIfAbsent(s.name(), s));
                    names.setAll(all.stream().map(Series::name).toList());
                    chosen.set(n);
                });
    }

    /** Runs {@code save} through the window's writes, or at once without a window; then {@code shown} on this thread. */
    private <T> void write(java.util.concurrent.Callable<T> save, Consumer<T> shown) {
        if (status == null) {
            try {
                shown.accept(save.call());
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return;
        }
        status.write(messages.get("settings.series.saving"), p -> save.call(), shown);
    }

    private java.util.Optional<Series> current(String name) {
        Series pending = saved.get(name);
        return java.util.Optional.ofNullable(pending != null ? pending : known.get(name));
    }

    private void show() {
        Series s = current(chosen.get() == null ? "" : chosen.get()).orElse(null);
        showing = true;
        try {
            titlePattern.set(s == null ? "" : s.titlePattern());
            filePattern.set(s == null ? "" : s.filePattern());
            siteDir.set(s == null || s.siteDir() == null ? "" : s.siteDir());
            contentDir.set(s == null ? "" : s.contentDir());
            weekStart.set(s == null ? null : s.weekStart());
            zone.set(s == null ? null : s.zone());
            authors.set(s == null ? "" : String.join(", ", s.authors()));
            tags.set(s == null ? "" : String.join(", ", s.tags()));
            error.set("");
        } finally {
            showing = false;
        }
    }

    private void save() {
        Series s = current(chosen.get() == null ? "" : chosen.get()).orElse(null);
        if (showing || s == null) {
            return;
        }
        String content = contentDir.get().strip();
        var problem = SeriesSettings.check(titlePattern.get(), filePattern.get(), content);
        if (problem.isPresent()) {
            error.set(messages.get(
                    switch (problem.get()) {
                        case FILE_PATTERN -> "settings.series.badFilePattern";
                        case TITLE -> "settings.series.badTitle";
                        case CONTENT_DIR -> "settings.series.badContentDir";
                    }));
            return;
        }
        Series changed = new Series(
                s.name(),
                titlePattern.get().strip(),
                list(authors.get()),
                list(tags.get()),
                s.categories(),
                weekStart.get() == null ? s.weekStart() : weekStart.get(),
                zone.get() == null ? s.zone() : zone.get(),
                s.frontMatter(),
                filePattern.get().strip(),
                siteDir.get().isBlank() ? null : siteDir.get().strip(),
                content.isEmpty() ? "posts" : content,
                s.periodHeading(),
                s.referencesHeading(),
                s.options(),
                s.pageBundle());
        saved.put(changed.name(), changed);
        write(
                () -> {
                    settings.save(changed);
                    return changed;
                },
                stored -> {});
        error.set("");
    }

    private static List<String> list(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(","))
                .map(String::strip)
                .filter(v -> !v.isEmpty())
                .toList();
    }

    /** {@return the series names} */
    public ObservableList<String> names() {
        return names;
    }

    /** {@return the series being edited; the picker writes it} */
    public StringProperty chosen() {
        return chosen;
    }

    /** {@return the issue title with {@code {number}}} */
    public StringProperty titlePattern() {
        return titlePattern;
    }

    /** {@return the post file name with {@code {number}}} */
    public StringProperty filePattern() {
        return filePattern;
    }

    /** {@return the series' own Hugo site folder, empty to use the one of Settings} */
    public StringProperty siteDir() {
        return siteDir;
    }

    /** {@return the folder under the site's content folder} */
    public StringProperty contentDir() {
        return contentDir;
    }

    /** {@return the first day of an issue's week} */
    public ObjectProperty<DayOfWeek> weekStart() {
        return weekStart;
    }

    /** {@return the time zone of periods and publish times} */
    public ObjectProperty<ZoneId> zone() {
        return zone;
    }

    /** {@return the front matter authors, comma-separated} */
    public StringProperty authors() {
        return authors;
    }

    /** {@return the front matter tags, comma-separated} */
    public StringProperty tags() {
        return tags;
    }

    /** {@return why the last change was not saved, empty when it was} */
    public ReadOnlyStringProperty error() {
        return error;
    }
}
