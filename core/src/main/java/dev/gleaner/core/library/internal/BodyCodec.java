package dev.gleaner.core.library.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * An article's Markdown and plain text in one compressed value ({@code article_bodies.body}). The plain
 * text mostly repeats the Markdown without its markup, so compressed together the second costs
 * little: about a quarter of the two as text, for Korean and English posts alike. Fastest deflate
 * level: importing is bound by it, and slower levels save only a few per cent more.
 */
final class BodyCodec {
    /** The first byte: the layout below (raw deflate of the Markdown's UTF-8 length, Markdown, text). */
    private static final byte FORMAT = 1;

    private BodyCodec() {}

    static byte[] pack(String markdown, String text) {
        byte[] md = markdown.getBytes(StandardCharsets.UTF_8);
        byte[] plain = text.getBytes(StandardCharsets.UTF_8);
        byte[] input = new byte[5 + md.length + plain.length];
        int n = md.length;
        input[0] = (byte) (n >>> 24);
        input[1] = (byte) (n >>> 16);
        input[2] = (byte) (n >>> 8);
        input[3] = (byte) n;
        input[4] = 0;
        System.arraycopy(md, 0, input, 5, md.length);
        System.arraycopy(plain, 0, input, 5 + md.length, plain.length);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
        try {
            deflater.setInput(input);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(input.length / 3 + 64);
            out.write(FORMAT);
            byte[] buf = new byte[16 * 1024];
            while (!deflater.finished()) {
                out.write(buf, 0, deflater.deflate(buf));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    /** {@return the Markdown and the plain text packed in {@code packed}} */
    static String[] unpack(byte[] packed) throws SQLException {
        byte[] all = inflate(packed);
        int mdLength = markdownLength(all);
        return new String[] {
            new String(all, 5, mdLength, StandardCharsets.UTF_8),
            new String(all, 5 + mdLength, all.length - 5 - mdLength, StandardCharsets.UTF_8)
        };
    }

    /** {@return the plain text packed in {@code packed}, or the Markdown where the text is blank}, decoding only that */
    static String unpackSearched(byte[] packed) throws SQLException {
        byte[] all = inflate(packed);
        int mdLength = markdownLength(all);
        String text = new String(all, 5 + mdLength, all.length - 5 - mdLength, StandardCharsets.UTF_8);
        return text.isBlank() ? new String(all, 5, mdLength, StandardCharsets.UTF_8) : text;
    }

    private static int markdownLength(byte[] all) {
        return ((all[0] & 0xff) << 24) | ((all[1] & 0xff) << 16) | ((all[2] & 0xff) << 8) | (all[3] & 0xff);
    }

    private static byte[] inflate(byte[] packed) throws SQLException {
        if (packed.length == 0 || packed[0] != FORMAT) {
            throw new SQLException("SQLITE_CORRUPT: an article body in an unknown format");
        }
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(packed, 1, packed.length - 1);
            ByteArrayOutputStream out = new ByteArrayOutputStream(packed.length * 4);
            byte[] buf = new byte[16 * 1024];
            while (!inflater.finished()) {
                int n = inflater.inflate(buf);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new SQLException("SQLITE_CORRUPT: a damaged article body (cut short)");
                }
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw new SQLException("SQLITE_CORRUPT: a damaged article body: " + e.getMessage(), e);
        } finally {
            inflater.end();
        }
    }
}
