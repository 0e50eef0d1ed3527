package dev.gleaner.app.settings;

import dev.gleaner.app.fx.StatusModel;
import dev.gleaner.core.library.Library;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The user's settings and the window's remembered state (size, panes, last place and article),
 * kept in the library's settings so they travel with the workspace. Changes save at once: in a
 * window on its work executor through {@link #writeThrough}, one after another in the order they
 * were made, so the window never waits for the database.
 */
public final class SettingsViewModel {
    static final String THEME = "ui.theme";
    static final String LANGUAGE = "ui.language";
    static final String TEXT_SIZE = "ui.textSize";
    static final String HUGO_SITE = dev.gleaner.app.usecase.Issues.HUGO_SITE;
    static final String WIDTH = "ui.window.width";
    static final String HEIGHT = "ui.window.height";
    static final String SIDEBAR = "ui.window.sidebar";
    static final String LIST = "ui.window.list";
    static final String PLACE = "ui.last.place";
    static final String ARTICLE = "ui.last.article";
    static final String READ_AFTER = "ui.readAfterSeconds";
    /** The longest wait before an opened article is marked read, in seconds. */
    public static final int MAX_READ_AFTER = 60;
    /** The smallest and largest text sizes offered, in points. */
    public static final int MIN_TEXT = 11, MAX_TEXT = 22;

    /** The window's colours. */
    public enum Theme {
        LIGHT,
        DARK,
        SYSTEM
    }

    private final Library library;
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>();
    private final BooleanProperty systemDark = new SimpleBooleanProperty();
    private final BooleanBinding dark =
            Bindings.createBooleanBinding(() -> darkFor(theme.get(), systemDark.get()), theme, systemDark);
    private final ReadOnlyBooleanWrapper darkProperty = new ReadOnlyBooleanWrapper();
    private final StringProperty language = new SimpleStringProperty();
    private final IntegerProperty textSize = new SimpleIntegerProperty();
    private final StringProperty hugoSite = new SimpleStringProperty();
    private final DoubleProperty width = new SimpleDoubleProperty();
    private final DoubleProperty height = new SimpleDoubleProperty();
    private final DoubleProperty sidebarDivider = new SimpleDoubleProperty();
    private final DoubleProperty listDivider = new SimpleDoubleProperty();
    private final StringProperty lastPlace = new SimpleStringProperty();
    private final LongProperty lastArticle = new SimpleLongProperty();
    private final IntegerProperty readAfter = new SimpleIntegerProperty();
    private StatusModel status; // null: each change is stored at once on the calling thread
    private String what = "";
    private boolean showingStored; // values read from the library are shown, not stored again

    /** Reads the settings from {@code library}; {@code systemLocale} picks the default language. */
    public SettingsViewModel(Library library, Locale systemLocale) {
        this.library = library;
        theme.set(parseTheme(library.setting(THEME).orElse(Theme.SYSTEM.name())));
        language.set(library.setting(LANGUAGE).orElse("ko".equals(systemLocale.getLanguage()) ? "ko" : "en"));
        textSize.set(clamp((int) number(TEXT_SIZE, 14), MIN_TEXT, MAX_TEXT));
        hugoSite.set(library.setting(HUGO_SITE).orElse(""));
        width.set(Math.max(800, number(WIDTH, 1280)));
        height.set(Math.max(500, number(HEIGHT, 800)));
        sidebarDivider.set(fraction(SIDEBAR, 0.17));
        listDivider.set(fraction(LIST, 0.40));
        lastPlace.set(library.setting(PLACE).orElse("INBOX"));
        lastArticle.set((long) number(ARTICLE, -1));
        readAfter.set(clamp((int) number(READ_AFTER, 0), 0, MAX_READ_AFTER));
        darkProperty.bind(dark);
        readAfter.addListener((o, a, b) -> store(READ_AFTER, Integer.toString(clamp(b.intValue(), 0, MAX_READ_AFTER))));
        theme.addListener((o, a, b) -> store(THEME, b.name()));
        language.addListener((o, a, b) -> store(LANGUAGE, b));
        textSize.addListener((o, a, b) -> store(TEXT_SIZE, Integer.toString(clamp(b.intValue(), MIN_TEXT, MAX_TEXT))));
        hugoSite.addListener((o, a, b) -> store(HUGO_SITE, b == null || b.isBlank() ? null : b));
    }

    /** Saves the window's size, panes and selection (called when the window closes). */
    public void saveWindow(double w, double h, double sidebar, double list, String place, long articleId) {
        width.set(w);
        height.set(h);
        sidebarDivider.set(sidebar);
        listDivider.set(list);
        lastPlace.set(place);
        lastArticle.set(articleId);
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put(WIDTH, Long.toString(Math.round(w)));
        rows.put(HEIGHT, Long.toString(Math.round(h)));
        rows.put(SIDEBAR, Double.toString(sidebar));
        rows.put(LIST, Double.toString(list));
        rows.put(PLACE, place);
        rows.put(ARTICLE, Long.toString(articleId));
        store(rows);
    }

    /**
     * From now on stores each change through {@code status}'s writes on the work executor, after
     * the writes handed to it before, and shows a failure as a sentence about {@code what}; the
     * window calls it once its status bar exists. Without it a change is stored at once.
     */
    public void writeThrough(StatusModel status, String what) {
        this.status = status;
        this.what = what;
    }

    private void store(String key, String value) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put(key, value); // null removes the setting
        store(row);
    }

    /** The settings the dialog shows that {@link #readStored} reads again each time it opens. */
    private static final java.util.List<String> SHOWN = java.util.List.of(THEME, TEXT_SIZE, HUGO_SITE, READ_AFTER);

    /**
     * {@return the dialog's settings as stored now, by key (absent when unset)}; reads the library,
     * so off the UI thread in a window. The language is not among them: the window is built in it.
     */
    Map<String, String> readStored() {
        Map<String, String> stored = new LinkedHashMap<>();
        for (String key : SHOWN) {
            library.setting(key).ifPresent(v -> stored.put(key, v));
        }
        return stored;
    }

    /** Shows {@code stored} (as {@link #readStored} read it) without storing it again. UI thread. */
    void showStored(Map<String, String> stored) {
        showingStored = true;
        try {
            theme.set(parseTheme(stored.getOrDefault(THEME, Theme.SYSTEM.name())));
            textSize.set(clamp((int) parsed(stored.get(TEXT_SIZE), 14), MIN_TEXT, MAX_TEXT));
            hugoSite.set(stored.getOrDefault(HUGO_SITE, ""));
            readAfter.set(clamp((int) parsed(stored.get(READ_AFTER), 0), 0, MAX_READ_AFTER));
        } finally {
            showingStored = false;
        }
    }

    private static double parsed(String value, double fallback) {
        try {
            return value == null ? fallback : Double.parseDouble(value);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private void store(Map<String, String> rows) {
        if (showingStored) {
            return;
        }
        Map<String, String> copy = new LinkedHashMap<>(rows); // LinkedHashMap: keeps nulls and the order
        if (status == null) {
            copy.forEach(library::putSetting);
            return;
        }
        status.write(
                what,
                p -> {
                    copy.forEach(library::putSetting);
                    return copy.size();
                },
                stored -> {});
    }

    private static Theme parseTheme(String s) {
        try {
            return Theme.valueOf(s);
        } catch (IllegalArgumentException e) {
            return Theme.SYSTEM;
        }
    }

    /** {@return whether {@code theme} is dark when the system's colour scheme is dark or not} */
    static boolean darkFor(Theme theme, boolean systemDark) {
        return theme == Theme.DARK || (theme == Theme.SYSTEM && systemDark);
    }

    private double number(String key, double fallback) {
        try {
            return library.setting(key).map(Double::parseDouble).orElse(fallback);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private double fraction(String key, double fallback) {
        double v = number(key, fallback);
        return v > 0.05 && v < 0.9 ? v : fallback;
    }

    private static int clamp(int v, int lo, int hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    /** {@return the seconds an article the user opened stays open before it is marked read; 0 marks it at once} */
    public IntegerProperty readAfter() {
        return readAfter;
    }

    /** {@return the language the window uses} */
    public Locale locale() {
        return Locale.forLanguageTag(language.get());
    }

    /** {@return the theme} */
    public ObjectProperty<Theme> theme() {
        return theme;
    }

    /** {@return whether the window is dark: the dark theme, or following a system that is dark} */
    public ReadOnlyBooleanProperty dark() {
        return darkProperty.getReadOnlyProperty();
    }

    /** {@return whether the system's colour scheme is dark; the window binds it to the platform's preference} */
    public BooleanProperty systemDark() {
        return systemDark;
    }

    /** {@return the language, "ko" or "en"; the window rebuilds itself in it at once} */
    public StringProperty language() {
        return language;
    }

    /** {@return the text size in points} */
    public IntegerProperty textSize() {
        return textSize;
    }

    /** {@return the Hugo site folder, empty when unset} */
    public StringProperty hugoSite() {
        return hugoSite;
    }

    /** {@return the remembered window width} */
    public DoubleProperty width() {
        return width;
    }

    /** {@return the remembered window height} */
    public DoubleProperty height() {
        return height;
    }

    /** {@return the remembered sidebar divider position} */
    public DoubleProperty sidebarDivider() {
        return sidebarDivider;
    }

    /** {@return the remembered list/reader divider position} */
    public DoubleProperty listDivider() {
        return listDivider;
    }

    /** {@return the last sidebar place, as "KIND" or "FEED:id"} */
    public StringProperty lastPlace() {
        return lastPlace;
    }

    /** {@return the last open article id, -1 when none} */
    public LongProperty lastArticle() {
        return lastArticle;
    }
}
