package dev.gleaner.app.reader;

import dev.gleaner.app.search.SearchOutcome;
import dev.gleaner.app.search.SearchService;
import dev.gleaner.app.ui.Background;
import dev.gleaner.app.ui.Delay;
import dev.gleaner.app.ui.Messages;
import dev.gleaner.app.ui.StatusModel;
import dev.gleaner.core.library.Library;
import dev.gleaner.core.model.Article;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The reader and the notes under it: the open article's header and blocks, and its notes, saved to
 * the library a moment after the user stops typing (and when another article opens). UI thread only.
 */
public final class ReaderViewModel {
    /** How long the notes wait after the last keystroke before they are saved. */
    public static final Duration SAVE_AFTER = Duration.ofMillis(700);

    private final Library library;
    private final SearchService search;
    private final Delay delay;
    private static final java.time.Duration RELATED_AFTER = java.time.Duration.ofMillis(350);
    private Runnable pendingRelated = () -> {};
    private final Background background;
    private final StatusModel status;
    private final Messages messages;
    private final ObjectProperty<Article> article = new SimpleObjectProperty<>();
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty byline = new SimpleStringProperty("");
    private final StringProperty url = new SimpleStringProperty("");
    private final ObservableList<MarkdownBlocks.Block> blocks = FXCollections.observableArrayList();
    private final StringProperty notes = new SimpleStringProperty("");
    private final ObservableList<MarkdownBlocks.Block> notesPreview = FXCollections.observableArrayList();
    private final StringProperty notesState = new SimpleStringProperty("");
    private final StringProperty related = new SimpleStringProperty("");
    private final BooleanProperty imagesAllowed = new SimpleBooleanProperty(false);
    private boolean loading;
    private Runnable pendingSave = () -> {};
    private boolean dirty;

    /** Creates the reader; it saves notes into {@code library} after {@code delay}. */
    public ReaderViewModel(
            Library library,
            SearchService search,
            Background background,
            Delay delay,
            StatusModel status,
            Messages messages) {
        this.library = library;
        this.background = background;
        this.search = search;
        this.delay = delay;
        this.status = status;
        this.messages = messages;
        notes.addListener((o, old, text) -> {
            notesPreview.setAll(MarkdownBlocks.parse(text == null ? "" : text));
            if (!loading && article.get() != null) {
                dirty = true;
                notesState.set(messages.get("notes.editing"));
                pendingSave.run();
                pendingSave = delay.schedule(this::saveNotes, SAVE_AFTER);
            }
        });
    }

    /** Opens {@code a} (or clears the reader for null), saving the notes of the article open before. */
    public void open(Article a) {
        saveNotes();
        loading = true;
        try {
            article.set(a);
            title.set(a == null ? "" : a.title());
            byline.set(a == null ? "" : byline(a));
            url.set(a == null || a.url() == null ? "" : a.url());
            blocks.setAll(
                    a == null ? List.of() : MarkdownBlocks.parse(a.markdown().isBlank() ? a.text() : a.markdown()));
            notes.set(a == null ? "" : a.notes());
            notesPreview.setAll(MarkdownBlocks.parse(notes.get()));
            notesState.set("");
            related.set("");
            pendingRelated.run();
            pendingRelated = () -> {};
            if (a != null) {
                // Looked up once the article stays open a moment, so paging through hits or typing a
                // query (which opens the first hit each time) does not queue a related search per step.
                pendingRelated = delay.schedule(
                        () -> background.work().execute(() -> {
                            String line;
                            try {
                                line = describeRelated(search.related(a.id(), 5));
                            } catch (RuntimeException e) {
                                dev.gleaner.app.Logs.warning("related articles of " + a.id(), e);
                                line = "";
                            }
                            String shown = line;
                            background.ui().execute(() -> {
                                if (article.get() == a) {
                                    related.set(shown);
                                }
                            });
                        }),
                        RELATED_AFTER);
            }
        } finally {
            loading = false;
        }
    }

    private String byline(Article a) {
        StringBuilder s = new StringBuilder();
        if (a.siteName() != null && !a.siteName().isBlank()) {
            s.append(a.siteName());
        }
        if (!a.authors().isEmpty()) {
            s.append(s.isEmpty() ? "" : " · ").append(String.join(", ", a.authors()));
        }
        if (a.published() != null) {
            s.append(s.isEmpty() ? "" : " · ")
                    .append(a.published()
                            .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                                    .withLocale(messages.locale())));
        }
        return s.toString();
    }

    private String describeRelated(SearchOutcome outcome) {
        return switch (outcome) {
            case SearchOutcome.Unavailable u -> messages.get("related.unavailable");
            case SearchOutcome.Results r when r.hits().isEmpty() -> messages.get("related.none");
            case SearchOutcome.Results r ->
                String.join(
                        " · ", r.hits().stream().map(SearchOutcome.Hit::title).toList());
        };
    }

    /** Saves the notes now when they changed since the last save. */
    public void saveNotes() {
        pendingSave.run();
        pendingSave = () -> {};
        Article a = article.get();
        if (!dirty || a == null) {
            return;
        }
        dirty = false;
        String text = notes.get();
        try {
            library.setNotes(a.id(), text);
            notesState.set(messages.get("notes.saved"));
        } catch (RuntimeException e) {
            dirty = true;
            status.fail(messages.get("notes.saving"), e);
        }
    }

    /** {@return the open article, or null} */
    public ReadOnlyObjectProperty<Article> article() {
        return article;
    }

    /** {@return the open article's title} */
    public ReadOnlyStringProperty title() {
        return title;
    }

    /** {@return site, authors and date of the open article} */
    public ReadOnlyStringProperty byline() {
        return byline;
    }

    /** {@return the original link, empty for a local note} */
    public ReadOnlyStringProperty url() {
        return url;
    }

    /** {@return the article's body as blocks} */
    public ObservableList<MarkdownBlocks.Block> blocks() {
        return blocks;
    }

    /** {@return the notes being edited (Markdown); the editor writes it} */
    public StringProperty notes() {
        return notes;
    }

    /** {@return the notes as blocks, for the preview} */
    public ObservableList<MarkdownBlocks.Block> notesPreview() {
        return notesPreview;
    }

    /** {@return "editing…" / "saved" under the notes} */
    public ReadOnlyStringProperty notesState() {
        return notesState;
    }

    /** {@return the related articles line (or why there are none)} */
    public ReadOnlyStringProperty related() {
        return related;
    }

    /** {@return whether images in the open article may be loaded; off until the user allows them} */
    public BooleanProperty imagesAllowed() {
        return imagesAllowed;
    }
}
