package dev.gleaner.app.reader;

import dev.gleaner.app.fx.Background;
import dev.gleaner.app.fx.Delay;
import dev.gleaner.app.fx.Messages;
import dev.gleaner.app.fx.StatusModel;
import dev.gleaner.app.search.SearchOutcome;
import dev.gleaner.app.search.SearchService;
import dev.gleaner.core.library.Library;
import dev.gleaner.core.model.Article;
import dev.gleaner.ingest.html.Reextractor;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.function.Function;
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

    /**
     * How long the reader rests on an article before its related articles are looked up: moving
     * through the list with j/k starts no search per article passed, and at start-up the search
     * index opens after the window has been drawn.
     */
    public static final Duration RELATED_AFTER = Duration.ofMillis(400);

    private final Library library;
    private final dev.gleaner.app.usecase.Articles articles;
    private final SearchService search;
    private final Delay delay;
    private final Background background;
    private final StatusModel status;
    private final Messages messages;
    private final ObjectProperty<Article> article = new SimpleObjectProperty<>();
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty byline = new SimpleStringProperty("");
    private final StringProperty url = new SimpleStringProperty("");
    private final ObjectProperty<Body> body = new SimpleObjectProperty<>(new Body("", null));
    private final ObservableList<SearchOutcome.Hit> relatedArticles = FXCollections.observableArrayList();
    private final ObservableList<String> ownTags = FXCollections.observableArrayList();
    private final ObservableList<String> sourceTags = FXCollections.observableArrayList();
    private final StringProperty notes = new SimpleStringProperty("");
    private final StringProperty notesState = new SimpleStringProperty("");
    private final StringProperty related = new SimpleStringProperty("");
    private final StringProperty notice = new SimpleStringProperty("");
    private final BooleanProperty imagesAllowed = new SimpleBooleanProperty(false);
    private boolean loading;
    private Runnable pendingSave = () -> {};
    private Runnable pendingRelated = () -> {};
    private boolean dirty;
    private Function<Article, Reextractor.Outcome> reextractor;
    private Runnable changed = () -> {};
    private long readsAsked; // the latest related article asked for; an older one arriving late is dropped

    /** Creates the reader; it saves notes into {@code library} after {@code delay}. */
    public ReaderViewModel(
            Library library,
            dev.gleaner.app.usecase.Articles articles,
            SearchService search,
            Background background,
            Delay delay,
            StatusModel status,
            Messages messages) {
        this.library = library;
        this.articles = articles;
        this.background = background;
        this.search = search;
        this.delay = delay;
        this.status = status;
        this.messages = messages;
        notes.addListener((o, old, text) -> {
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
            body.set(a == null ? new Body("", null) : bodyOf(a));
            showTags(a, false);
            notes.set(a == null ? "" : a.notes());
            notesState.set("");
            related.set("");
            relatedArticles.clear();
            notice.set("");
            pendingRelated.run();
            pendingRelated = a == null ? () -> {} : delay.schedule(() -> findRelated(a), RELATED_AFTER);
        } finally {
            loading = false;
        }
    }

    /** Looks up the articles related to {@code a} in the background and shows them if it is still open. */
    private void findRelated(Article a) {
        pendingRelated = () -> {};
        if (article.get() != a) {
            return;
        }
        background.work().execute(() -> {
            String line;
            List<SearchOutcome.Hit> hits = List.of();
            try {
                SearchOutcome outcome = search.related(a.id(), 5);
                line = describeRelated(outcome);
                if (outcome instanceof SearchOutcome.Results r) {
                    hits = r.hits();
                }
            } catch (RuntimeException e) {
                dev.gleaner.app.Logs.warning("related articles of " + a.id(), e);
                line = "";
            }
            String shown = line;
            List<SearchOutcome.Hit> found = hits;
            background.ui().execute(() -> {
                if (article.get() == a) {
                    related.set(shown);
                    relatedArticles.setAll(found);
                }
            });
        });
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
        status.write(
                messages.get("notes.saving"),
                p -> {
                    try {
                        articles.setNotes(a.id(), text);
                    } catch (RuntimeException e) {
                        // Not stored: the next edit or leaving the article tries again.
                        background.ui().execute(() -> {
                            if (article.get() == a) {
                                dirty = true;
                            }
                        });
                        throw e;
                    }
                    return a;
                },
                saved -> {
                    if (article.get() == saved && !dirty) {
                        notesState.set(messages.get("notes.saved"));
                    }
                });
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

    /**
     * The body of the open article.
     *
     * @param markdown its Markdown (its text when it has none)
     * @param base what its relative links and images are read against: its URL, or the folder of a
     *     note's file; null when it has neither
     */
    public record Body(String markdown, URI base) {
        public Body {
            java.util.Objects.requireNonNull(markdown, "markdown");
        }
    }

    /** {@return the open article's body; a new value each time an article opens or changes} */
    public ReadOnlyObjectProperty<Body> body() {
        return body;
    }

    private static Body bodyOf(Article a) {
        return new Body(a.markdown().isBlank() ? a.text() : a.markdown(), baseOf(a));
    }

    /** {@return the related articles, each a link to open it} */
    public ObservableList<SearchOutcome.Hit> relatedArticles() {
        return relatedArticles;
    }

    /** {@return the notes being edited (Markdown); the editor writes it} */
    public StringProperty notes() {
        return notes;
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

    /** {@return the base of relative links and images of {@code a}: its web address, else its file's folder} */
    static URI baseOf(Article a) {
        if (a.url() != null && (a.url().startsWith("http://") || a.url().startsWith("https://"))) {
            try {
                return new URI(a.url().replace(" ", "%20"));
            } catch (java.net.URISyntaxException e) {
                // An address that is no URI leaves relative links unresolved; the rest shows.
            }
        }
        if (a.sourcePath() != null && !a.sourcePath().isBlank()) {
            try {
                Path folder = Path.of(a.sourcePath()).toAbsolutePath().getParent();
                return folder == null ? null : folder.toUri();
            } catch (java.nio.file.InvalidPathException e) {
                return null;
            }
        }
        return null;
    }

    /** {@return what the last action on the open article did (such as Extract again), or empty} */
    public ReadOnlyStringProperty notice() {
        return notice;
    }

    /** Opens the related article {@code id} in the reader, read on the work thread. */
    public void openRelated(long id) {
        long mine = ++readsAsked;
        status.write(messages.get("status.loading"), p -> library.article(id), read -> {
            if (mine == readsAsked) {
                read.ifPresent(this::open);
            }
        });
    }

    /** {@return the tags the reader added to the open article; they can be removed} */
    public ObservableList<String> ownTags() {
        return ownTags;
    }

    /** {@return the tags the open article came with from its source; they stay} */
    public ObservableList<String> sourceTags() {
        return sourceTags;
    }

    /**
     * Shows the tags of {@code a}: the reader's own are read on the work thread (after the writes
     * before), and both rows are filled when they arrive and {@code a} is still open; the rows of
     * another article are emptied at once, not left standing. The rows of the
     * {@code same} article shown again stay as they are meanwhile.
     */
    private void showTags(Article a, boolean same) {
        if (a == null) {
            ownTags.clear();
            sourceTags.clear();
            return;
        }
        if (!same) {
            // Another article: its tags (which hold the reader's own) show once they are told apart.
            ownTags.clear();
            sourceTags.clear();
        }
        status.write(messages.get("status.loading"), p -> library.userTags(a.id()), own -> {
            if (article.get() != a) {
                return;
            }
            ownTags.setAll(own);
            sourceTags.setAll(a.tags().stream()
                    .filter(t -> own.stream().noneMatch(o -> o.equalsIgnoreCase(t)))
                    .toList());
        });
    }

    /** Runs {@code r} after the open article changed in the library (tags, re-extraction), so lists can follow. */
    public void onChange(Runnable r) {
        changed = java.util.Objects.requireNonNull(r, "r");
    }

    /**
     * Adds the reader's own tags to the open article, as {@code gleaner tag add} does; {@code text}
     * may hold several, separated by commas.
     */
    public void addTags(String text) {
        Article a = article.get();
        if (a == null || text == null || text.isBlank()) {
            return;
        }
        List<String> tags = java.util.Arrays.stream(text.split(","))
                .map(String::strip)
                .filter(t -> !t.isEmpty())
                .toList();
        changeTags(a, () -> articles.addTags(a.id(), tags));
    }

    /** Changes the tags of {@code a} on the work thread, then shows it again when it is still open. */
    private void changeTags(Article a, Runnable change) {
        status.write(
                messages.get("reader.tags.failed"),
                p -> {
                    change.run();
                    return a.id();
                },
                id -> {
                    if (article.get() != null && article.get().id() == id) {
                        reload(id);
                    }
                });
    }

    /** Removes a tag the reader added to the open article, as {@code gleaner tag remove} does. */
    public void removeTag(String tag) {
        Article a = article.get();
        if (a == null) {
            return;
        }
        changeTags(a, () -> articles.removeTags(a.id(), List.of(tag)));
    }

    /** Re-extracts articles with {@code reextractor} (the one {@code gleaner reextract} uses). */
    public void reextractWith(Function<Article, Reextractor.Outcome> reextractor) {
        this.reextractor = reextractor;
    }

    /**
     * Extracts the open article again from the page stored with it, in the background, and shows
     * the result; the status line says what changed.
     */
    public void reextract() {
        Article a = article.get();
        if (a == null || reextractor == null) {
            return;
        }
        saveNotes();
        background.work().execute(() -> {
            Reextractor.Outcome outcome;
            try {
                outcome = reextractor.apply(a);
            } catch (RuntimeException e) {
                background.ui().execute(() -> status.fail(messages.get("reader.reextract.failed", a.title()), e));
                return;
            }
            background.ui().execute(() -> {
                // First the article and the lists, whose loading clears the status line; then the news.
                if (article.get() != null && article.get().id() == a.id()) {
                    reload(a.id());
                }
                String said = switch (outcome) {
                    case Reextractor.Changed c -> messages.get("reader.reextract.changed", c.title());
                    case Reextractor.Unchanged u -> messages.get("reader.reextract.unchanged", u.title());
                    case Reextractor.Skipped k -> messages.get("reader.reextract.skipped", k.title(), k.reason());
                    case Reextractor.Failed f -> messages.get("reader.reextract.failed", f.title()) + " " + f.reason();
                };
                if (article.get() != null && article.get().id() == a.id()) {
                    notice.set(said);
                }
                if (outcome instanceof Reextractor.Skipped || outcome instanceof Reextractor.Failed) {
                    status.tell(said);
                }
            });
        });
    }

    /**
     * Shows the stored state of article {@code id} again (it is the open one), read on the work
     * thread, and tells the lists.
     */
    private void reload(long id) {
        status.write(messages.get("status.loading"), p -> library.article(id), read -> {
            Article open = article.get();
            if (read.isPresent() && open != null && open.id() == id) {
                showReloaded(read.get());
            }
        });
    }

    private void showReloaded(Article now) {
        loading = true;
        try {
            article.set(now);
            title.set(now.title());
            byline.set(byline(now));
            body.set(bodyOf(now));
            showTags(now, true);
        } finally {
            loading = false;
        }
        changed.run();
    }
}
