package dev.gleaner.app.settings;

import dev.gleaner.app.ui.Messages;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

/** The settings dialog: workspace, Hugo site, theme, language and text size. */
public final class SettingsView {
    private final Dialog<Void> dialog = new Dialog<>();

    /** Builds the dialog over {@code vm}; {@code workspace} is shown for reference. */
    public SettingsView(SettingsViewModel vm, Messages messages, String workspace) {
        dialog.setTitle(messages.get("settings.title"));
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        grid.addRow(0, new Label(messages.get("settings.workspace")), new Label(workspace));
        TextField hugo = new TextField();
        hugo.setPrefColumnCount(30);
        hugo.textProperty().bindBidirectional(vm.hugoSite());
        grid.addRow(1, new Label(messages.get("settings.hugo")), hugo);
        ComboBox<SettingsViewModel.Theme> theme = new ComboBox<>();
        theme.getItems().setAll(SettingsViewModel.Theme.values());
        theme.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(SettingsViewModel.Theme t) {
                return t == null
                        ? ""
                        : messages.get("settings.theme." + t.name().toLowerCase(java.util.Locale.ROOT));
            }

            @Override
            public SettingsViewModel.Theme fromString(String s) {
                return null;
            }
        });
        theme.valueProperty().bindBidirectional(vm.theme());
        grid.addRow(2, new Label(messages.get("settings.theme")), theme);
        ComboBox<String> language = new ComboBox<>();
        language.getItems().setAll("ko", "en");
        language.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String s) {
                return s == null ? "" : "ko".equals(s) ? "한국어" : "English";
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        language.valueProperty().bindBidirectional(vm.language());
        grid.addRow(
                3,
                new Label(messages.get("settings.language")),
                language,
                new Label(messages.get("settings.languageNow")));
        // The window rebuilds itself in the new language and opens this dialog again in it.
        vm.language().addListener((o, a, b) -> dialog.close());
        Spinner<Integer> size = new Spinner<>(
                SettingsViewModel.MIN_TEXT,
                SettingsViewModel.MAX_TEXT,
                vm.textSize().get());
        size.valueProperty().addListener((o, a, b) -> vm.textSize().set(b));
        grid.addRow(4, new Label(messages.get("settings.textSize")), size);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
    }

    /** Shows the dialog and waits until it is closed. */
    public void show(javafx.stage.Window owner) {
        dialog.initOwner(owner);
        dialog.showAndWait();
    }
}
