package dev.gleaner.app.settings;

import dev.gleaner.app.fx.Messages;
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

    /** Builds the dialog over {@code vm} without the series part; {@code workspace} is shown for reference. */
    public SettingsView(SettingsViewModel vm, Messages messages, String workspace) {
        this(vm, null, messages, workspace);
    }

    /** Builds the dialog over {@code vm} and the series settings {@code series}; {@code workspace} is shown for reference. */
    public SettingsView(SettingsViewModel vm, SeriesSettingsViewModel series, Messages messages, String workspace) {
        this(vm, series, null, messages, workspace);
    }

    /**
     * Builds the dialog over the values {@code loader} reads (call its {@link SettingsLoader#read}):
     * the controls wait for them, and a line says that they are being read or why they could not be.
     */
    public SettingsView(SettingsLoader loader, Messages messages, String workspace) {
        this(loader.settings(), loader.series(), loader, messages, workspace);
    }

    private SettingsView(
            SettingsViewModel vm,
            SeriesSettingsViewModel series,
            SettingsLoader loader,
            Messages messages,
            String workspace) {
        dialog.setTitle(messages.get("settings.title"));
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        grid.addRow(0, new Label(messages.get("settings.workspace")), new Label(workspace));
        TextField hugo = new TextField();
        hugo.setPrefColumnCount(30);
        hugo.getStyleClass().add("hugo-site");
        hugo.textProperty().bindBidirectional(vm.hugoSite());
        javafx.scene.control.Button chooseHugo = new javafx.scene.control.Button(messages.get("settings.choose"));
        chooseHugo.setOnAction(e -> chooseFolder(hugo));
        grid.addRow(1, new Label(messages.get("settings.hugo")), new javafx.scene.layout.HBox(6, hugo, chooseHugo));
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
        // Next to the list, not in a third column the fields leave no room for ("…").
        Label languageNow = new Label(messages.get("settings.languageNow"));
        languageNow.getStyleClass().add("language-now");
        languageNow.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.HBox languageRow = new javafx.scene.layout.HBox(8, language, languageNow);
        languageRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        grid.addRow(3, new Label(messages.get("settings.language")), languageRow);
        // The window rebuilds itself in the new language and opens this dialog again in it.
        vm.language().addListener((o, a, b) -> dialog.close());
        Spinner<Integer> size = new Spinner<>(
                SettingsViewModel.MIN_TEXT,
                SettingsViewModel.MAX_TEXT,
                vm.textSize().get());
        size.valueProperty().addListener((o, a, b) -> vm.textSize().set(b));
        follow(vm.textSize(), size);
        grid.addRow(4, new Label(messages.get("settings.textSize")), size);
        Spinner<Integer> readAfter = new Spinner<>(
                0, SettingsViewModel.MAX_READ_AFTER, vm.readAfter().get());
        readAfter.getStyleClass().add("read-after");
        readAfter.setEditable(true);
        readAfter.valueProperty().addListener((o, a, b) -> vm.readAfter().set(b));
        follow(vm.readAfter(), readAfter);
        grid.addRow(5, new Label(messages.get("settings.readAfter")), readAfter);
        if (series != null) {
            seriesRows(grid, 6, series, messages);
        }
        // The names on the left are never cut ("Hugo site fo…"): the fields give way instead.
        for (javafx.scene.Node n : grid.getChildren()) {
            if (n instanceof Label l && GridPane.getColumnIndex(n) != null && GridPane.getColumnIndex(n) == 0) {
                l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            }
        }
        if (loader != null) {
            waitFor(loader, grid);
        }
        dialog.getDialogPane().setContent(grid);
        // The platform's ButtonType.CLOSE is English whatever the language Gleaner shows.
        dialog.getDialogPane()
                .getButtonTypes()
                .add(new ButtonType(
                        messages.get("dialog.close"), javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
    }

    /** Keeps {@code spinner} showing {@code value} when it changes elsewhere (the stored value read in). */
    private void follow(javafx.beans.property.IntegerProperty value, Spinner<Integer> spinner) {
        javafx.beans.value.ChangeListener<Number> shown =
                (o, a, b) -> spinner.getValueFactory().setValue(b.intValue());
        followers.add(shown); // the settings outlive the dialog: they hold the listener weakly
        value.addListener(new javafx.beans.value.WeakChangeListener<>(shown));
    }

    private final java.util.List<Object> followers = new java.util.ArrayList<>();

    /** Every control of {@code grid} waits for {@code loader}'s values; a line under them says how the read goes. */
    private static void waitFor(SettingsLoader loader, GridPane grid) {
        javafx.beans.binding.BooleanBinding waiting = loader.ready().not();
        for (javafx.scene.Node n : java.util.List.copyOf(grid.getChildren())) {
            if (!n.disableProperty().isBound()) {
                n.disableProperty().bind(waiting);
            }
        }
        Label state = new Label();
        state.getStyleClass().add("settings-state");
        state.setWrapText(true);
        state.textProperty().bind(loader.state());
        state.visibleProperty().bind(loader.state().isNotEmpty());
        state.managedProperty().bind(state.visibleProperty());
        int row = grid.getChildren().stream()
                        .mapToInt(n -> GridPane.getRowIndex(n) == null ? 0 : GridPane.getRowIndex(n))
                        .max()
                        .orElse(-1)
                + 1;
        grid.add(state, 0, row, 2, 1);
    }

    private void chooseFolder(TextField into) {
        javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
        java.io.File now = new java.io.File(into.getText() == null ? "" : into.getText());
        if (now.isDirectory()) {
            chooser.setInitialDirectory(now);
        }
        java.io.File f = chooser.showDialog(dialog.getOwner());
        if (f != null) {
            into.setText(f.getAbsolutePath());
        }
    }

    private void seriesRows(GridPane grid, int row, SeriesSettingsViewModel s, Messages messages) {
        Label title = new Label(messages.get("settings.series"));
        title.getStyleClass().add("settings-section");
        ComboBox<String> which = new ComboBox<>(s.names());
        which.valueProperty().bindBidirectional(s.chosen());
        which.setPromptText(messages.get("settings.series.none"));
        javafx.scene.control.Button add = new javafx.scene.control.Button(messages.get("settings.series.new"));
        add.setOnAction(e -> {
            javafx.scene.control.TextInputDialog ask = new javafx.scene.control.TextInputDialog();
            ask.initOwner(dialog.getDialogPane().getScene().getWindow());
            dev.gleaner.app.fx.DialogButtons.inLanguage(ask, messages, messages.get("settings.series.new"));
            ask.setHeaderText(messages.get("settings.series.newPrompt"));
            ask.showAndWait().ifPresent(s::add);
        });
        grid.addRow(row++, title, new javafx.scene.layout.HBox(6, which, add));
        TextField titlePattern = text(s.titlePattern(), 30);
        grid.addRow(row++, new Label(messages.get("settings.series.titlePattern")), titlePattern);
        grid.addRow(row++, new Label(messages.get("settings.series.filePattern")), text(s.filePattern(), 30));
        TextField site = text(s.siteDir(), 30);
        site.setPromptText(messages.get("settings.series.sitePrompt"));
        javafx.scene.control.Button chooseSite = new javafx.scene.control.Button(messages.get("settings.choose"));
        chooseSite.setOnAction(e -> chooseFolder(site));
        grid.addRow(
                row++,
                new Label(messages.get("settings.series.site")),
                new javafx.scene.layout.HBox(6, site, chooseSite));
        grid.addRow(row++, new Label(messages.get("settings.series.contentDir")), text(s.contentDir(), 16));
        ComboBox<java.time.DayOfWeek> week = new ComboBox<>();
        week.getItems().setAll(java.time.DayOfWeek.values());
        week.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(java.time.DayOfWeek d) {
                return d == null ? "" : d.getDisplayName(java.time.format.TextStyle.FULL, messages.locale());
            }

            @Override
            public java.time.DayOfWeek fromString(String text) {
                return null;
            }
        });
        week.valueProperty().bindBidirectional(s.weekStart());
        grid.addRow(row++, new Label(messages.get("settings.series.weekStart")), week);
        javafx.collections.ObservableList<java.time.ZoneId> zones =
                javafx.collections.FXCollections.observableArrayList(
                        dev.gleaner.app.issue.PublishZones.choices(s.zone().get(), null));
        // A series read in later (or chosen) with a zone the list lacks, such as +09:00, finds it on top.
        s.zone().addListener((o, a, z) -> {
            if (z != null && !zones.contains(z)) {
                zones.addFirst(z);
            }
        });
        dev.gleaner.app.issue.ZonePicker picker =
                new dev.gleaner.app.issue.ZonePicker(zones, s.zone(), messages.get("settings.zoneFilter"));
        ComboBox<java.time.ZoneId> zone = picker.zone();
        TextField zoneFilter = picker.filter();
        grid.addRow(row++, new Label(messages.get("settings.series.zone")), picker.root());
        grid.addRow(row++, new Label(messages.get("settings.series.authors")), text(s.authors(), 30));
        grid.addRow(row++, new Label(messages.get("settings.series.tags")), text(s.tags(), 30));
        Label error = new Label();
        error.getStyleClass().add("status-error");
        error.textProperty().bind(s.error());
        grid.add(error, 1, row);
        for (javafx.scene.Node n : java.util.List.of(titlePattern, site, week, zone, zoneFilter)) {
            n.disableProperty().bind(s.chosen().isEmpty());
        }
    }

    private static TextField text(javafx.beans.property.StringProperty into, int columns) {
        TextField field = new TextField();
        field.setPrefColumnCount(columns);
        field.textProperty().bindBidirectional(into);
        return field;
    }

    /** {@return the dialog's pane (its content is the settings grid)} */
    public javafx.scene.control.DialogPane pane() {
        return dialog.getDialogPane();
    }

    /** {@return the dialog itself (tests show it without waiting)} */
    Dialog<Void> dialog() {
        return dialog;
    }

    /** Shows the dialog and waits until it is closed. */
    public void show(javafx.stage.Window owner) {
        dialog.initOwner(owner);
        dialog.showAndWait();
    }
}
