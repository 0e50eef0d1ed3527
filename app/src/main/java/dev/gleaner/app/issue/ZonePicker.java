package dev.gleaner.app.issue;

import java.time.ZoneId;
import java.util.Locale;
import javafx.beans.property.Property;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;

/**
 * A time-zone picker for some 500 zones: a filter field ("seoul", "new york") narrows the list to the
 * zones whose name contains what is typed, a space standing for '_'. The settings dialog and the issue
 * composer both use it, so the zone is found the same way in both. FX thread only.
 */
public final class ZonePicker {
    private final TextField filter = new TextField();
    private final ComboBox<ZoneId> zone;
    private final HBox root;

    /**
     * Creates a picker over {@code zones} (which may change later) that shows and sets {@code value}.
     *
     * @param prompt the filter's prompt text, in the window's language
     */
    public ZonePicker(ObservableList<ZoneId> zones, Property<ZoneId> value, String prompt) {
        FilteredList<ZoneId> shown = new FilteredList<>(zones);
        zone = new ComboBox<>(shown);
        zone.setConverter(new StringConverter<>() {
            @Override
            public String toString(ZoneId z) {
                return z == null ? "" : z.getId();
            }

            @Override
            public ZoneId fromString(String s) {
                return null;
            }
        });
        zone.valueProperty().bindBidirectional(value);
        zone.setVisibleRowCount(14);
        zone.getStyleClass().add("zone-picker");
        filter.setPromptText(prompt);
        filter.setPrefColumnCount(12);
        filter.getStyleClass().add("zone-filter");
        filter.textProperty().addListener((o, a, typed) -> {
            String t = typed == null ? "" : typed.strip().replace(' ', '_').toLowerCase(Locale.ROOT);
            shown.setPredicate(
                    t.isEmpty() ? null : z -> z.getId().toLowerCase(Locale.ROOT).contains(t));
        });
        root = new HBox(6, filter, zone);
        root.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
    }

    /** {@return the filter field and the list, side by side} */
    public HBox root() {
        return root;
    }

    /** {@return the filter field} */
    public TextField filter() {
        return filter;
    }

    /** {@return the list of zones (only those the filter lets through)} */
    public ComboBox<ZoneId> zone() {
        return zone;
    }
}
