package dev.gleaner.ingest.feed;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Decodes the bytes of an XML document: the charset comes from the byte order mark, then the HTTP
 * header, then the XML declaration, then a detector. {@code euc-kr} is decoded as CP949, its
 * superset that real Korean feeds use under that label.
 */
public final class XmlCharset {
    private static final Pattern HEADER_CHARSET =
            Pattern.compile("charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:+-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern DECLARED =
            Pattern.compile("^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']\\s*([A-Za-z0-9._:+-]+)");

    /**
     * A decoded document.
     *
     * @param text the characters, without a byte order mark
     * @param charset the charset used
     * @param from where the charset came from: bom, header, declaration, detector, default
     * @param clean whether every byte decoded (no replacement characters were needed)
     */
    public record Decoded(String text, Charset charset, String from, boolean clean) {
        public Decoded {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(charset, "charset");
            Objects.requireNonNull(from, "from");
        }
    }

    private XmlCharset() {}

    /**
     * Decodes {@code bytes}.
     *
     * @param bytes the document as fetched (decompressed)
     * @param contentType the HTTP Content-Type header, or {@code null}
     * @return the text and the charset chosen
     */
    public static Decoded decode(byte[] bytes, String contentType) {
        Bom bom = bom(bytes);
        if (bom != null) {
            return strict(bytes, bom.length, bom.charset, "bom")
                    .orElseGet(() -> lenient(bytes, bom.length, bom.charset, "bom"));
        }
        Charset headerCharset = fromHeader(contentType);
        if (headerCharset != null && singleByteLatin(headerCharset) && multibyteUtf8(bytes)) {
            // Servers label feeds Latin-1 by default; text that is valid UTF-8 with multibyte
            // characters is UTF-8 (read as Latin-1 it would be mojibake), as the XML reads it.
            var d = strict(bytes, 0, StandardCharsets.UTF_8, "utf-8 over a Latin header");
            if (d.isPresent()) {
                return d.get();
            }
        }
        if (headerCharset != null) {
            var d = strict(bytes, 0, headerCharset, "header");
            if (d.isPresent()) {
                return d.get();
            }
        }
        Charset sniffed = sniffWide(bytes);
        if (sniffed != null) {
            return strict(bytes, 0, sniffed, "bom-less").orElseGet(() -> lenient(bytes, 0, sniffed, "bom-less"));
        }
        Charset declared = declared(bytes);
        if (declared != null) {
            var d = strict(bytes, 0, declared, "declaration");
            if (d.isPresent()) {
                return d.get();
            }
        }
        var utf8 = strict(bytes, 0, StandardCharsets.UTF_8, declared == null ? "default" : "utf-8 fallback");
        if (utf8.isPresent()) {
            return utf8.get();
        }
        Charset detected = detect(bytes);
        if (detected != null) {
            var d = strict(bytes, 0, detected, "detector");
            if (d.isPresent()) {
                return d.get();
            }
        }
        Charset last = declared != null ? declared : headerCharset != null ? headerCharset : StandardCharsets.UTF_8;
        return lenient(bytes, 0, last, "lenient");
    }

    /** {@return the charset for a label, mapping euc-kr to CP949, or {@code null} when unknown} */
    public static Charset forName(String label) {
        if (label == null || label.isBlank()) {
            return null;
        }
        String l = label.strip().toLowerCase(Locale.ROOT);
        if (l.equals("euc-kr")
                || l.equals("euc_kr")
                || l.equals("ks_c_5601-1987")
                || l.equals("ksc5601")
                || l.equals("cp949")
                || l.equals("uhc")) {
            l = "x-windows-949";
        }
        if (l.equals("utf-16") || l.equals("utf-32")) {
            return null; // without a BOM these say nothing about byte order; sniffing decides
        }
        try {
            return Charset.forName(l);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static Charset fromHeader(String contentType) {
        if (contentType == null) {
            return null;
        }
        Matcher m = HEADER_CHARSET.matcher(contentType);
        return m.find() ? forName(m.group(1)) : null;
    }

    private static Charset declared(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 512), StandardCharsets.ISO_8859_1);
        Matcher m = DECLARED.matcher(head);
        return m.find() ? forName(m.group(1)) : null;
    }

    private static Charset detect(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, bytes.length);
        detector.dataEnd();
        return forName(detector.getDetectedCharset());
    }

    private record Bom(Charset charset, int length) {}

    private static Bom bom(byte[] b) {
        if (starts(b, 0x00, 0x00, 0xFE, 0xFF)) {
            return new Bom(Charset.forName("UTF-32BE"), 4);
        }
        if (starts(b, 0xFF, 0xFE, 0x00, 0x00)) {
            return new Bom(Charset.forName("UTF-32LE"), 4);
        }
        if (starts(b, 0xEF, 0xBB, 0xBF)) {
            return new Bom(StandardCharsets.UTF_8, 3);
        }
        if (starts(b, 0xFE, 0xFF)) {
            return new Bom(StandardCharsets.UTF_16BE, 2);
        }
        if (starts(b, 0xFF, 0xFE)) {
            return new Bom(StandardCharsets.UTF_16LE, 2);
        }
        return null;
    }

    private static boolean singleByteLatin(Charset cs) {
        String n = cs.name();
        return n.equals("ISO-8859-1") || n.equals("windows-1252") || n.equals("US-ASCII") || n.equals("ISO-8859-15");
    }

    /** {@return whether the bytes hold at least one well-formed UTF-8 multibyte sequence} */
    private static boolean multibyteUtf8(byte[] b) {
        for (int i = 0; i + 1 < b.length; i++) {
            int lead = b[i] & 0xff;
            if (lead >= 0xC2 && lead <= 0xF4 && (b[i + 1] & 0xC0) == 0x80) {
                return true;
            }
        }
        return false;
    }

    /** Recognizes '<' or '<?' in UTF-16/32 without a byte order mark (XML 1.0 appendix F). */
    private static Charset sniffWide(byte[] b) {
        if (starts(b, 0x00, 0x00, 0x00, 0x3C)) {
            return Charset.forName("UTF-32BE");
        }
        if (starts(b, 0x3C, 0x00, 0x00, 0x00)) {
            return Charset.forName("UTF-32LE");
        }
        if (starts(b, 0x00, 0x3C, 0x00, 0x3F) || starts(b, 0x00, 0x3C, 0x00, 0x21) || starts(b, 0x00, 0x3C)) {
            return StandardCharsets.UTF_16BE;
        }
        if (starts(b, 0x3C, 0x00, 0x3F, 0x00) || starts(b, 0x3C, 0x00)) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    private static boolean starts(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static java.util.Optional<Decoded> strict(byte[] bytes, int offset, Charset cs, String from) {
        CharsetDecoder decoder = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            return java.util.Optional.of(new Decoded(chars.toString(), cs, from, true));
        } catch (CharacterCodingException e) {
            return java.util.Optional.empty();
        }
    }

    private static Decoded lenient(byte[] bytes, int offset, Charset cs, String from) {
        return new Decoded(new String(bytes, offset, bytes.length - offset, cs), cs, from, false);
    }
}
