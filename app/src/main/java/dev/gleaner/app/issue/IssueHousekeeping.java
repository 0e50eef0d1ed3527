package dev.gleaner.app.issue;

import dev.gleaner.app.fx.Messages;
import dev.gleaner.app.fx.StatusModel;
import dev.gleaner.core.issue.Issue;
import java.nio.file.Path;

/**
 * The composer's actions on whole issues and series: start the next issue, renumber or delete the
 * open one, rename or delete its series, and read a Hugo folder back into issues. Each runs in the
 * background and then opens the issue it leaves to work on.
 */
public final class IssueHousekeeping {
    private final IssueComposerViewModel composer;
    private final IssueService service;
    private final StatusModel status;
    private final Messages messages;

    IssueHousekeeping(IssueComposerViewModel composer, IssueService service, StatusModel status, Messages messages) {
        this.composer = composer;
        this.service = service;
        this.status = status;
        this.messages = messages;
    }

    /**
     * Starts the next issue (of the series listed, else of the open issue's, else the first) over
     * the last full week and opens it.
     */
    public void newIssue() {
        if (!service.available()) {
            status.tell(messages.get("issue.unavailable"));
            return;
        }
        String in = composer.shownSeries().get() != null
                ? composer.shownSeries().get()
                : composer.editing().get() == null
                        ? null
                        : composer.editing().get().series();
        status.run(
                messages.get("issue.creating"),
                p -> {
                    composer.flushEdits();
                    return service.newIssue(in);
                },
                made -> {
                    composer.noteWhenOpen(messages.get("issue.created", made.title()));
                    composer.reopen(made);
                });
    }

    /** Gives the open issue the number typed in {@link #number()}, or says why it cannot. */
    public void renumber() {
        Issue current = composer.editing().get();
        if (current == null) {
            return;
        }
        int n;
        try {
            n = Integer.parseInt(composer.number().get().strip().replaceFirst("^#", ""));
        } catch (NumberFormatException e) {
            n = -1;
        }
        if (n < 1) {
            status.tell(messages.get("issue.badNumber", composer.number().get().strip()));
            composer.number().set(Integer.toString(current.number()));
            return;
        }
        if (n == current.number()) {
            return;
        }
        int to = n;
        status.run(
                messages.get("issue.renumbering", to),
                p -> {
                    composer.flushEdits();
                    return service.renumber(current, to);
                },
                composer::reopen);
        // A refused number goes back to the issue's own.
        if (composer.editing().get() == current) {
            composer.number().set(Integer.toString(current.number()));
        }
    }

    /** Deletes the open issue (its articles stay, an exported post stays on disk) and opens the newest left. */
    public void deleteOpen() {
        Issue current = composer.editing().get();
        if (current == null) {
            return;
        }
        status.run(
                messages.get("issue.deleting", current.title()),
                p -> {
                    composer.flushEdits();
                    service.delete(current);
                    return current;
                },
                gone -> {
                    composer.noteWhenOpen(messages.get("issue.deleted", gone.title()));
                    composer.openNewest();
                });
    }

    /** Renames the open issue's series to {@code name}, its issues with it. */
    public void renameSeries(String name) {
        Issue current = composer.editing().get();
        if (current == null || name == null || name.isBlank() || name.strip().equals(current.series())) {
            return;
        }
        String to = name.strip();
        status.run(
                messages.get("issue.renamingSeries", current.series(), to),
                p -> {
                    composer.flushEdits();
                    service.renameSeries(current.series(), to);
                    return service.issue(to, current.number());
                },
                renamed -> {
                    if (current.series().equals(composer.shownSeries().get())) {
                        composer.showOnly(to);
                    }
                    composer.reopen(renamed);
                });
    }

    /** Deletes the open issue's series and all its issues (their articles and exported posts stay). */
    public void deleteSeries() {
        Issue current = composer.editing().get();
        if (current == null) {
            return;
        }
        String name = current.series();
        status.run(
                messages.get("issue.deletingSeries", name),
                p -> {
                    composer.flushEdits();
                    return service.deleteSeries(name);
                },
                n -> {
                    composer.noteWhenOpen(messages.get("issue.deletedSeries", name, n));
                    if (name.equals(composer.shownSeries().get())) {
                        composer.showOnly(null);
                    }
                    composer.openNewest();
                });
    }

    /** Reads the Hugo posts in {@code folder} back into issues, then opens the newest of them. */
    public void importHugo(Path folder) {
        if (folder == null) {
            return;
        }
        status.run(
                messages.get("issue.importingHugo", folder.toString()),
                p -> {
                    composer.flushEdits();
                    return service.importHugo(folder);
                },
                imported -> {
                    composer.noteWhenOpen(imported.said());
                    composer.showOnly(null);
                    if (imported.newest() != null) {
                        composer.reopen(imported.newest());
                    } else {
                        composer.openNewest();
                    }
                });
    }
}
