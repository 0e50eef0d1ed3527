package dev.gleaner.app.settings;

import dev.gleaner.app.Logs;
import dev.gleaner.app.fx.Background;
import dev.gleaner.app.fx.Messages;
import dev.gleaner.app.fx.StatusModel;
import dev.gleaner.core.issue.Series;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The values of the Settings dialog, read from the library on the work thread each time the dialog
 * opens, so that it opens at once and the window never waits for the database: until they arrive
 * the dialog's controls are not {@link #ready()}, and a read that fails says so in {@link #state()}.
 * A later read wins over an older one that ends late. Call from the UI thread.
 */
public final class SettingsLoader {
    private final SettingsViewModel settings;
    private final SeriesSettingsViewModel series;
    private final Background background;
    private final StatusModel status;
    private final Messages messages;
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper state = new ReadOnlyStringWrapper("");
    private long asked;

    /**
     * Reads into {@code settings} and {@code series} (made {@link SeriesSettingsViewModel#unread
     * unread}) on {@code background}, after the writes {@code status} was handed before.
     */
    public SettingsLoader(
            SettingsViewModel settings,
            SeriesSettingsViewModel series,
            Background background,
            StatusModel status,
            Messages messages) {
        this.settings = settings;
        this.series = series;
        this.background = background;
        this.status = status;
        this.messages = messages;
    }

    /** What one read found. */
    private record Read(Map<String, String> stored, List<Series> series) {}

    /** Reads the values on the work thread, then shows them; the controls wait meanwhile. */
    public void read() {
        long mine = ++asked;
        ready.set(false);
        state.set(messages.get("settings.reading"));
        background.work().execute(() -> {
            Read read;
            try {
                // A change made a moment ago (the dialog closed and opened again) is read back as made.
                status.awaitWrites(Duration.ofSeconds(30));
                read = new Read(settings.readStored(), series.readAll());
            } catch (RuntimeException e) {
                Logs.warning("reading the settings", e);
                String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                background.ui().execute(() -> {
                    if (mine == asked) {
                        state.set(messages.get("settings.readFailed", oneLine(why)));
                    }
                });
                return;
            }
            background.ui().execute(() -> {
                if (mine == asked) {
                    settings.showStored(read.stored());
                    series.showAll(read.series());
                    state.set("");
                    ready.set(true);
                }
            });
        });
    }

    private static String oneLine(String s) {
        String line = s.strip().lines().findFirst().orElse("");
        return line.length() > 160 ? line.substring(0, 159) + "…" : line;
    }

    /** {@return the settings shown} */
    public SettingsViewModel settings() {
        return settings;
    }

    /** {@return the series part shown} */
    public SeriesSettingsViewModel series() {
        return series;
    }

    /** {@return whether the values were read and shown, so the controls may change them} */
    public ReadOnlyBooleanProperty ready() {
        return ready.getReadOnlyProperty();
    }

    /** {@return one line on the read: that it is under way, or why it failed; empty once shown} */
    public ReadOnlyStringProperty state() {
        return state.getReadOnlyProperty();
    }
}
