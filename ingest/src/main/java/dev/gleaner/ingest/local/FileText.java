package dev.gleaner.ingest.local;

import dev.gleaner.ingest.IngestException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.mozilla.universalchardet.UniversalDetector;

/** Decodes a local file's bytes: BOM, then strict UTF-8, then detection, with EUC-KR read as CP949. */
final class FileText {
    private static final Charset CP949 = Charset.forName("x-windows-949");

    private FileText() {}

    static String decode(byte[] bytes, Path file) {
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            return strict(bytes, 3, StandardCharsets.UTF_8, file);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
            return strict(bytes, 2, StandardCharsets.UTF_16BE, file);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
            return strict(bytes, 2, StandardCharsets.UTF_16LE, file);
        }
        String utf8 = tryDecode(bytes, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return utf8;
        }
        // Korean legacy text (EUC-KR/CP949) is what Gleaner's users have most; short texts fool detectors.
        String korean = tryDecode(bytes, CP949);
        if (korean != null && mostlyHangul(korean)) {
            return korean;
        }
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, bytes.length);
        detector.dataEnd();
        String detected = detector.getDetectedCharset();
        if (detected != null) {
            String name = detected.toUpperCase(Locale.ROOT);
            Charset charset = name.equals("EUC-KR") || name.equals("UHC")
                    ? CP949
                    : Charset.isSupported(detected) ? Charset.forName(detected) : null;
            if (charset != null) {
                String text = tryDecode(bytes, charset);
                if (text != null) {
                    return text;
                }
            }
        }
        throw new IngestException(
                file + " is not UTF-8 and its encoding could not be recognised: save it as UTF-8 and import it again.");
    }

    private static boolean mostlyHangul(String text) {
        long hangul = text.chars().filter(c -> c >= 0xAC00 && c <= 0xD7A3).count();
        long nonAscii = text.chars().filter(c -> c > 0x7F).count();
        return nonAscii > 0 && hangul * 10 >= nonAscii * 8;
    }

    private static String strict(byte[] bytes, int offset, Charset charset, Path file) {
        String text = tryDecode(java.util.Arrays.copyOfRange(bytes, offset, bytes.length), charset);
        if (text == null) {
            throw new IngestException(file + " starts with a " + charset.name() + " byte order mark but is not valid "
                    + charset.name() + ": save it as UTF-8 and import it again.");
        }
        return text;
    }

    private static String tryDecode(byte[] bytes, Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
