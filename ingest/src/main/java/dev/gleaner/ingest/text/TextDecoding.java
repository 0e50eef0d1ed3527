package dev.gleaner.ingest.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Decodes the bytes of a web page or feed into text: byte order mark first, then the HTTP
 * header's charset, then valid UTF-8, then a declared {@code <meta>}/XML charset, then detection.
 * Thread-safe: it holds no state.
 */
public final class TextDecoding {
    private static final Pattern HEADER_CHARSET = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([\\w.:-]+)");
    private static final Pattern META_CHARSET = Pattern.compile(
            "(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([\\w.:-]+)|<\\?xml[^>]+encoding\\s*=\\s*[\"']([\\w.:-]+)");
    private static final int PRESCAN_BYTES = 4096;
    private static final Charset CP949 = Charset.forName("x-windows-949");

    /** The text and the charset it was decoded with. */
    public record Decoded(String text, Charset charset, String how) {
        /** Checks the fields. */
        public Decoded {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(charset, "charset");
            Objects.requireNonNull(how, "how");
        }
    }

    /** Creates a decoder. */
    public TextDecoding() {}

    /**
     * {@return the decoded text of {@code bytes}}
     *
     * @param contentType the HTTP {@code Content-Type} header, or {@code null}
     */
    public Decoded decode(byte[] bytes, String contentType) {
        Objects.requireNonNull(bytes, "bytes");
        Decoded bom = decodeBom(bytes);
        if (bom != null) {
            return bom;
        }
        Decoded wide = decodeWideWithoutBom(bytes);
        if (wide != null) {
            return wide;
        }
        Charset header = contentType == null ? null : charsetFrom(HEADER_CHARSET.matcher(contentType));
        if (header != null) {
            String strict = strict(bytes, header);
            if (strict != null) {
                return new Decoded(strict, header, "header");
            }
        }
        String utf8 = strict(bytes, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return new Decoded(utf8, StandardCharsets.UTF_8, "utf-8");
        }
        String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
        Charset declared = charsetFrom(META_CHARSET.matcher(head));
        if (declared != null && !isUnicode(declared)) {
            String strict = strict(bytes, declared);
            if (strict != null) {
                return new Decoded(strict, declared, "meta");
            }
        }
        Charset detected = detect(bytes);
        if (detected == null || isSingleByte(detected)) {
            // The detector gives up on short Korean text and on CP949's extra syllables (똠, 쏘), and
            // then any single-byte charset "decodes" the bytes into mojibake without one U+FFFD. Korean
            // text decoded as CP949 is nearly all Hangul, which mojibake never is.
            String korean = strict(bytes, CP949);
            if (korean != null && mostlyHangul(korean)) {
                return new Decoded(korean, CP949, "detected");
            }
        }
        if (detected != null) {
            String strict = strict(bytes, detected);
            if (strict != null) {
                return new Decoded(strict, detected, "detected");
            }
        }
        Charset fallback = header != null ? header : declared != null ? declared : detected;
        if (fallback == null || isUnicode(fallback)) {
            fallback = Charset.forName("windows-1252");
        }
        return new Decoded(new String(bytes, fallback), fallback, "lenient");
    }

    /** {@return the Java charset for a label as the web uses it (euc-kr is CP949), or {@code null}} */
    public static Charset charsetFor(String label) {
        if (label == null || label.isBlank()) {
            return null;
        }
        String name = label.trim().toLowerCase(Locale.ROOT);
        name = switch (name) {
            case "euc-kr", "euckr", "ks_c_5601-1987", "ksc5601", "ks_c_5601", "korean", "cp949", "uhc" ->
                "x-windows-949";
            case "gb2312", "gbk", "x-gbk", "gb_2312-80" -> "GB18030";
            case "iso-8859-1", "latin1", "us-ascii", "ascii" -> "windows-1252";
            case "shift_jis", "sjis", "x-sjis" -> "windows-31j";
            case "big5" -> "Big5-HKSCS";
            case "utf8" -> "UTF-8";
            default -> name;
        };
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    private static Charset charsetFrom(Matcher m) {
        while (m.find()) {
            String label = m.group(1) != null ? m.group(1) : m.groupCount() > 1 ? m.group(2) : null;
            Charset c = charsetFor(label);
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    private static boolean isSingleByte(Charset c) {
        return c.newEncoder().maxBytesPerChar() <= 1.0f;
    }

    /** {@return whether the text's non-ASCII letters are at least nine in ten Hangul, and a few at least} */
    private static boolean mostlyHangul(String text) {
        int other = 0;
        int hangul = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80 || !Character.isLetter(c)) {
                continue;
            }
            if ((c >= 0xAC00 && c <= 0xD7A3) || (c >= 0x3131 && c <= 0x318E)) {
                hangul++;
            } else {
                other++;
            }
        }
        return hangul >= 2 && hangul >= 9 * other;
    }

    private static boolean isUnicode(Charset c) {
        return c.name().startsWith("UTF-");
    }

    private static Decoded decodeBom(byte[] b) {
        if (b.length >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xff) == 0xFE && (b[3] & 0xff) == 0xFF) {
            return bomDecoded(b, 4, Charset.forName("UTF-32BE"));
        }
        if (b.length >= 4 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE && b[2] == 0 && b[3] == 0) {
            return bomDecoded(b, 4, Charset.forName("UTF-32LE"));
        }
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            return bomDecoded(b, 3, StandardCharsets.UTF_8);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
            return bomDecoded(b, 2, StandardCharsets.UTF_16BE);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
            return bomDecoded(b, 2, StandardCharsets.UTF_16LE);
        }
        return null;
    }

    private static Decoded decodeWideWithoutBom(byte[] b) {
        if (b.length < 4) {
            return null;
        }
        if (b[0] == 0 && b[1] == 0 && b[2] == 0 && b[3] != 0) {
            return bomDecoded(b, 0, Charset.forName("UTF-32BE"));
        }
        if (b[0] != 0 && b[1] == 0 && b[2] == 0 && b[3] == 0) {
            return bomDecoded(b, 0, Charset.forName("UTF-32LE"));
        }
        if (b[0] == 0 && b[1] != 0 && b[2] == 0 && b[3] != 0) {
            return bomDecoded(b, 0, StandardCharsets.UTF_16BE);
        }
        if (b[0] != 0 && b[1] == 0 && b[2] != 0 && b[3] == 0) {
            return bomDecoded(b, 0, StandardCharsets.UTF_16LE);
        }
        return null;
    }

    private static Decoded bomDecoded(byte[] b, int skip, Charset c) {
        return new Decoded(new String(b, skip, b.length - skip, c), c, "bom");
    }

    private static String strict(byte[] bytes, Charset charset) {
        // The JDK's own decoding is much faster than a reporting decoder and replaces every
        // malformed or unmappable sequence with U+FFFD: without one, the bytes decoded cleanly.
        String fast = new String(bytes, charset);
        if (fast.indexOf('\uFFFD') < 0) {
            return fast;
        }
        try {
            CharBuffer chars = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return chars.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static Charset detect(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, Math.min(bytes.length, 1 << 20));
        detector.dataEnd();
        return charsetFor(detector.getDetectedCharset());
    }
}
