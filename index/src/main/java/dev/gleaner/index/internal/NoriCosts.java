package dev.gleaner.index.internal;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import org.apache.lucene.analysis.ko.dict.ConnectionCosts;
import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.store.DataInput;
import org.apache.lucene.store.InputStreamDataInput;
import org.apache.lucene.util.Version;

/**
 * Nori's connection costs (the 3,822 x 2,693 matrix of how well one morpheme follows another), kept
 * decoded in a file beside the index. Lucene decodes the matrix from its jar at every start: 11 MB
 * of variable-length integers read byte by byte, about a third of a one-shot search's CPU. The file
 * holds the decoded matrix as it sits in memory, so a start maps it and reads only the few pages a
 * query's words touch.
 *
 * <p>The file names the Lucene version it was decoded from and the matrix's size; any other file
 * (older Lucene, cut short, not ours) is ignored and written again from Lucene's copy. Where the
 * decoded matrix cannot be handed to Nori (Lucene's fields not reachable, e.g. when Gleaner runs
 * as named modules, or a JDK that warns when they are set), Nori's own copy is used.
 */
final class NoriCosts {
    /** The file's name in the index folder. */
    static final String FILE_NAME = "gleaner-nori-costs.cache";

    private static final int HEADER = 64;
    private static final byte[] MAGIC = "gleaner nori connection costs 1\n".getBytes(StandardCharsets.US_ASCII);

    private NoriCosts() {}

    /**
     * {@return the connection costs, read from {@code cache} when it holds them for this Lucene
     * version, else Nori's own (decoded from its jar), written to {@code cache} for the next start}
     *
     * @param cache the file in an existing folder, or {@code null} for Nori's own copy only
     */
    static ConnectionCosts load(Path cache) {
        if (cache == null || !settable()) {
            return ConnectionCosts.getInstance();
        }
        ConnectionCosts read = read(cache);
        if (read != null) {
            return read;
        }
        ConnectionCosts costs = ConnectionCosts.getInstance();
        write(cache, costs);
        return costs;
    }

    /** {@return the costs in {@code cache}, or null when it is missing or not a matrix of this Lucene's} */
    static ConnectionCosts read(Path cache) {
        try (FileChannel ch = FileChannel.open(cache, StandardOpenOption.READ)) {
            ByteBuffer header = ByteBuffer.allocate(HEADER);
            while (header.hasRemaining() && ch.read(header) >= 0) {
                // reads the header
            }
            header.flip();
            if (header.remaining() < HEADER || !Arrays.equals(bytes(header, MAGIC.length), MAGIC)) {
                return null;
            }
            int forward = header.getInt();
            int backward = header.getInt();
            byte[] version = bytes(header, header.get());
            if (!Arrays.equals(version, luceneVersion())
                    || forward <= 0
                    || backward <= 0
                    || (long) forward * backward * 2 + HEADER != ch.size()) {
                return null;
            }
            // Copied from the mapped file into memory of Gleaner's own, as Nori keeps it (~10 ms for
            // the 20 MB, where decoding takes ~0.35 s): analysis reads the matrix at random for every
            // character, and reading it through the file's mapping made indexing ~35% slower (a
            // rebuild of 20,000 posts 76 s -> 102 s; the file's pages are small pages, Nori's memory
            // is not).
            ByteBuffer mapped = ch.map(FileChannel.MapMode.READ_ONLY, HEADER, (long) forward * backward * 2);
            ByteBuffer matrix = ByteBuffer.allocateDirect(mapped.capacity());
            matrix.put(mapped).flip();
            return instance(matrix.asReadOnlyBuffer().order(ByteOrder.BIG_ENDIAN), forward);
        } catch (IOException | RuntimeException | ReflectiveOperationException e) {
            return null;
        }
    }

    /**
     * Writes {@code costs} to {@code cache} through a new file beside it, moved into place when
     * complete: a file in place is never written again, only replaced, so a start that has it mapped
     * (or two starts writing it at once) never sees it change. A failure only loses the cache.
     */
    static void write(Path cache, ConnectionCosts costs) {
        try {
            int[] sizes = sizes();
            int forward = sizes[0];
            int backward = sizes[1];
            ByteBuffer out = ByteBuffer.allocate(HEADER + forward * backward * 2);
            out.put(MAGIC).putInt(forward).putInt(backward);
            byte[] version = luceneVersion();
            out.put((byte) version.length).put(version);
            out.position(HEADER);
            for (int b = 0; b < backward; b++) {
                for (int f = 0; f < forward; f++) {
                    out.putShort((short) costs.get(f, b));
                }
            }
            dev.gleaner.core.io.AtomicFiles.write(cache, out.array());
        } catch (IOException | RuntimeException e) {
            // Only the cache is lost: the next start tries again.
        }
    }

    /** {@return the matrix's forward and backward sizes, from the head of Nori's own file} */
    static int[] sizes() throws IOException {
        try (java.io.InputStream in = ConnectionCosts.class.getResourceAsStream("ConnectionCosts.dat")) {
            if (in == null) {
                throw new IOException("Nori's ConnectionCosts.dat is missing");
            }
            DataInput data = new InputStreamDataInput(in);
            CodecUtil.checkHeader(data, "ko_cc", 1, 1);
            return new int[] {data.readVInt(), data.readVInt()};
        }
    }

    private static byte[] luceneVersion() {
        return Version.LATEST.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] bytes(ByteBuffer b, int n) {
        byte[] out = new byte[Math.max(0, Math.min(n, b.remaining()))];
        b.get(out);
        return out;
    }

    // Lucene builds its costs only from a stream it decodes; the decoded matrix is handed to an
    // instance made without that constructor, in the two fields the constructor would have set.

    private static Field matrixField;
    private static Field forwardField;
    private static Constructor<?> blank;

    /** {@return whether a decoded matrix can be handed to Nori in this runtime} */
    static synchronized boolean settable() {
        // From JDK 26 on, setting a final field by reflection prints a warning unless allowed.
        if (Runtime.version().feature() > 25) {
            return false;
        }
        if (blank != null) {
            return true;
        }
        try {
            Class<?> base = org.apache.lucene.analysis.morph.ConnectionCosts.class;
            Field matrix = base.getDeclaredField("buffer");
            Field forward = base.getDeclaredField("forwardSize");
            if (matrix.getType() != ByteBuffer.class || forward.getType() != int.class) {
                return false;
            }
            matrix.setAccessible(true);
            forward.setAccessible(true);
            blank = sun.reflect.ReflectionFactory.getReflectionFactory()
                    .newConstructorForSerialization(ConnectionCosts.class, Object.class.getDeclaredConstructor());
            matrixField = matrix;
            forwardField = forward;
            return blank != null;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    private static ConnectionCosts instance(ByteBuffer matrix, int forward) throws ReflectiveOperationException {
        ConnectionCosts costs = (ConnectionCosts) blank.newInstance();
        matrixField.set(costs, matrix.asReadOnlyBuffer());
        forwardField.setInt(costs, forward);
        return costs;
    }
}
