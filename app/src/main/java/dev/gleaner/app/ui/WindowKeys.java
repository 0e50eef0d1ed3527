package dev.gleaner.app.ui;

import dev.gleaner.app.fx.Messages;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;

/**
 * The window's keys: one action per {@link Shortcut}, the key presses that run them, and the list
 * of keys shown by {@code ?}, built from the same table. FX thread only.
 */
final class WindowKeys {
    private final Map<Shortcut, Runnable> actions = new EnumMap<>(Shortcut.class);
    private final Messages messages;

    WindowKeys(Messages messages) {
        this.messages = messages;
    }

    /** Binds {@code action} to {@code shortcut}. */
    void put(Shortcut shortcut, Runnable action) {
        actions.put(shortcut, action);
    }

    /** {@return the shortcuts that have an action} */
    Set<Shortcut> bound() {
        return Collections.unmodifiableSet(actions.keySet());
    }

    /**
     * Runs the action of the key pressed, if it has one here and now: Space and Enter stay with a
     * focused button, check box or menu, and while no articles are in view only the keys meant for
     * everywhere act. {@return whether the key ran an action (and was consumed)}
     */
    boolean handle(KeyEvent e, Node focus, boolean articlesShown) {
        if ((e.getCode() == KeyCode.SPACE || e.getCode() == KeyCode.ENTER)
                && (focus instanceof ButtonBase
                        || focus instanceof ComboBoxBase<?>
                        || focus instanceof ChoiceBox<?>
                        || focus instanceof TabPane)) {
            return false;
        }
        Shortcut shortcut = Shortcut.of(e, focus instanceof TextInputControl);
        Runnable action = shortcut == null ? null : actions.get(shortcut);
        if (action == null || !articlesShown && !shortcut.everywhere()) {
            return false;
        }
        e.consume();
        action.run();
        return true;
    }

    /** {@return the dialog listing every bound key and what it does, styled as {@code scene}, not shown yet} */
    Dialog<Void> dialog(Scene scene) {
        GridPane grid = new GridPane(24, 6);
        grid.getStyleClass().add("keys-list");
        Label keyHead = new Label(messages.get("keys.key"));
        Label actionHead = new Label(messages.get("keys.action"));
        keyHead.getStyleClass().add("keys-head");
        actionHead.getStyleClass().add("keys-head");
        grid.addRow(0, keyHead, actionHead);
        int row = 1;
        for (Shortcut s : Shortcut.values()) {
            if (!actions.containsKey(s)) {
                continue;
            }
            Label key = new Label(s.label());
            key.getStyleClass().add("keys-key");
            grid.addRow(row++, key, new Label(messages.get(s.messageKey())));
        }
        Dialog<Void> keys = new Dialog<>();
        keys.setTitle(messages.get("keys.title"));
        keys.setHeaderText(messages.get("keys.title"));
        keys.getDialogPane().setContent(grid);
        keys.getDialogPane().getStyleClass().add("keys-dialog");
        keys.getDialogPane()
                .getButtonTypes()
                .add(new ButtonType(messages.get("keys.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        keys.getDialogPane().getStylesheets().addAll(scene.getStylesheets());
        keys.getDialogPane().setStyle(scene.getRoot().getStyle());
        keys.initOwner(scene.getWindow());
        return keys;
    }
}
