package dev.gleaner.app.issue;

import dev.gleaner.app.fx.Messages;
import java.time.ZoneId;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The open issue's header in the composer: series, number, title and Export on the first row;
 * period, publish date, time and zone on the second.
 */
final class IssueHeaderView {
    private final IssueComposerViewModel vm;
    private final TextField number = new TextField();
    private final VBox root;

    /** Builds the header over {@code vm}; Export runs {@code exportAction}. */
    IssueHeaderView(IssueComposerViewModel vm, Messages messages, Runnable exportAction) {
        this.vm = vm;
        ComboBox<String> series = new ComboBox<>(vm.seriesNames());
        series.valueProperty().bindBidirectional(vm.series());
        series.setTooltip(new Tooltip(messages.get("issue.field.series.tip")));
        Label which = new Label("#");
        which.getStyleClass().add("issue-header");
        number.textProperty().bindBidirectional(vm.number());
        number.getStyleClass().add("issue-number");
        number.setPrefColumnCount(4);
        number.setTooltip(new Tooltip(messages.get("issue.field.number.tip")));
        number.setOnAction(e -> vm.housekeeping().renumber());
        number.focusedProperty().addListener((o, a, focused) -> {
            if (!focused) {
                vm.housekeeping().renumber();
            }
        });
        // The same filter as in the settings: some 500 zones are too many to scroll through.
        ZonePicker zonePicker = new ZonePicker(vm.zones(), vm.zone(), messages.get("settings.zoneFilter"));
        ComboBox<ZoneId> zone = zonePicker.zone();
        zone.setPrefWidth(180);
        zone.setMinWidth(120);
        zone.setMaxWidth(Region.USE_PREF_SIZE);
        zone.setTooltip(new Tooltip(messages.get("issue.field.zone.tip")));
        // When the row is short of room the filter gives way first: its prompt is only a hint.
        zonePicker.filter().setPrefColumnCount(7);
        zonePicker.filter().setMinWidth(48);
        HBox.setHgrow(zonePicker.root(), Priority.SOMETIMES);
        TextField title = new TextField();
        title.textProperty().bindBidirectional(vm.title());
        DatePicker start = new DatePicker();
        start.valueProperty().bindBidirectional(vm.start());
        DatePicker end = new DatePicker();
        end.valueProperty().bindBidirectional(vm.end());
        // The publish time: a date picker and a time (picked from the list or typed as HH:mm).
        DatePicker publishDate = new DatePicker();
        publishDate.getStyleClass().add("publish-date");
        for (DatePicker picker : java.util.List.of(start, end, publishDate)) {
            dev.gleaner.app.fx.LocalDates.writeIn(picker, messages.locale());
        }
        ComboBox<String> publishTime = new ComboBox<>();
        publishTime.setEditable(true);
        publishTime.getStyleClass().add("publish-time");
        for (int m = 6 * 60; m <= 22 * 60; m += 30) {
            publishTime.getItems().add(String.format("%02d:%02d", m / 60, m % 60));
        }
        publishTime.setPrefWidth(96);
        publishTime.setMinWidth(Region.USE_PREF_SIZE);
        boolean[] syncing = {false};
        Runnable fromModel = () -> {
            syncing[0] = true;
            try {
                String[] parts = vm.publish().get() == null
                        ? new String[0]
                        : vm.publish().get().strip().split(" ");
                publishDate.setValue(parts.length == 2 ? parseDate(parts[0]) : null);
                publishTime.getEditor().setText(parts.length == 2 ? parts[1] : "");
                publishTime.setValue(parts.length == 2 ? parts[1] : null);
            } finally {
                syncing[0] = false;
            }
        };
        Runnable toModel = () -> {
            if (syncing[0] || publishDate.getValue() == null) {
                return;
            }
            String time = publishTime.getEditor().getText() == null
                    ? ""
                    : publishTime.getEditor().getText().strip();
            vm.publish().set(publishDate.getValue() + " " + time);
        };
        vm.publish().addListener((o, a, b) -> fromModel.run());
        fromModel.run();
        publishDate.valueProperty().addListener((o, a, b) -> toModel.run());
        publishTime.valueProperty().addListener((o, a, b) -> {
            if (!syncing[0] && b != null) {
                publishTime.getEditor().setText(b);
                toModel.run();
            }
        });
        publishTime.getEditor().setOnAction(e -> toModel.run());
        publishTime.getEditor().focusedProperty().addListener((o, a, focused) -> {
            if (!focused) {
                toModel.run();
            }
        });
        Button export = new Button(messages.get("issue.export"));
        export.getStyleClass().add("accent");
        export.setOnAction(e -> exportAction.run());
        which.setMinWidth(Region.USE_PREF_SIZE);
        for (DatePicker picker : java.util.List.of(start, end, publishDate)) {
            roomForDates(picker, messages.locale());
        }
        HBox.setHgrow(title, Priority.ALWAYS);
        HBox first = new HBox(
                8,
                new Label(messages.get("issue.field.series")),
                series,
                which,
                number,
                new Label(messages.get("issue.field.title")),
                title,
                export);
        first.getChildren().stream()
                .filter(n -> n instanceof Label || n instanceof Button)
                .forEach(n -> ((Region) n).setMinWidth(Region.USE_PREF_SIZE));
        HBox second = new HBox(
                8,
                new Label(messages.get("issue.field.period")),
                start,
                new Label("~"),
                end,
                new Label(messages.get("issue.field.publish")),
                publishDate,
                publishTime,
                zonePicker.root());
        // The names of the fields are never cut ("P…" for "Period"): the zone filter gives way instead.
        second.getChildren().stream()
                .filter(n -> n instanceof Label)
                .forEach(n -> ((Region) n).setMinWidth(Region.USE_PREF_SIZE));
        first.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        second.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        root = new VBox(6, first, second);
    }

    /** {@return the header's rows} */
    VBox root() {
        return root;
    }

    /** {@return the issue number field} */
    TextField number() {
        return number;
    }

    private static java.time.LocalDate parseDate(String s) {
        try {
            return java.time.LocalDate.parse(s);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    /**
     * Gives {@code picker} room for the widest date its language writes ("Sep 30, 2026",
     * "2026. 12. 30."), at whatever text size is set, so no date shows cut ("Nov 22, 202").
     */
    private static void roomForDates(DatePicker picker, java.util.Locale locale) {
        java.time.format.DateTimeFormatter format = dev.gleaner.app.fx.LocalDates.formatter(locale);
        Runnable fit = () -> {
            TextField editor = picker.getEditor();
            double widest = 0;
            for (int month = 1; month <= 12; month++) {
                javafx.scene.text.Text date =
                        new javafx.scene.text.Text(format.format(java.time.LocalDate.of(2026, month, 28)));
                date.setFont(editor.getFont());
                widest = Math.max(widest, date.getLayoutBounds().getWidth());
            }
            javafx.scene.Node arrow = picker.lookup(".arrow-button");
            double button = arrow instanceof Region r
                    ? r.prefWidth(-1)
                    : 2.2 * editor.getFont().getSize();
            double room = Math.ceil(widest
                    + editor.getPadding().getLeft()
                    + editor.getPadding().getRight()
                    + picker.getInsets().getLeft()
                    + picker.getInsets().getRight()
                    + button
                    + 4);
            picker.setMinWidth(room);
            picker.setPrefWidth(room);
        };
        picker.getEditor().fontProperty().addListener((o, a, b) -> fit.run());
        picker.getEditor().paddingProperty().addListener((o, a, b) -> fit.run());
        picker.skinProperty().addListener((o, a, b) -> fit.run());
        fit.run();
    }
}
