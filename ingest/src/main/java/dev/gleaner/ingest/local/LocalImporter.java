package dev.gleaner.ingest.local;

import com.vladsch.flexmark.util.ast.Document;
import dev.gleaner.core.GleanerException;
import dev.gleaner.core.library.Library;
import dev.gleaner.core.model.Article;
import dev.gleaner.core.model.ArticleDraft;
import dev.gleaner.core.model.SourceKind;
import dev.gleaner.core.url.CanonicalUrl;
import dev.gleaner.ingest.IngestException;
import dev.gleaner.ingest.safety.SafeDrafts;
import dev.gleaner.ingest.text.Languages;
import dev.gleaner.ingest.text.LenientDates;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Imports local files into the library: Markdown (with YAML/TOML/JSON front matter), text and HTML
 * files, or folders of them. Importing an unchanged file again changes nothing; a changed file
 * updates its article.
 */
public final class LocalImporter {
    static final System.Logger LOG = System.getLogger(LocalImporter.class.getName());

    /** Files larger than this are refused: nobody writes a 32 MB note. */
    public static final long MAX_FILE_BYTES = 32L << 20;

    private static final Set<String> SKIPPED_FOLDERS = Set.of(
            ".git", ".hg", ".svn", "node_modules", "public", "resources", "_site", "themes", ".obsidian", ".trash");

    private final Library library;
    private final HtmlFileReader htmlReader;
    private final ZoneId zone;
    private final LenientDates frontMatterDates;

    /**
     * Creates an importer.
     *
     * @param library where articles go
     * @param htmlReader turns an HTML file into an article draft
     * @param zone the zone for front matter dates written without an offset
     */
    public LocalImporter(Library library, HtmlFileReader htmlReader, ZoneId zone) {
        this.library = library;
        this.htmlReader = htmlReader;
        this.zone = zone;
        this.frontMatterDates = LenientDates.frontMatter(zone);
    }

    /**
     * Imports files and folders (recursively).
     *
     * @param paths files or folders
     * @param progress told about each file as it is done
     * @throws IngestException when a path does not exist or a folder has nothing to import; files
     *     that fail are reported in the result instead
     */
    public ImportReport importPaths(List<Path> paths, Consumer<ImportReport.FileResult> progress) {
        return importPaths(paths, progress, w -> {});
    }

    /**
     * Imports files and folders as {@link #importPaths(List, Consumer)} does, and tells {@code
     * warned} of each file imported though not all of it could be read.
     */
    public ImportReport importPaths(
            List<Path> paths, Consumer<ImportReport.FileResult> progress, Consumer<ImportReport.Warning> warned) {
        return importPaths(paths, progress, warned, files -> {}, () -> false);
    }

    /**
     * Imports files and folders as {@link #importPaths(List, Consumer, Consumer)} does, telling {@code
     * found} how many files each path holds before it reads them, and stopping before the next file
     * once {@code cancelled} is true: the files done by then stay stored, and no note counts as gone
     * from a folder whose walk was not finished.
     */
    public ImportReport importPaths(
            List<Path> paths,
            Consumer<ImportReport.FileResult> progress,
            Consumer<ImportReport.Warning> warned,
            java.util.function.IntConsumer found,
            java.util.function.BooleanSupplier cancelled) {
        List<ImportReport.Warning> warnings = new ArrayList<>();
        Consumer<ImportReport.Warning> warn = w -> {
            warnings.add(w);
            warned.accept(w);
        };
        List<Path> roots = new ArrayList<>();
        for (Path p : paths) {
            Path abs = p.toAbsolutePath().normalize();
            if (!Files.exists(abs)) {
                throw new IngestException("There is no file or folder " + p + ": check the path and try again.");
            }
            if (!Files.isReadable(abs)) {
                throw new IngestException("Cannot read " + p + ": check its permissions and try again.");
            }
            roots.add(abs);
        }
        List<ImportReport.FileResult> results = new ArrayList<>();
        List<ImportReport.Gone> gone = new ArrayList<>();
        for (Path root : roots) {
            if (cancelled.getAsBoolean()) {
                break;
            }
            FolderWalk.Found walked = Files.isDirectory(root)
                    ? FolderWalk.under(root, SKIPPED_FOLDERS)
                    : new FolderWalk.Found(List.of(root), List.of());
            if (walked.files().isEmpty() && walked.refused().isEmpty()) {
                throw new IngestException(
                        "The folder " + root + " has no .md, .markdown, .txt or .html files to import.");
            }
            long sourceId = library.addSource(
                            SourceKind.FOLDER,
                            root.toString(),
                            root.getFileName() == null
                                    ? root.toString()
                                    : root.getFileName().toString(),
                            null)
                    .id();
            // Notes imported from this folder before whose files are gone: a new file with the same
            // text is the same note renamed or moved, and keeps its id, state, notes and tags.
            Map<String, Deque<Article>> goneByText = Files.isDirectory(root) ? goneNotes(sourceId) : new HashMap<>();
            // Files and what the walk passed over, reported in path order.
            List<ImportReport.Failed> refused = new ArrayList<>(walked.refused());
            List<Path> files = walked.files();
            found.accept(files.size() + refused.size());
            boolean stopped = false;
            // Files are read and converted ahead on other threads (a bounded window), and stored here
            // in path order, in batches of posts that share one transaction.
            ExecutorService readers = files.size() > 1
                    ? Executors.newFixedThreadPool(
                            READERS,
                            Thread.ofPlatform()
                                    .name("gleaner-import-", 1)
                                    .daemon(true)
                                    .factory())
                    : null;
            ImportBatch batch = new ImportBatch(library, sourceId, goneByText, warn, results, progress);
            try {
                ArrayDeque<Future<Parsed>> ahead = new ArrayDeque<>();
                int next = 0;
                for (Path file : files) {
                    if (cancelled.getAsBoolean()) {
                        stopped = true;
                        break;
                    }
                    while (next < files.size() && ahead.size() < READ_AHEAD) {
                        Path f = files.get(next++);
                        ahead.add(
                                readers == null
                                        ? CompletableFuture.completedFuture(parse(f))
                                        : readers.submit(() -> parse(f)));
                    }
                    Parsed parsed = join(ahead.removeFirst());
                    while (!refused.isEmpty() && refused.getFirst().file().compareTo(file) < 0) {
                        batch.refused(refused.removeFirst());
                    }
                    batch.add(file, parsed);
                    if (batch.full()) {
                        batch.store();
                    }
                }
                // What was read before a cancel is stored too: the files done by then stay stored.
                batch.store();
            } finally {
                if (readers != null) {
                    readers.shutdownNow();
                }
            }
            if (stopped) {
                break;
            }
            refused.forEach(f -> ImportBatch.report(f, results, progress));
            goneByText.values().stream()
                    .flatMap(Deque::stream)
                    .sorted(Comparator.comparing(Article::sourcePath))
                    .forEach(a -> gone.add(new ImportReport.Gone(Path.of(a.sourcePath()), a.id(), a.title())));
        }
        return new ImportReport(results, warnings, gone);
    }

    /** How many files are read ahead of the one being stored: bounds the memory whatever the folder. */
    private static final int READ_AHEAD = 32;

    /** Threads reading and converting files while the importing thread stores them. */
    private static final int READERS =
            Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));

    /** One file read: its posts, or why it failed; and what could not be read of it. */
    record Parsed(List<ArticleDraft> drafts, ImportReport.Failed failed, List<ImportReport.Warning> warnings) {}

    private static Parsed join(Future<Parsed> parsed) {
        try {
            return parsed.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IngestException("The import was interrupted; the files before it are stored.", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** {@return whether Gleaner imports files with this name} */
    public static boolean isImportable(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".md")
                || name.endsWith(".markdown")
                || name.endsWith(".txt")
                || name.endsWith(".html")
                || name.endsWith(".htm");
    }

    /** {@return the articles of this folder whose files are no longer there, by their text} */
    private Map<String, Deque<Article>> goneNotes(long sourceId) {
        Map<String, Deque<Article>> byText = new HashMap<>();
        for (Map.Entry<Long, String> e : library.localPaths(sourceId).entrySet()) {
            String path = e.getValue().replaceFirst("#\\d+$", "");
            boolean gone;
            try {
                gone = !Files.exists(Path.of(path));
            } catch (java.nio.file.InvalidPathException notHere) {
                gone = false; // not a path of this system: leave it alone
            }
            if (gone) {
                library.article(e.getKey())
                        .ifPresent(a -> byText.computeIfAbsent(a.text(), t -> new ArrayDeque<>())
                                .add(a));
            }
        }
        return byText;
    }

    /** Reads one file into its posts; safe on any thread (nothing is stored). */
    private Parsed parse(Path file) {
        List<ImportReport.Warning> warnings = new ArrayList<>();
        try {
            return new Parsed(readPosts(file, warnings::add), null, warnings);
        } catch (GleanerException e) {
            LOG.log(System.Logger.Level.INFO, e.getMessage(), e);
            String why = String.valueOf(e.getMessage());
            return new Parsed(
                    List.of(),
                    new ImportReport.Failed(file, why.contains(file.toString()) ? why : file + ": " + why),
                    warnings);
        } catch (RuntimeException | StackOverflowError e) {
            // Fuzzed or pathological input can trip a parser; that file fails, the others are imported.
            LOG.log(System.Logger.Level.WARNING, "Importing " + file + " failed", e);
            return new Parsed(
                    List.of(),
                    new ImportReport.Failed(
                            file, file + " could not be read (" + e + "): it was skipped; details are in the log."),
                    warnings);
        }
    }

    /** Reads one file into a draft, without storing it. */
    public ArticleDraft read(Path file) {
        return read(file, w -> {});
    }

    /** Reads one file into a draft, without storing it; {@code warn} hears what could not be read. */
    public ArticleDraft read(Path file, Consumer<ImportReport.Warning> warn) {
        String text = text(file);
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return safe(htmlReader.read(file, text));
        }
        return readMarkdownOrText(file, frontMatter(text, file), name.endsWith(".txt"), warn);
    }

    /** {@return the draft with only http(s) and mailto links left in it} */
    private static ArticleDraft safe(ArticleDraft draft) {
        return SafeDrafts.clean(draft, draft.url()).draft();
    }

    /** {@return the draft with only http(s) and mailto links left in it; {@code parsed} is its Markdown parsed} */
    private static ArticleDraft safe(ArticleDraft draft, Document parsed) {
        return SafeDrafts.clean(draft, draft.url(), parsed).draft();
    }

    /** {@return the front matter and body of a file's text, its line ends made Unix ones} */
    private static FrontMatter frontMatter(String text, Path file) {
        // Windows and old Mac line ends would otherwise stay in the stored Markdown.
        return FrontMatter.parse(text.replace("\r\n", "\n").replace('\r', '\n'), file);
    }

    /**
     * Reads one file into the drafts of its posts, without storing them: one draft, unless the file
     * is the text of a listing page (a blog's index saved as text or Markdown, without front
     * matter), which gives one draft per post. The first post keeps the file's path; the others
     * are {@code PATH#2}, {@code PATH#3} and so on.
     */
    public List<ArticleDraft> readPosts(Path file, Consumer<ImportReport.Warning> warn) {
        String text = text(file);
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return List.of(safe(htmlReader.read(file, text)));
        }
        boolean plain = name.endsWith(".txt");
        FrontMatter fm = frontMatter(text, file);
        if (fm.format() == null) {
            List<TextListing.Post> posts = TextListing.split(fm.body(), zone, plain);
            if (!posts.isEmpty()) {
                List<ArticleDraft> drafts = new ArrayList<>();
                for (int i = 0; i < posts.size(); i++) {
                    TextListing.Post p = posts.get(i);
                    String body = plain ? p.body().strip() + "\n" : MarkdownText.clean(p.body());
                    Document parsed = plain ? null : MarkdownText.parse(body);
                    String plainText = plain ? body.strip() : MarkdownText.plainText(parsed);
                    drafts.add(safe(
                            new ArticleDraft(
                                    null,
                                    p.title(),
                                    List.of(),
                                    p.published(),
                                    guessLanguage(plainText),
                                    null,
                                    List.of(),
                                    body,
                                    plainText,
                                    i == 0 ? file.toString() : file + "#" + (i + 1),
                                    null,
                                    null),
                            parsed));
                }
                return drafts;
            }
        }
        return List.of(readMarkdownOrText(file, fm, plain, warn));
    }

    private String text(Path file) {
        if (!isImportable(file)) {
            throw new IngestException(file
                    + " is not a Markdown, text or HTML file: Gleaner imports .md, .markdown, .txt, .html and .htm.");
        }
        byte[] bytes;
        try {
            if (Files.isDirectory(file) || (Files.exists(file) && !Files.isRegularFile(file))) {
                throw new IngestException(file + " is not a regular file (a folder, device or pipe): it was not read.");
            }
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new IngestException(
                        file + " is larger than " + (MAX_FILE_BYTES >> 20) + " MB: split it or import a smaller file.");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new IngestException("There is no file " + file + ": check the path and try again.", e);
        } catch (java.nio.file.AccessDeniedException e) {
            throw new IngestException(
                    "Cannot read " + file + ": permission denied. Check its permissions and try again.", e);
        } catch (IOException e) {
            throw new IngestException("Cannot read " + file + ": " + FolderWalk.reason(e) + ".", e);
        }
        if (looksBinary(bytes)) {
            throw new IngestException(file + " is a binary file, not text: import Markdown, text or HTML files.");
        }
        return FileText.decode(bytes, file);
    }

    /**
     * {@return the draft of a Markdown or text file, made safe}; its Markdown is parsed once, for
     * the plain text, the title and the links.
     */
    private ArticleDraft readMarkdownOrText(
            Path file, FrontMatter fm, boolean plain, Consumer<ImportReport.Warning> warn) {
        if (fm.warning() != null) {
            LOG.log(System.Logger.Level.WARNING, fm.warning());
            warn.accept(new ImportReport.Warning(file, fm.warning()));
        }
        String body = plain ? fm.body().strip() + "\n" : MarkdownText.clean(fm.body());
        Document parsed = plain ? null : MarkdownText.parse(body);
        String plainText = plain ? body.strip() : MarkdownText.plainText(parsed);
        String title = fm.text("title").orElseGet(() -> {
            String h = plain ? null : MarkdownText.firstHeading(parsed);
            return h != null ? h : MarkdownText.firstLine(plain ? body : plainText);
        });
        if (title == null || title.isBlank()) {
            title = file.getFileName().toString().replaceFirst("\\.[^.]+$", "");
        }
        if (title.isBlank()) {
            title = file.getFileName().toString();
        }
        String url = fm.text("url", "link", "source", "canonicalURL", "canonical_url", "canonical", "original")
                .filter(u -> CanonicalUrl.canonicalize(u).isPresent())
                .orElse(null);
        var published = fm.text("date", "publishDate", "published", "publishedAt", "pubDate", "created")
                .flatMap(d -> frontMatterDates.parse(d))
                .or(() -> frontMatterDates.fromFileName(file))
                // Hugo dates a post by its last change when it has no date of its own.
                .or(() -> fm.text("lastmod", "modified").flatMap(d -> frontMatterDates.parse(d)))
                .orElse(null);
        List<String> tags = fm.list("tags", "categories", "category", "keywords");
        List<String> authors = fm.list("authors", "author");
        String lang = fm.text("lang", "language").orElse(guessLanguage(plainText));
        ArticleDraft draft = new ArticleDraft(
                url,
                title,
                authors,
                published,
                lang,
                fm.text("site", "siteName").orElse(null),
                tags,
                body,
                plainText,
                file.toString(),
                fm.text("image", "cover", "thumbnail").orElse(null),
                null);
        return parsed == null ? safe(draft) : safe(draft, parsed);
    }

    /** {@return "ko" when a noticeable share of the letters are Hangul, else "en"} */
    static String guessLanguage(String text) {
        return Languages.guess(text);
    }

    private static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        boolean utf16 = n >= 2 && ((bytes[0] & 0xff) == 0xFE || (bytes[0] & 0xff) == 0xFF);
        if (utf16) {
            return false;
        }
        int controls = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                return true;
            }
            // Text in any encoding has almost no C0 controls besides tab, newlines, form feed and escape.
            if ((b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B)) || b == 0x7F) {
                controls++;
            }
        }
        return controls > 8 && controls * 100 > n;
    }
}
