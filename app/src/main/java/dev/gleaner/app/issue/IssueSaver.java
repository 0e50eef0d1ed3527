package dev.gleaner.app.issue;

import dev.gleaner.app.fx.Background;
import dev.gleaner.app.fx.Messages;
import dev.gleaner.app.fx.StatusModel;
import dev.gleaner.core.issue.Issue;
import java.util.concurrent.atomic.AtomicReference;

/** Saves the composer's edits in the background, one at a time, the latest version winning. */
final class IssueSaver {
    private final IssueService service;
    private final Background background;
    private final StatusModel status;
    private final Messages messages;
    private final AtomicReference<Issue> pending = new AtomicReference<>();
    private final Object lock = new Object();

    IssueSaver(IssueService service, Background background, StatusModel status, Messages messages) {
        this.service = service;
        this.background = background;
        this.status = status;
        this.messages = messages;
    }

    /** Queues {@code issue} to be saved. */
    void save(Issue issue) {
        pending.set(issue);
        background.work().execute(this::flush);
    }

    /** Saves what is queued now, on the calling thread. */
    void flush() {
        synchronized (lock) {
            Issue next = pending.getAndSet(null);
            if (next == null) {
                return;
            }
            try {
                service.save(next);
            } catch (RuntimeException e) {
                background.ui().execute(() -> status.fail(messages.get("issue.saving"), e));
            }
        }
    }
}
