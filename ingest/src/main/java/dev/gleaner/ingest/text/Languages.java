package dev.gleaner.ingest.text;

import java.util.Locale;

/** The language of an article, as the search's {@code lang:} filter and facet know it. */
public final class Languages {
    private Languages() {}

    /**
     * {@return "ko" when at least one letter in ten is a Hangul syllable, else "en"; {@code null} for
     * text without letters} Korean technical writing mixes in many English words, hence one in ten.
     */
    public static String guess(String text) {
        if (text == null) {
            return null;
        }
        long hangul = 0;
        long letters = 0;
        for (int i = 0; i < text.length() && letters < 20_000; i++) {
            char c = text.charAt(i);
            if (c >= 0xAC00 && c <= 0xD7A3) {
                letters++;
                hangul++;
            } else if (c < 0x80 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c)) {
                letters++;
            }
        }
        if (letters == 0) {
            return null;
        }
        return hangul * 10 >= letters ? "ko" : "en";
    }

    /**
     * {@return a declared language tag as a BCP 47 tag ({@code ko_KR} and {@code ko-kr} become
     * {@code ko-KR}), or {@code null} when it is blank or not a language tag}
     */
    public static String declared(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        String t = tag.strip().replace('_', '-');
        if (!t.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*")) {
            return null;
        }
        String lang = Locale.forLanguageTag(t).toLanguageTag();
        return lang.equals("und") ? null : lang;
    }
}
