package dev.gleaner.app.issue;

import dev.gleaner.app.ui.Background;
import dev.gleaner.app.ui.Messages;
import dev.gleaner.app.ui.StatusModel;
import dev.gleaner.core.model.Article;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Issues view and the composer: the issues newest first, the one open, and "add to issue"
 * (a). Says plainly when the issue model is not available in this build.
 */
public final class IssueComposerViewModel {
    private final IssueService service;
    private final Background background;
    private final StatusModel status;
    private final Messages messages;
    private final SimpleBooleanProperty available = new SimpleBooleanProperty();
    private final StringProperty note = new SimpleStringProperty("");
    private final ObservableList<IssueService.IssueSummary> issues = FXCollections.observableArrayList();
    private final ObjectProperty<IssueService.IssueSummary> open = new SimpleObjectProperty<>();

    /** Creates the composer's model over {@code service}. */
    public IssueComposerViewModel(IssueService service, Background background, StatusModel status, Messages messages) {
        this.service = service;
        this.background = background;
        this.status = status;
        this.messages = messages;
        available.set(service.available());
        note.set(service.available() ? "" : messages.get("issue.unavailable"));
    }

    /** Loads the issues in the background and opens the newest. */
    public void load() {
        if (!service.available()) {
            return;
        }
        background.work().execute(() -> {
            var list = service.issues();
            background.ui().execute(() -> {
                issues.setAll(list);
                open.set(list.isEmpty() ? null : list.getFirst());
                note.set(list.isEmpty() ? messages.get("issue.none") : "");
            });
        });
    }

    /** Adds {@code article} to the open issue, or says why it cannot. */
    public void add(Article article) {
        if (article == null) {
            return;
        }
        if (!service.available()) {
            status.tell(messages.get("issue.unavailable"));
            return;
        }
        status.run(
                messages.get("issue.add"),
                p -> {
                    service.addToIssue(article.id());
                    return null;
                },
                x -> load());
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
}
