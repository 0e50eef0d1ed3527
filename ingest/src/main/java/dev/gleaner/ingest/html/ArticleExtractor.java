package dev.gleaner.ingest.html;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gleaner.ingest.IngestException;
import dev.gleaner.ingest.html.internal.ContentCleaner;
import dev.gleaner.ingest.html.internal.Deadline;
import dev.gleaner.ingest.html.internal.ListingDetector;
import dev.gleaner.ingest.html.internal.MarkdownConverter;
import dev.gleaner.ingest.html.internal.MetadataReader;
import dev.gleaner.ingest.html.internal.NaverTables;
import dev.gleaner.ingest.html.internal.PageAddress;
import dev.gleaner.ingest.html.internal.PageMetadata;
import dev.gleaner.ingest.html.internal.SiteRule;
import dev.gleaner.ingest.html.internal.SiteRules;
import dev.gleaner.ingest.html.internal.SmartEditor;
import dev.gleaner.ingest.html.internal.TistoryPlaceholders;
import dev.gleaner.ingest.text.LenientDates;
import dev.gleaner.ingest.text.TextDecoding;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Extracts the article of a web page: metadata, and the body as sanitized HTML, Markdown and plain
 * text, using platform rules where one applies and content scoring elsewhere. Thread-safe.
 */
public final class ArticleExtractor {
    /** The default cap on page size, in characters. */
    public static final int DEFAULT_MAX_CHARS = 8 * 1024 * 1024;
    /** The default time budget per page, in milliseconds. */
    public static final long DEFAULT_MAX_MILLIS = 2000;

    private static final int MAX_DEPTH = 256;
    private static final int MAX_SANE_DEPTH = 128;
    private static final int MAX_TABLE_NESTING = 8;
    /** Readability's threshold: an article found with less text than this is looked for again, less strictly. */
    private static final int RETRY_BELOW_CHARS = 500;

    private final int maxChars;
    private final long maxMillis;
    private final SiteRules siteRules;
    private final ObjectMapper json = new ObjectMapper();
    private final MetadataReader metadataReader = new MetadataReader(json);
    private final SmartEditor smartEditor = new SmartEditor(json);
    private final TistoryPlaceholders tistoryPlaceholders = new TistoryPlaceholders(json);
    private final MarkdownConverter markdown = new MarkdownConverter();
    private final TextDecoding decoding = new TextDecoding();
    private final Safelist safelist;
    // Platform threads, since only they have a CPU time for the deadline to count; idle ones end.
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private final ExecutorService workers = Executors.newCachedThreadPool(
            Thread.ofPlatform().name("extract-", 0).daemon().factory());

    /** Creates an extractor with the default limits and the built-in platform rules. */
    public ArticleExtractor() {
        this(DEFAULT_MAX_CHARS, DEFAULT_MAX_MILLIS);
    }

    /** Creates an extractor that rejects pages over {@code maxChars} or taking over {@code maxMillis}. */
    public ArticleExtractor(int maxChars, long maxMillis) {
        if (maxChars <= 0 || maxMillis <= 0) {
            throw new IllegalArgumentException("limits must be positive: " + maxChars + ", " + maxMillis);
        }
        this.maxChars = maxChars;
        this.maxMillis = maxMillis;
        this.siteRules = new SiteRules();
        this.safelist = Safelist.relaxed()
                .addTags("figure", "figcaption", "hr", "del", "s", "mark", "details", "summary")
                .addAttributes("code", "class")
                .addAttributes("pre", "class")
                .removeProtocols("img", "src", "http")
                .addProtocols("img", "src", "http", "https")
                .preserveRelativeLinks(false);
    }

    /**
     * {@return the article in {@code bytes}, decoded by BOM, {@code contentType}, markup or detection}
     *
     * @param contentType the HTTP {@code Content-Type}, or {@code null}
     * @param baseUrl the page's URL for resolving links, or {@code null}
     * @throws IngestException when the bytes are not a page, too large, or too slow to read
     */
    public Extraction extract(byte[] bytes, String contentType, String baseUrl) {
        Objects.requireNonNull(bytes, "bytes");
        String input = baseUrl == null ? "the page" : baseUrl;
        if (bytes.length > maxChars * 2L) {
            throw new IngestException(input + " is too large (" + bytes.length / 1024 + " KB): not extracted");
        }
        return run(input, deadline -> {
            rejectBinary(bytes, input);
            String decoded = decoding.decode(bytes, contentType).text();
            if (PlainTextPage.isPlainText(contentType)) {
                return PlainTextPage.extract(decoded, baseUrl);
            }
            return extractNow(decoded, baseUrl, deadline);
        });
    }

    /**
     * {@return the article in {@code html}}
     *
     * @param baseUrl the page's URL for resolving links, or {@code null}
     * @throws IngestException when the page is too large or too slow to read
     */
    public Extraction extract(String html, String baseUrl) {
        Objects.requireNonNull(html, "html");
        String input = baseUrl == null ? "the page" : baseUrl;
        return run(input, deadline -> extractNow(html, baseUrl, deadline));
    }

    private interface Work {
        Extraction run(Deadline deadline);
    }

    private Extraction run(String input, Work work) {
        // Every step checks the deadline (CPU time of the extracting thread): the parser reads through
        // a guarded reader, scoring checks per element and the Markdown converter between chunks. The
        // extraction runs on its own thread; the caller waits one and a half times the budget in wall
        // time, and longer while the thread has not yet had its budget of CPU (a busy machine), up to
        // ten times the budget. A cancelled task sees its interrupt at the next check and stops.
        AtomicReference<Thread> worker = new AtomicReference<>();
        Future<Extraction> task = workers.submit(() -> {
            worker.set(Thread.currentThread());
            try {
                return work.run(new Deadline(maxMillis, input));
            } finally {
                worker.set(null);
            }
        });
        long started = System.nanoTime();
        long hardCap = started + TimeUnit.MILLISECONDS.toNanos(maxMillis * 10 + 1000);
        long wait = maxMillis * 3 / 2 + 100;
        try {
            while (true) {
                try {
                    return task.get(wait, TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    if (System.nanoTime() >= hardCap || !starved(worker.get())) {
                        throw e;
                    }
                    wait = Math.max(50, maxMillis / 4);
                }
            }
        } catch (TimeoutException e) {
            task.cancel(true);
            throw new IngestException("Extracting " + input + " took too long: the page is too large or malformed", e);
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            throw new IngestException("Extracting " + input + " was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IngestException ie) {
                throw ie;
            }
            if (e.getCause() instanceof StackOverflowError || e.getCause() instanceof OutOfMemoryError) {
                throw new IngestException(input + " is nested too deeply to extract", e.getCause());
            }
            throw new IngestException("Could not extract " + input + ": " + e.getCause(), e.getCause());
        }
    }

    /** {@return whether {@code t} is still extracting but has had less CPU than its budget} */
    private boolean starved(Thread t) {
        if (t == null || !THREADS.isThreadCpuTimeSupported()) {
            return false;
        }
        long cpu = THREADS.getThreadCpuTime(t.threadId());
        return cpu >= 0 && cpu < TimeUnit.MILLISECONDS.toNanos(maxMillis);
    }

    private Extraction extractNow(String html, String baseUrl, Deadline deadline) {
        String input = baseUrl == null ? "the page" : baseUrl;
        if (html.length() > maxChars) {
            throw new IngestException(
                    input + " is too large (" + html.length() / 1024 + " K characters): not extracted");
        }
        Document doc = parse(html, baseUrl, deadline);
        if (!PageAddress.isWeb(baseUrl)) {
            // A saved page: its links were written for the address it was served from.
            String declared = PageAddress.declared(doc, html);
            if (declared != null) {
                baseUrl = declared;
                doc = parse(html, baseUrl, deadline);
            }
        }
        flattenPathological(doc, deadline);
        SiteRule rule = siteRules.find(doc, SiteRules.hostOf(doc));
        ZoneOffset offset = rule != null ? rule.offset() : guessOffset(doc);
        PageMetadata meta = metadataReader.read(doc, offset);
        boolean articleTyped = isArticleTyped(doc);
        ListingDetector.Verdict listing = new ListingDetector(deadline).detect(doc, articleTyped);
        String title = meta.title();
        OffsetDateTime published = meta.published();
        ContentCleaner cleaner = new ContentCleaner(deadline);
        Element content = null;
        if (rule != null) {
            String ruleTitle = textOf(doc, rule.title());
            if (ruleTitle != null) {
                title = ruleTitle;
            }
            String ruleDate = textOf(doc, rule.date());
            if (ruleDate != null) {
                OffsetDateTime d =
                        LenientDates.pages(rule.offset()).parse(ruleDate).orElse(null);
                if (d != null) {
                    published = d;
                }
            }
            content = byRule(doc, rule, cleaner, title);
        }
        if (content == null) {
            String base = baseUrl;
            content = scoredOrDense(
                    doc,
                    () -> {
                        Document fresh = parse(html, base, deadline);
                        flattenPathological(fresh, deadline);
                        return fresh;
                    },
                    cleaner,
                    title);
        }
        cleaner.finish(content, baseUrl);
        Document safe = sanitize(content, baseUrl);
        markdown.normalize(safe.body(), deadline);
        String safeHtml = safe.body().html();
        String text = markdown.plainText(safe.body());
        String lead = meta.leadImage() != null ? meta.leadImage() : firstImage(safe);
        String md = markdown.toMarkdown(safe.body(), safeHtml.length(), deadline);
        if (title == null || title.isBlank()) {
            title = firstLine(text);
        }
        return new Extraction(
                title,
                meta.byline(),
                published,
                meta.lang(),
                meta.siteName(),
                meta.canonicalUrl(),
                lead,
                meta.tags(),
                safeHtml,
                md,
                text,
                listing.listing(),
                listing.links(),
                html);
    }

    /** {@return the URL of the post inside a Naver Blog desktop frame page, if {@code html} is one} */
    public Optional<String> framedPostUrl(String html, String baseUrl) {
        Document doc = parseOnly(
                html.length() > maxChars ? html.substring(0, maxChars) : html,
                baseUrl,
                new Deadline(maxMillis, baseUrl == null ? "the page" : baseUrl));
        Element frame = doc.selectFirst("iframe#mainFrame[src], frame#mainFrame[src]");
        if (frame == null) {
            return Optional.empty();
        }
        String url = frame.absUrl("src");
        return url.isEmpty() ? Optional.empty() : Optional.of(url);
    }

    /**
     * Keeps only the text of tables nested deeper than real pages nest them (the corpus goes to 4)
     * and of elements nested deeper than {@value #MAX_SANE_DEPTH}: scoring such a tree costs the
     * square of its depth, and nothing in it is an article's structure.
     */
    private static void flattenPathological(Document doc, Deadline deadline) {
        for (Element table : doc.getElementsByTag("table")) {
            deadline.check();
            if (table.parent() == null) {
                continue; // inside a table already flattened
            }
            int tables = 0;
            for (Element p = table.parent(); p != null; p = p.parent()) {
                if (p.normalName().equals("table") && ++tables == MAX_TABLE_NESTING) {
                    table.replaceWith(new Element("p").text(table.text()));
                    break;
                }
            }
        }
        java.util.List<Element> deep = new java.util.ArrayList<>();
        org.jsoup.select.NodeTraversor.filter(
                (node, depth) -> {
                    if (depth < MAX_SANE_DEPTH) {
                        return org.jsoup.select.NodeFilter.FilterResult.CONTINUE;
                    }
                    if (node instanceof Element e) {
                        deep.add(e);
                    }
                    return org.jsoup.select.NodeFilter.FilterResult.SKIP_ENTIRELY;
                },
                doc);
        for (Element e : deep) {
            deadline.check();
            e.replaceWith(new Element("p").text(e.text()));
        }
    }

    /**
     * Parses through the deadline's guarded reader, then rewrites what editors keep out of the markup
     * (SmartEditor ONE module data, Tistory image placeholders) before anything reads the page.
     */
    private Document parse(String html, String baseUrl, Deadline deadline) {
        Document doc = parseOnly(html, baseUrl, deadline);
        if (html.contains(SmartEditor.MARKER)) {
            smartEditor.rewrite(doc, deadline);
        }
        if (html.contains(SmartEditor.LEGACY_MARKER)) {
            smartEditor.rewriteLegacy(doc, deadline);
        }
        if (html.contains(TistoryPlaceholders.MARKER)) {
            tistoryPlaceholders.rewrite(doc, deadline);
        }
        return doc;
    }

    private static Document parseOnly(String html, String baseUrl, Deadline deadline) {
        Parser parser = Parser.htmlParser();
        parser.setMaxDepth(MAX_DEPTH);
        return parser.parseInput(deadline.guard(html), baseUrl == null ? "" : baseUrl);
    }

    private Element byRule(Document doc, SiteRule rule, ContentCleaner cleaner, String title) {
        cleaner.prepare(doc);
        for (String css : rule.content()) {
            Element found = doc.selectFirst(css);
            // A post of pictures only is still the post: the page around it is never the better answer.
            if (found != null && (!found.text().isBlank() || found.selectFirst("img[src]") != null)) {
                for (String chrome : rule.remove()) {
                    for (Element e : found.select(chrome)) {
                        if (e != found && !inCode(e)) {
                            keepCaptionAsAlt(e);
                            e.remove();
                        }
                    }
                }
                if (rule.keepsEditorBody()) {
                    NaverTables.unmergeCells(found);
                }
                Element content = new Element("div");
                content.appendChild(found);
                if (rule.keepsEditorBody()) {
                    cleaner.cleanEditorBody(content);
                } else {
                    cleaner.clean(content, title, false);
                }
                return content;
            }
        }
        return null;
    }

    /** A platform's image caption that leaves the text stays with its image, as the image's alt text. */
    private static void keepCaptionAsAlt(Element e) {
        if (!e.className().contains("caption") || e.parent() == null) {
            return;
        }
        String caption = e.text().strip();
        Element img = e.parent().selectFirst("img");
        if (!caption.isEmpty() && img != null && img.attr("alt").isBlank()) {
            img.attr("alt", caption);
        }
    }

    private static boolean inCode(Element e) {
        for (Element p = e; p != null; p = p.parent()) {
            if (p.normalName().equals("pre") || p.normalName().equals("code")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Content scoring, retried as Readability retries it while the text found is under
     * {@value #RETRY_BELOW_CHARS} characters: without dropping unlikely blocks, then also without class
     * weights, then also without conditional cleaning, keeping the longest. The result is then compared
     * with a reading by text and link density alone, as trafilatura compares its own result with its
     * fallbacks, and the density reading wins when scoring found far less.
     */
    private static Element scoredOrDense(
            Document doc, java.util.function.Supplier<Document> reparse, ContentCleaner cleaner, String title) {
        boolean[][] attempts = {{true, true, true}, {false, true, true}, {false, false, true}, {false, false, false}};
        Element best = null;
        int bestLength = -1;
        for (int i = 0; i < attempts.length; i++) {
            boolean[] flags = attempts[i];
            Element found = cleaner.scoredContent(i == 0 ? doc : reparse.get(), title, flags[0], flags[1], flags[2]);
            int length = found.text().length();
            if (length > bestLength) {
                best = found;
                bestLength = length;
            }
            if (length >= RETRY_BELOW_CHARS) {
                break;
            }
        }
        if (bestLength >= RETRY_BELOW_CHARS) {
            return best;
        }
        Element dense = cleaner.denseContent(reparse.get(), title);
        int denseLength = dense.text().length();
        return denseLength > 2 * bestLength + 50 ? dense : best;
    }

    private Document sanitize(Element content, String baseUrl) {
        Document dirty = Document.createShell(baseUrl == null ? "" : baseUrl);
        dirty.body().appendChild(content);
        Document clean = new Cleaner(safelist).clean(dirty);
        clean.outputSettings().prettyPrint(false);
        return clean;
    }

    private static boolean isArticleTyped(Document doc) {
        String type = null;
        Element og = doc.selectFirst("meta[property=og:type][content]");
        if (og != null) {
            type = og.attr("content").trim();
        }
        if (type != null && (type.equalsIgnoreCase("article") || type.equalsIgnoreCase("blog"))) {
            return true;
        }
        for (Element s : doc.select("script[type=application/ld+json]")) {
            String data = s.data();
            if (data.contains("\"BlogPosting\"") || data.contains("\"NewsArticle\"") || data.contains("\"Article\"")) {
                return true;
            }
        }
        return false;
    }

    private static ZoneOffset guessOffset(Document doc) {
        String lang =
                doc.selectFirst("html") == null ? "" : doc.selectFirst("html").attr("lang");
        return lang.toLowerCase().startsWith("ko") ? ZoneOffset.ofHours(9) : ZoneOffset.UTC;
    }

    private static String textOf(Document doc, String css) {
        if (css == null) {
            return null;
        }
        Element e = doc.selectFirst(css);
        if (e == null) {
            return null;
        }
        String t = e.text().replaceAll("\\s+", " ").trim();
        return t.isEmpty() ? null : t;
    }

    private static String firstImage(Document safe) {
        Element img = safe.selectFirst("img[src]");
        return img == null ? null : img.attr("src");
    }

    private static String firstLine(String text) {
        String line = text.strip().lines().findFirst().orElse("").strip();
        if (line.isEmpty()) {
            return "Untitled";
        }
        return line.length() > 120 ? line.substring(0, 120) : line;
    }

    private static void rejectBinary(byte[] bytes, String input) {
        int n = Math.min(bytes.length, 2048);
        int control = 0;
        int zeros = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                zeros++;
            } else if (b < 9 || (b > 13 && b < 32)) {
                control++;
            }
        }
        boolean wide = n >= 4 && (bytes[0] == 0 || bytes[1] == 0) && zeros * 3 < n * 2;
        if (control > n / 20 || (zeros > n / 10 && !wide)) {
            throw new IngestException(input + " is not HTML text (binary content): not extracted");
        }
    }
}
