package dev.gleaner.app.issue;

import dev.gleaner.app.fx.Background;
import dev.gleaner.app.fx.Messages;
import dev.gleaner.app.fx.StatusModel;
import dev.gleaner.core.issue.Issue;
import dev.gleaner.core.model.Article;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Adding to the open issue in the composer: a link typed or pasted (the library's article with that
 * address, else the page clipped at once), any library article found by words, and a note without a
 * link, which is given its link first.
 */
public final class IssueAdder {
    /** How many articles the finder lists. */
    static final int FOUND = 30;

    private final IssueComposerViewModel composer;
    private final IssueService service;
    private final Background background;
    private final StatusModel status;
    private final Messages messages;
    private final StringProperty text = new SimpleStringProperty("");
    private final ObservableList<Article> found = FXCollections.observableArrayList();
    private final ObjectProperty<Article> needsLink = new SimpleObjectProperty<>();
    private final StringProperty link = new SimpleStringProperty("");
    private long generation;

    IssueAdder(
            IssueComposerViewModel composer,
            IssueService service,
            Background background,
            StatusModel status,
            Messages messages) {
        this.composer = composer;
        this.service = service;
        this.background = background;
        this.status = status;
        this.messages = messages;
        text.addListener((o, a, b) -> find(b));
    }

    /** {@return whether {@code text} is one web address, which "Add" clips rather than looks up} */
    public static boolean isLink(String text) {
        String t = text == null ? "" : text.strip();
        return (t.startsWith("http://") || t.startsWith("https://"))
                && t.codePoints().noneMatch(Character::isWhitespace);
    }

    private void find(String words) {
        long mine = ++generation;
        if (words == null || words.isBlank() || isLink(words)) {
            found.clear();
            return;
        }
        background.work().execute(() -> {
            try {
                List<Article> hits = service.findArticles(words, FOUND);
                background.ui().execute(() -> {
                    if (mine == generation) {
                        found.setAll(hits);
                    }
                });
            } catch (RuntimeException e) {
                background.ui().execute(() -> status.fail(messages.get("issue.finding"), e));
            }
        });
    }

    /**
     * Adds what is typed: a web address as a new last item (clipping the page when the library does
     * not have it), else the first article found.
     */
    public void add() {
        String t = text.get() == null ? "" : text.get().strip();
        if (isLink(t)) {
            Issue issue = composer.editing().get();
            if (issue == null) {
                status.tell(messages.get("issue.noneOpen"));
                return;
            }
            status.run(
                    messages.get("issue.addingLink", t),
                    p -> {
                        composer.flushEdits();
                        return service.addLink(issue, t);
                    },
                    done -> {
                        added(done.issue());
                        if (done.fetchFailed() != null) {
                            status.tell(messages.get("issue.linkAlone", t, done.fetchFailed()));
                        }
                    });
        } else if (!found.isEmpty()) {
            add(found.getFirst());
        } else if (!t.isEmpty()) {
            status.tell(messages.get("issue.nothingFound", t));
        }
    }

    /** Adds {@code article} to the open issue; a note without a link asks for its link first. */
    public void add(Article article) {
        if (article == null) {
            return;
        }
        if (article.url() == null) {
            needLink(article);
            return;
        }
        Issue issue = composer.editing().get();
        if (issue == null) {
            status.tell(messages.get("issue.noneOpen"));
            return;
        }
        status.run(
                messages.get("issue.add"),
                p -> {
                    composer.flushEdits();
                    return service.addArticle(issue, article.id());
                },
                this::added);
    }

    private void added(Issue issue) {
        text.set("");
        composer.reopen(issue, true);
    }

    /** Asks for the link of {@code note}, an article without one, before it can go into an issue. */
    void needLink(Article note) {
        link.set("");
        needsLink.set(note);
        status.tell(messages.get("issue.needsLink", note.title()));
    }

    /** Gives the note waiting for its link the link typed, then adds it to the open issue (else the newest draft). */
    public void giveLink() {
        Article note = needsLink.get();
        if (note == null) {
            return;
        }
        String url = link.get() == null ? "" : link.get().strip();
        if (!isLink(url)) {
            status.tell(messages.get("issue.badLink", url));
            return;
        }
        Issue issue = composer.editing().get();
        status.run(
                messages.get("issue.linking", note.title()),
                p -> {
                    composer.flushEdits();
                    service.setLink(note.id(), url);
                    if (issue != null) {
                        return service.addArticle(issue, note.id());
                    }
                    service.addToIssue(note.id());
                    return null;
                },
                updated -> {
                    needsLink.set(null);
                    link.set("");
                    status.dismissError();
                    if (updated != null) {
                        added(updated);
                    } else {
                        composer.load();
                    }
                });
    }

    /** Leaves the note without a link. */
    public void cancelLink() {
        needsLink.set(null);
        link.set("");
        status.dismissError();
    }

    /** {@return the Add field: a web address, or words to find library articles by} */
    public StringProperty text() {
        return text;
    }

    /** {@return the library articles the words in the Add field find} */
    public ObservableList<Article> found() {
        return found;
    }

    /** {@return the note waiting for its link, or null} */
    public ReadOnlyObjectProperty<Article> needsLink() {
        return needsLink;
    }

    /** {@return the link typed for the note waiting for one} */
    public StringProperty link() {
        return link;
    }
}
