package dev.gleaner.index.internal;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.store.InputStreamDataInput;
import org.apache.lucene.store.OutputStreamDataOutput;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.BytesRefHash;
import org.apache.lucene.util.fst.ByteSequenceOutputs;
import org.apache.lucene.util.fst.FST;

/**
 * The synonym map as built from the synonym files, kept in a file so that the next start reads it
 * instead of parsing every rule again (each rule goes through the whole Korean analysis chain: a
 * few hundred milliseconds of every search started from the command line). The file holds a digest
 * of everything the map was built from (the synonym files, the user dictionary, the classes of the
 * analysis chain and Lucene's version); a file written from other inputs, or one that cannot be
 * read, is ignored and written again.
 */
final class SynonymCache {
    /** The cache's file name in the index folder; Lucene never writes a file of that name. */
    static final String FILE_NAME = "gleaner-synonyms.cache";

    private static final int FORMAT = 1;
    private static final int MAGIC = 0x474c5359; // "GLSY"

    /** The classes whose code decides how a rule is analysed: a change to any of them changes the map. */
    private static final List<String> CHAIN = List.of(
            "GleanerAnalysis.class",
            "GleanerAnalysis$ChainAnalyzer.class",
            "LatinRunJoinFilter.class",
            "LatinStemFilter.class",
            "CloseHolesFilter.class",
            "NfcCharFilter.class");

    /** What a load produced: the map, the rules that could not be used, and how many could. */
    record Built(SynonymMap map, List<String> warnings, int rules) {}

    private SynonymCache() {}

    /**
     * {@return the digest of what a synonym map is built from}
     *
     * @param sources the contents of the synonym files and the user dictionary, in a fixed order,
     *     {@code null} for a file that is absent
     */
    static byte[] key(List<byte[]> sources) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            update(
                    digest,
                    ("format " + FORMAT + " lucene " + org.apache.lucene.util.Version.LATEST)
                            .getBytes(StandardCharsets.UTF_8));
            for (String c : CHAIN) {
                update(digest, classBytes(c));
            }
            for (byte[] source : sources) {
                update(digest, source);
            }
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static void update(MessageDigest digest, byte[] bytes) {
        if (bytes == null) {
            digest.update((byte) 0);
            return;
        }
        digest.update((byte) 1);
        digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        digest.update((byte) ':');
        digest.update(bytes);
    }

    private static byte[] classBytes(String name) {
        try (InputStream in = SynonymCache.class.getResourceAsStream(name)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            return null;
        }
    }

    /** {@return the map stored in {@code file} for {@code key}, or empty when there is none, another, or a damaged one} */
    static Optional<Built> read(Path file, byte[] key) {
        if (file == null || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            InputStreamDataInput data = new InputStreamDataInput(in);
            if (data.readInt() != MAGIC || data.readInt() != FORMAT) {
                return Optional.empty();
            }
            byte[] stored = new byte[data.readVInt()];
            data.readBytes(stored, 0, stored.length);
            if (!Arrays.equals(stored, key)) {
                return Optional.empty();
            }
            int rules = data.readVInt();
            int warningCount = data.readVInt();
            List<String> warnings = new ArrayList<>(warningCount);
            for (int i = 0; i < warningCount; i++) {
                warnings.add(data.readString());
            }
            int maxHorizontalContext = data.readVInt();
            int wordCount = data.readVInt();
            BytesRefHash words = new BytesRefHash();
            for (int i = 0; i < wordCount; i++) {
                byte[] word = new byte[data.readVInt()];
                data.readBytes(word, 0, word.length);
                if (words.add(new BytesRef(word)) != i) {
                    return Optional.empty(); // the same word twice: not a file this class wrote
                }
            }
            FST<BytesRef> fst = null;
            if (data.readByte() == 1) {
                fst = new FST<>(FST.readMetadata(data, ByteSequenceOutputs.getSingleton()), data);
            }
            return Optional.of(new Built(new SynonymMap(fst, words, maxHorizontalContext), warnings, rules));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // rebuilt from the synonym files, and written again
        }
    }

    /**
     * Writes {@code built} for {@code key} into {@code file}, replacing it whole or not at all. A
     * cache that cannot be written only costs the next start the time to build the map again.
     */
    static void write(Path file, byte[] key, Built built) {
        if (file == null) {
            return;
        }
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                OutputStreamDataOutput data = new OutputStreamDataOutput(out);
                data.writeInt(MAGIC);
                data.writeInt(FORMAT);
                data.writeVInt(key.length);
                data.writeBytes(key, key.length);
                data.writeVInt(built.rules());
                data.writeVInt(built.warnings().size());
                for (String warning : built.warnings()) {
                    data.writeString(warning);
                }
                SynonymMap map = built.map();
                data.writeVInt(map.maxHorizontalContext);
                data.writeVInt(map.words.size());
                BytesRef scratch = new BytesRef();
                for (int i = 0; i < map.words.size(); i++) {
                    BytesRef word = map.words.get(i, scratch);
                    data.writeVInt(word.length);
                    data.writeBytes(word.bytes, word.offset, word.length);
                }
                if (map.fst == null) {
                    data.writeByte((byte) 0);
                } else {
                    data.writeByte((byte) 1);
                    map.fst.save(data, data);
                }
            }
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // nothing more to do: the next start builds the map again
            }
            System.getLogger(SynonymCache.class.getName())
                    .log(System.Logger.Level.DEBUG, "Cannot keep the synonym map in " + file, e);
        }
    }
}
