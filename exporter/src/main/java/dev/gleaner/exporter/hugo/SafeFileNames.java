package dev.gleaner.exporter.hugo;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/** Makes post file names safe on every desktop system: no folders, no reserved names or characters. */
public final class SafeFileNames {

    private static final Set<String> RESERVED = Set.of(
            "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9", "lpt1",
            "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

    private SafeFileNames() {}

    /** {@return {@code name} as one safe file name ending in {@code .md}; letters of any script (Hangul) are kept} */
    public static String safe(String name) {
        String n = Normalizer.normalize(name, Normalizer.Form.NFC);
        StringBuilder b = new StringBuilder();
        n.codePoints().forEach(cp -> {
            boolean bad = cp < 0x20 || cp == 0x7f || "<>:\"/\\|?*".indexOf(cp) >= 0 || Character.isWhitespace(cp);
            b.appendCodePoint(bad ? '-' : cp);
        });
        String s =
                b.toString().replaceAll("-{2,}", "-").replaceAll("^[.\\-]+", "").replaceAll("[. \\-]+$", "");
        if (s.toLowerCase(Locale.ROOT).endsWith(".md")) {
            s = s.substring(0, s.length() - 3).replaceAll("[. \\-]+$", "");
        }
        if (s.isEmpty()) {
            s = "issue";
        }
        String base = s.contains(".") ? s.substring(0, s.indexOf('.')) : s;
        if (RESERVED.contains(base.toLowerCase(Locale.ROOT))) {
            s = "_" + s;
        }
        while (s.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 200) {
            s = s.substring(0, s.offsetByCodePoints(0, s.codePointCount(0, s.length()) - 1));
        }
        return s + ".md";
    }

    /** {@return the name without its {@code .md} extension} */
    public static String stem(String name) {
        String s = safe(name);
        return s.substring(0, s.length() - 3);
    }
}
