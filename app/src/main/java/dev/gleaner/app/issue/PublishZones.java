package dev.gleaner.app.issue;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

/** The time zones an issue's publish time is shown and chosen in. */
public final class PublishZones {
    private PublishZones() {}

    /**
     * {@return the first of the zone chosen last, the series' zone and this computer's zone that
     * gives the publish time's offset, else that offset}
     */
    static ZoneId zoneOf(java.time.OffsetDateTime date, ZoneId chosen, ZoneId seriesZone) {
        for (ZoneId z : java.util.Arrays.asList(chosen, seriesZone, ZoneId.systemDefault())) {
            if (z != null && z.getRules().getOffset(date.toInstant()).equals(date.getOffset())) {
                return z;
            }
        }
        return date.getOffset();
    }

    /** {@return the zones offered: the shown one, the series', this computer's and UTC first, then every region} */
    public static List<ZoneId> choices(ZoneId shown, ZoneId seriesZone) {
        java.util.LinkedHashSet<ZoneId> out = new java.util.LinkedHashSet<>();
        for (ZoneId z : java.util.Arrays.asList(shown, seriesZone, ZoneId.systemDefault(), ZoneOffset.UTC)) {
            if (z != null) {
                out.add(z);
            }
        }
        ZoneId.getAvailableZoneIds().stream()
                .filter(id -> id.contains("/") && !id.startsWith("Etc/") && !id.startsWith("SystemV/"))
                .sorted()
                .map(ZoneId::of)
                .forEach(out::add);
        return List.copyOf(out);
    }
}
