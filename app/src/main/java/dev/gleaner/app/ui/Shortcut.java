package dev.gleaner.app.ui;

import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Every key the main window answers, in the order the key list ({@code ?}) shows them. The window
 * binds one action to each and the list is built from this table, so the two cannot drift apart.
 * Keys are known by their key code, not the character they type, so they work with an input method
 * (Hangul) on; a key without a modifier acts only while the focus is not in a text field.
 */
public enum Shortcut {
    NEXT_ARTICLE(key("j", KeyCode.J)),
    PREVIOUS_ARTICLE(key("k", KeyCode.K)),
    NEXT_UNREAD(key("n", KeyCode.N)),
    PREVIOUS_UNREAD(key("p", KeyCode.P)),
    PAGE_DOWN(key("Space", KeyCode.SPACE)),
    PAGE_UP(shifted("Shift+Space", KeyCode.SPACE)),
    MARK_READ(key("r", KeyCode.R)),
    MARK_UNREAD(key("u", KeyCode.U)),
    MARK_ALL_READ(shifted("Shift+K", KeyCode.K)),
    STAR(key("s", KeyCode.S)),
    OPEN_IN_BROWSER(key("o", KeyCode.O), key("Enter", KeyCode.ENTER)),
    DELETE(key("Delete", KeyCode.DELETE), key("Backspace", KeyCode.BACK_SPACE)),
    UNDO(new Key("Ctrl+Z", KeyCode.Z, false, true, false)),
    ADD_TO_ISSUE(key("a", KeyCode.A)),
    EDIT_NOTES(key("e", KeyCode.E)),
    SEARCH(key("/", KeyCode.SLASH), new Key("Ctrl+K", KeyCode.K, false, true, true)),
    LEAVE_FIELD(new Key("Esc", KeyCode.ESCAPE, false, false, true)),
    SHOW_KEYS(shifted("?", KeyCode.SLASH));

    /**
     * One key of a shortcut.
     *
     * @param label how the key list names it ("Ctrl" reads "⌘" on macOS)
     * @param code the key's code
     * @param shift whether Shift is held
     * @param shortcut whether the platform's shortcut modifier (Ctrl, ⌘) is held
     * @param inFields whether it also acts while the focus is in a text field
     */
    public record Key(String label, KeyCode code, boolean shift, boolean shortcut, boolean inFields) {
        public Key {
            java.util.Objects.requireNonNull(label, "label");
            java.util.Objects.requireNonNull(code, "code");
        }

        /** {@return whether {@code e}, a key press, is this key} */
        public boolean matches(KeyEvent e) {
            return e.getCode() == code
                    && e.isShiftDown() == shift
                    && e.isShortcutDown() == shortcut
                    && !e.isAltDown()
                    && (shortcut || !e.isControlDown() && !e.isMetaDown());
        }

        /** {@return the label as the platform names the modifier} */
        public String shownLabel() {
            boolean mac = System.getProperty("os.name", "")
                    .toLowerCase(java.util.Locale.ROOT)
                    .contains("mac");
            return mac && shortcut ? label.replace("Ctrl+", "⌘") : label;
        }
    }

    private final List<Key> keys;

    Shortcut(Key... keys) {
        this.keys = List.of(keys);
    }

    private static Key key(String label, KeyCode code) {
        return new Key(label, code, false, false, false);
    }

    private static Key shifted(String label, KeyCode code) {
        return new Key(label, code, true, false, false);
    }

    /** {@return the keys that trigger it, the first one being the main one} */
    public List<Key> keys() {
        return keys;
    }

    /** {@return whether it acts in every view; the others act on articles, only where they are listed} */
    public boolean everywhere() {
        return this == SEARCH || this == LEAVE_FIELD || this == SHOW_KEYS;
    }

    /** {@return the message key of what it does, for the key list} */
    public String messageKey() {
        return "keys." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '.');
    }

    /** {@return the keys as the key list shows them: "o, Enter"} */
    public String label() {
        return String.join(", ", keys.stream().map(Key::shownLabel).toList());
    }

    /**
     * {@return the shortcut that {@code e} (a key press) triggers, or null; {@code typing} tells that
     * the focus is in a text field, where only keys with a modifier and Esc act}
     */
    public static Shortcut of(KeyEvent e, boolean typing) {
        for (Shortcut s : values()) {
            for (Key k : s.keys) {
                if (k.matches(e) && (!typing || k.inFields())) {
                    return s;
                }
            }
        }
        return null;
    }
}
