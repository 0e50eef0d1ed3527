package dev.gleaner.app.issue;

import dev.gleaner.app.fx.Messages;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;

/** The confirmation before an export: where the post goes, what changes there, and a warning for a hand-edited file. */
final class IssueExportDialog {
    private IssueExportDialog() {}

    /** {@return the confirmation of {@code plan}: the path, the diff when the file exists, and "Overwrite anyway" for a file changed outside Gleaner} */
    static Alert of(IssueComposerViewModel.ExportPlan plan, Messages messages) {
        Alert alert = new Alert(plan.changedOutside() ? Alert.AlertType.WARNING : Alert.AlertType.CONFIRMATION);
        alert.setTitle(messages.get("issue.export"));
        String header = plan.changedOutside()
                ? "issue.confirmOverwrite"
                : plan.exists() ? "issue.confirmReplace" : "issue.confirmWrite";
        alert.setHeaderText(messages.get(header, plan.target()));
        ButtonType write = new ButtonType(
                messages.get(plan.changedOutside() ? "issue.overwrite" : "issue.write"), ButtonBar.ButtonData.OK_DONE);
        alert.getButtonTypes()
                .setAll(write, new ButtonType(messages.get("issue.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        if (plan.exists()) {
            TextArea diff = new TextArea(
                    plan.diff().isEmpty() ? messages.get("issue.sameFile") : String.join("\n", plan.diff()));
            diff.setEditable(false);
            diff.getStyleClass().add("issue-preview");
            diff.setPrefSize(760, 420);
            alert.getDialogPane().setContent(diff);
        }
        return alert;
    }
}
