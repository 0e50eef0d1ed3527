package dev.gleaner.app.issue;

import dev.gleaner.app.fx.Messages;
import dev.gleaner.app.fx.StatusModel;
import dev.gleaner.core.issue.Issue;
import dev.gleaner.exporter.hugo.HugoExporter;
import java.util.List;
import java.util.function.Consumer;

/**
 * The composer's export: the plan shown for confirmation (where the post goes, what changes there,
 * whether the file was edited by hand) and the export itself. Whether a file was changed outside
 * Gleaner is the exporter's decision ({@link HugoExporter#plan}); this class only shows it.
 */
final class IssueExport {
    private final IssueService service;
    private final StatusModel status;
    private final Messages messages;
    private final IssueSaver saver;
    private final IssueEditor editor;

    IssueExport(IssueService service, StatusModel status, Messages messages, IssueSaver saver, IssueEditor editor) {
        this.service = service;
        this.status = status;
        this.messages = messages;
        this.saver = saver;
        this.editor = editor;
    }

    /** {@return the confirmation's plan for what the exporter found} */
    static IssueComposerViewModel.ExportPlan planOf(HugoExporter.Plan plan) {
        if (plan.current() == null) {
            return new IssueComposerViewModel.ExportPlan(plan.target(), false, List.of());
        }
        return new IssueComposerViewModel.ExportPlan(
                plan.target(), true, LineDiff.diff(plan.current(), plan.rendered()), plan.changedOutside());
    }

    /** Works out where the open issue goes and what changes there, then hands the plan to {@code confirm}. */
    void prepare(Consumer<IssueComposerViewModel.ExportPlan> confirm) {
        Issue issue = editor.editing().get();
        if (issue == null) {
            return;
        }
        status.load(
                messages.get("issue.preparing"),
                p -> {
                    saver.flush();
                    return planOf(service.plan(issue));
                },
                confirm);
    }

    /** Writes the open issue into the Hugo site; {@code overwrite} writes even over a file changed outside Gleaner. */
    void export(boolean overwrite) {
        Issue issue = editor.editing().get();
        if (issue == null) {
            return;
        }
        status.run(
                messages.get("issue.exporting"),
                p -> {
                    saver.flush();
                    return service.export(issue, overwrite);
                },
                path -> {
                    status.note(messages.get("issue.exported", path.toString()));
                    editor.derive();
                });
    }
}
