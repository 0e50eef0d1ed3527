package dev.gleaner.app.settings;

import static dev.gleaner.app.settings.SettingsViewTest.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gleaner.app.fx.Messages;
import dev.gleaner.core.issue.Series;
import dev.gleaner.core.library.Library;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The settings dialog on the headless platform, in English and Korean: no name on the left is cut
 * short, also when the dialog gets less room than it asks for, the time-zone filter narrows the zones, and dates read as the
 * dialog's language writes them.
 */
class SettingsDialogFxTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void startFx() throws Exception {
        SettingsViewTest.startFx();
    }

    /** Shows the settings in {@code locale}, then narrower than they ask for; FX thread. */
    private static GridPane shown(Library library, Locale locale, Path workspace) {
        Messages messages = new Messages(locale);
        var view = new SettingsView(
                new SettingsViewModel(library, locale),
                new SeriesSettingsViewModel(new dev.gleaner.app.usecase.SeriesSettings(library.issues()), messages),
                messages,
                workspace.toString());
        view.dialog().show();
        view.pane().applyCss();
        view.pane().layout();
        // A small screen (or a larger text size) gives the dialog less than it asks for.
        view.dialog().setWidth(view.dialog().getWidth() * 0.7);
        view.pane().applyCss();
        view.pane().layout();
        return (GridPane) view.pane().getContent();
    }

    /** {@return the labels whose shown text is not all of it, with what shows} */
    private static List<String> cutLabels(GridPane grid) {
        List<String> cut = new ArrayList<>();
        // Every label, the names on the left and the notes beside the fields ("(applies at once)").
        for (var n : grid.lookupAll(".label")) {
            if (n instanceof Label l && l.isVisible() && !l.getText().isEmpty()) {
                // The skin's Text holds what is drawn: "Hugo site fo…" when the label was cut.
                Text drawn = (Text) l.lookup(".text");
                Text whole = new Text(l.getText());
                whole.setFont(l.getFont());
                double needed = whole.getLayoutBounds().getWidth()
                        + l.getLabelPadding().getLeft()
                        + l.getLabelPadding().getRight();
                double right = l.localToScene(l.getLayoutBounds()).getMaxX();
                if (right > l.getScene().getWidth() + 0.5) {
                    cut.add(l.getText() + " ends at " + right + ", past the dialog's edge at "
                            + l.getScene().getWidth());
                } else if (!l.getText().equals(drawn.getText()) || l.getWidth() + 0.5 < needed) {
                    cut.add(l.getText() + " shows as '" + drawn.getText() + "' in " + l.getWidth() + " of " + needed);
                }
            }
        }
        return cut;
    }

    @Test
    void noNameIsCutAndTheZoneFilterNarrowsTheZones() throws Exception {
        try (Library library = Library.open(dir.resolve("library.db"))) {
            library.issues().putSeries(Series.defaults("Article Weekly"));
            for (Locale locale : List.of(Locale.ENGLISH, Locale.KOREAN)) {
                List<String> cut = onFx(() -> {
                    GridPane grid = shown(library, locale, dir);
                    List<String> c = cutLabels(grid);
                    grid.getScene().getWindow().hide();
                    return c;
                });
                assertEquals(List.of(), cut, "names cut in " + locale);
            }

            var picked = onFx(() -> {
                GridPane grid = shown(library, Locale.ENGLISH, dir);
                @SuppressWarnings("unchecked")
                ComboBox<ZoneId> zone = (ComboBox<ZoneId>) grid.lookup(".zone-picker");
                TextField filter = (TextField) grid.lookup(".zone-filter");
                int all = zone.getItems().size();
                filter.setText("seoul");
                List<ZoneId> seoul = List.copyOf(zone.getItems());
                filter.setText("new york");
                List<ZoneId> newYork = List.copyOf(zone.getItems());
                filter.setText("");
                int again = zone.getItems().size();
                grid.getScene().getWindow().hide();
                return List.of(all, seoul, newYork, again);
            });
            assertTrue((int) picked.get(0) > 300, "every zone to pick from: " + picked.get(0));
            assertEquals(List.of(ZoneId.of("Asia/Seoul")), picked.get(1));
            assertEquals(List.of(ZoneId.of("America/New_York")), picked.get(2), "a space stands for '_'");
            assertEquals(picked.get(0), picked.get(3), "an empty filter shows them all again");
        }
    }

    @Test
    void datePickersWriteDatesAsTheLanguageShownDoes() throws Exception {
        var shown = onFx(() -> {
            List<String> out = new ArrayList<>();
            for (Locale locale : List.of(Locale.KOREAN, Locale.ENGLISH)) {
                DatePicker picker = new DatePicker();
                dev.gleaner.app.fx.LocalDates.writeIn(picker, new Messages(locale).locale());
                Stage stage = new Stage();
                stage.setScene(new Scene(new javafx.scene.layout.StackPane(picker)));
                stage.show();
                picker.setValue(LocalDate.of(2026, 11, 23));
                out.add(picker.getEditor().getText());
                picker.setValue(picker.getConverter().fromString("2027-01-04"));
                out.add(picker.getEditor().getText());
                stage.hide();
            }
            return out;
        });
        assertEquals("2026. 11. 23.", shown.get(0), "Korean writes year. month. day.");
        assertEquals("2027. 1. 4.", shown.get(1), "a typed ISO date is read too");
        assertFalse(shown.get(2).startsWith("2026"), "English does not: " + shown.get(2));
        assertEquals("Nov 23, 2026", shown.get(2));
    }
}
