package dev.gleaner.index.internal;

import dev.gleaner.index.IndexException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ko.KoreanPartOfSpeechStopFilter;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.ko.POS;
import org.apache.lucene.analysis.ko.dict.ConnectionCosts;
import org.apache.lucene.analysis.ko.dict.TokenInfoDictionary;
import org.apache.lucene.analysis.ko.dict.UnknownDictionary;
import org.apache.lucene.analysis.ko.dict.UserDictionary;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.util.AttributeFactory;

/**
 * Gleaner's analysis chain: NFC, Nori with the tech-term user dictionary, part-of-speech stop tags
 * chosen for search, Latin runs joined, lowercased and (Latin only) stemmed; the query analyzer adds
 * the Hangul/English tech-term synonyms.
 */
public final class GleanerAnalysis {
    /** The shipped synonym data file's resource name. */
    static final String SYNONYMS_RESOURCE = "tech-synonyms.txt";

    /** The shipped user dictionary's resource name. */
    static final String USER_DICTIONARY_RESOURCE = "tech-userdict.txt";

    /**
     * Morphemes dropped from the index: endings, particles, symbols, suffixes, auxiliary verbs and
     * the copula, dependent nouns. Prefixes (XPN: 비-, 무-, 미-) and the negative copula (VCN) stay
     * because they flip meaning. Lucene 10 tag names (no more E or J).
     */
    public static final Set<POS.Tag> STOP_TAGS = Collections.unmodifiableSet(EnumSet.of(
            POS.Tag.EP,
            POS.Tag.EF,
            POS.Tag.EC,
            POS.Tag.ETN,
            POS.Tag.ETM,
            POS.Tag.IC,
            POS.Tag.JKS,
            POS.Tag.JKC,
            POS.Tag.JKG,
            POS.Tag.JKO,
            POS.Tag.JKB,
            POS.Tag.JKV,
            POS.Tag.JKQ,
            POS.Tag.JX,
            POS.Tag.JC,
            POS.Tag.MAG,
            POS.Tag.MAJ,
            POS.Tag.MM,
            POS.Tag.NNB,
            POS.Tag.NNBC,
            POS.Tag.SP,
            POS.Tag.SSC,
            POS.Tag.SSO,
            POS.Tag.SC,
            POS.Tag.SE,
            POS.Tag.SY,
            POS.Tag.SF,
            POS.Tag.XSA,
            POS.Tag.XSN,
            POS.Tag.XSV,
            POS.Tag.VX,
            POS.Tag.VCP,
            POS.Tag.UNA,
            POS.Tag.NA,
            POS.Tag.VSV));

    /**
     * Verb and noun stems so frequent they carry no meaning for search (하다, 되다, 있다, 없다, 않다,
     * 같다 and a few pronouns/determiners that Nori tags as content words).
     */
    static final CharArraySet NOISE_STEMS = CharArraySet.unmodifiableSet(new CharArraySet(
            List.of("하", "되", "있", "없", "않", "같", "이", "그", "저", "것", "수", "등", "및", "때", "더", "안", "못", "잘", "또"),
            false));

    private final UserDictionary userDictionary;
    private final Analyzer indexAnalyzer;
    private final Analyzer queryAnalyzer;
    private final List<String> warnings;
    private final int synonymRules;

    private GleanerAnalysis(UserDictionary userDictionary, SynonymMap synonyms, List<String> warnings, int rules) {
        this.userDictionary = userDictionary;
        this.indexAnalyzer = new ChainAnalyzer(userDictionary, null, false);
        this.queryAnalyzer = new ChainAnalyzer(userDictionary, synonyms, false);
        this.warnings = List.copyOf(warnings);
        this.synonymRules = rules;
    }

    /** The shipped tech-term dictionary: its text and the dictionary built from it. */
    private record Shipped(byte[] text, UserDictionary dictionary) {}

    /** Built once per process: it never changes, and a built dictionary is only read. */
    private static Shipped shipped;

    private static synchronized Shipped shippedDictionary() {
        if (shipped == null) {
            byte[] text = resourceBytes(USER_DICTIONARY_RESOURCE);
            try (Reader reader = new InputStreamReader(new ByteArrayInputStream(text), StandardCharsets.UTF_8)) {
                shipped = new Shipped(text, UserDictionary.open(reader));
            } catch (IOException e) {
                throw new IndexException("Cannot read Gleaner's tech-term dictionary: " + e.getMessage(), e);
            }
        }
        return shipped;
    }

    /** The name of the thread {@link #preloadDictionaries} starts. */
    static final String PRELOAD_THREAD = "gleaner-dictionary-preload";

    /**
     * Nori's connection costs for every analyzer of this process: those {@link #preloadDictionaries}
     * loads (from the index folder's decoded copy when it has one), else Nori's own.
     */
    private static volatile java.util.concurrent.CompletableFuture<ConnectionCosts> costs;

    private static volatile Thread costsThread;

    /**
     * Starts loading Nori's system dictionaries (its word list and connection costs, most of the
     * time an analyzer's first use takes) and Gleaner's tech-term dictionary on background threads,
     * and returns at once. A command that will search calls it first, so that the dictionaries load
     * while it reads its command line and opens the library; an analyzer used before they are loaded
     * waits for them. Failures are left for that first use to report.
     *
     * @param indexDir the index folder, whose decoded copy of the connection costs is read (and
     *     written when missing); {@code null} or a folder that does not exist: Nori's own copy
     */
    public static void preloadDictionaries(Path indexDir) {
        Path cache = indexDir != null && Files.isDirectory(indexDir) ? indexDir.resolve(NoriCosts.FILE_NAME) : null;
        java.util.concurrent.CompletableFuture<ConnectionCosts> loading =
                new java.util.concurrent.CompletableFuture<>();
        costs = loading;
        // Two threads: the word list and the costs each take about as long when the costs are decoded
        // from Nori's jar (the first start), and the command's own thread waits for both anyway.
        costsThread = Thread.ofPlatform()
                .name(PRELOAD_THREAD + "-costs")
                .daemon()
                .start(() -> {
                    try {
                        loading.complete(NoriCosts.load(cache));
                    } catch (RuntimeException | LinkageError e) {
                        loading.completeExceptionally(e);
                    }
                });
        Thread.ofPlatform().name(PRELOAD_THREAD).daemon().start(() -> {
            try {
                org.apache.lucene.analysis.ko.dict.TokenInfoDictionary.getInstance();
                org.apache.lucene.analysis.ko.dict.UnknownDictionary.getInstance();
                shippedDictionary();
            } catch (RuntimeException | LinkageError e) {
                // the analyzer's first use loads them again and says what is wrong
            }
        });
    }

    /**
     * Waits up to {@code max} for the preloading started by {@link #preloadDictionaries} to end,
     * including the writing of the decoded costs into the index folder (the first start of a
     * workspace): a command that ended before needing them leaves no file being written behind it.
     */
    public static void awaitPreloaded(java.time.Duration max) {
        Thread t = costsThread;
        if (t == null) {
            return;
        }
        try {
            t.join(max);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** {@return the connection costs: those being preloaded, else Nori's own} */
    static ConnectionCosts connectionCosts() {
        java.util.concurrent.CompletableFuture<ConnectionCosts> loading = costs;
        if (loading != null) {
            try {
                return loading.join();
            } catch (java.util.concurrent.CompletionException | java.util.concurrent.CancellationException e) {
                // Nori's own copy, whose loading says what is wrong
            }
        }
        return ConnectionCosts.getInstance();
    }

    /**
     * Loads the shipped dictionary and synonyms, plus the user's synonym file when it exists.
     *
     * @param userSynonyms a Solr-format synonym file of the user's, or {@code null}
     */
    public static GleanerAnalysis load(Path userSynonyms) {
        return load(userSynonyms, null);
    }

    /**
     * Loads the shipped dictionary and synonyms, plus the user's synonym file when it exists, reading
     * the synonym map from {@code cache} when it was built there from the same files (and writing it
     * there when not).
     *
     * @param userSynonyms a Solr-format synonym file of the user's, or {@code null}
     * @param cache the file that keeps the built synonym map, or {@code null} for none
     */
    public static GleanerAnalysis load(Path userSynonyms, Path cache) {
        return load(userSynonyms, cache, true);
    }

    /**
     * {@return the analysis when its synonym map is in {@code cache}, built from the same files;
     * null when it is not: nothing is built or written}
     */
    static GleanerAnalysis loadCached(Path userSynonyms, Path cache) {
        return load(userSynonyms, cache, false);
    }

    private static GleanerAnalysis load(Path userSynonyms, Path cache, boolean build) {
        Shipped shippedDictionary = shippedDictionary();
        byte[] dictionaryText = shippedDictionary.text();
        UserDictionary dictionary = shippedDictionary.dictionary();
        byte[] shipped = resourceBytes(SYNONYMS_RESOURCE);
        byte[] user = null;
        if (userSynonyms != null && Files.isRegularFile(userSynonyms)) {
            try {
                user = Files.readAllBytes(userSynonyms);
            } catch (IOException e) {
                throw new IndexException(
                        "Cannot read the synonym file " + userSynonyms + ": " + e.getMessage() + ". Fix or remove it.",
                        e);
            }
        }
        byte[] key = cache == null
                ? null
                : SynonymCache.key(Arrays.asList(
                        dictionaryText,
                        shipped,
                        user,
                        userSynonyms == null ? null : userSynonyms.toString().getBytes(StandardCharsets.UTF_8)));
        if (cache != null) {
            var cached = SynonymCache.read(cache, key);
            if (cached.isPresent()) {
                SynonymCache.Built b = cached.get();
                return new GleanerAnalysis(dictionary, b.map(), b.warnings(), b.rules());
            }
        }
        if (!build) {
            return null;
        }
        SynonymCache.Built built = parseSynonyms(dictionary, shipped, user, userSynonyms);
        if (cache != null) {
            SynonymCache.write(cache, key, built);
        }
        return new GleanerAnalysis(dictionary, built.map(), built.warnings(), built.rules());
    }

    private static SynonymCache.Built parseSynonyms(
            UserDictionary dictionary, byte[] shipped, byte[] user, Path userSynonyms) {
        // Synonym rules are parsed by the same chain (linear: DISCARD mode, no graph), with the holes
        // left by dropped particles closed, because the synonym parser rejects them.
        Analyzer parsing = new ChainAnalyzer(dictionary, null, true);
        SolrSynonymParser parser = new SolrSynonymParser(true, true, parsing);
        List<String> warnings = new ArrayList<>();
        int rules = 0;
        try {
            rules += addRules(parser, lines(shipped), SYNONYMS_RESOURCE, warnings);
            if (user != null) {
                // Strictly UTF-8, as Files.readAllLines reads: a file in another encoding is refused, not garbled.
                String text = StandardCharsets.UTF_8
                        .newDecoder()
                        .decode(java.nio.ByteBuffer.wrap(user))
                        .toString();
                rules += addRules(parser, readLines(new StringReader(text)), userSynonyms.toString(), warnings);
            }
            return new SynonymCache.Built(parser.build(), warnings, rules);
        } catch (IOException e) {
            throw new IndexException(
                    "Cannot read the synonym file " + userSynonyms + ": " + e.getMessage() + ". Fix or remove it.", e);
        }
    }

    private static List<String> lines(byte[] text) throws IOException {
        return readLines(new InputStreamReader(new ByteArrayInputStream(text), StandardCharsets.UTF_8));
    }

    private static byte[] resourceBytes(String name) {
        try (InputStream in = GleanerAnalysis.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IndexException("Cannot read Gleaner's resource " + name + ": " + e.getMessage(), e);
        }
    }

    private static List<String> readLines(Reader reader) throws IOException {
        List<String> lines = new ArrayList<>();
        try (java.io.BufferedReader buffered = new java.io.BufferedReader(reader)) {
            String line;
            while ((line = buffered.readLine()) != null) {
                lines.add(line);
            }
        }
        return lines;
    }

    private static int addRules(SolrSynonymParser parser, List<String> lines, String file, List<String> warnings)
            throws IOException {
        int added = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            try {
                parser.parse(new StringReader(line));
                added++;
            } catch (ParseException | IllegalArgumentException e) {
                warnings.add(file + " line " + (i + 1) + " skipped: " + rootMessage(e));
            }
        }
        return added;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return String.valueOf(t.getMessage());
    }

    /** {@return the analyzer used to index documents (no synonyms)} */
    public Analyzer indexAnalyzer() {
        return indexAnalyzer;
    }

    /** {@return the analyzer used for queries: the index chain plus tech-term synonyms} */
    public Analyzer queryAnalyzer() {
        return queryAnalyzer;
    }

    /** {@return the user dictionary in use} */
    public UserDictionary userDictionary() {
        return userDictionary;
    }

    /** {@return synonym lines that could not be used, each naming its file and line} */
    public List<String> warnings() {
        return warnings;
    }

    /** {@return how many synonym rules were loaded} */
    public int synonymRules() {
        return synonymRules;
    }

    /** The analysis chain, with or without synonyms. */
    private static final class ChainAnalyzer extends Analyzer {
        private final UserDictionary dictionary;
        private final SynonymMap synonyms;
        private final boolean closeHoles;

        ChainAnalyzer(UserDictionary dictionary, SynonymMap synonyms, boolean closeHoles) {
            this.dictionary = dictionary;
            this.synonyms = synonyms;
            this.closeHoles = closeHoles;
        }

        @Override
        protected Reader initReader(String fieldName, Reader reader) {
            return new NfcCharFilter(reader);
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new KoreanTokenizer(
                    AttributeFactory.DEFAULT_ATTRIBUTE_FACTORY,
                    TokenInfoDictionary.getInstance(),
                    UnknownDictionary.getInstance(),
                    connectionCosts(),
                    dictionary,
                    KoreanTokenizer.DecompoundMode.DISCARD,
                    false,
                    true);
            TokenStream stream = new KoreanPartOfSpeechStopFilter(tokenizer, STOP_TAGS);
            stream = new LatinRunJoinFilter(stream);
            stream = new LowerCaseFilter(stream);
            stream = new LatinStemFilter(stream);
            stream = new StopFilter(stream, NOISE_STEMS);
            if (closeHoles) {
                stream = new CloseHolesFilter(stream);
            }
            if (synonyms != null && synonyms.fst != null) {
                stream = new SynonymGraphFilter(stream, synonyms, true);
            }
            return new TokenStreamComponents(tokenizer, stream);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new LowerCaseFilter(in);
        }
    }
}
