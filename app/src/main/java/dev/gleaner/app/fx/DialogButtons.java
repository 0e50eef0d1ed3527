package dev.gleaner.app.fx;

import java.util.List;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;

/**
 * The buttons of the platform's dialogs in the language Gleaner shows. JavaFX names its OK, Cancel
 * and Close buttons (and an alert's title) in the language of the system, so a Korean window on an
 * English system asked "OK / Cancel"; these dialogs get Gleaner's own buttons with the same roles
 * instead, so what a dialog returns and which key presses them stay the same.
 */
public final class DialogButtons {
    private DialogButtons() {}

    /** Names the OK, Cancel and Close buttons of {@code dialog} with {@code messages}, titled {@code title}. {@return the dialog} */
    public static <D extends Dialog<?>> D inLanguage(D dialog, Messages messages, String title) {
        dialog.setTitle(title);
        List<ButtonType> own = dialog.getDialogPane().getButtonTypes().stream()
                .map(b -> b == ButtonType.OK
                        ? new ButtonType(messages.get("dialog.ok"), b.getButtonData())
                        : b == ButtonType.CANCEL
                                ? new ButtonType(messages.get("issue.cancel"), b.getButtonData())
                                : b == ButtonType.CLOSE
                                        ? new ButtonType(messages.get("dialog.close"), b.getButtonData())
                                        : b)
                .toList();
        dialog.getDialogPane().getButtonTypes().setAll(own);
        return dialog;
    }
}
