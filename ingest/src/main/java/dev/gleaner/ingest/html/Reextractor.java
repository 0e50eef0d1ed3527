package dev.gleaner.ingest.html;

import dev.gleaner.core.GleanerException;
import dev.gleaner.core.library.Library;
import dev.gleaner.core.model.Article;
import dev.gleaner.core.model.ArticleDraft;
import dev.gleaner.core.model.SaveResult;
import dev.gleaner.core.model.Source;
import dev.gleaner.core.model.SourceKind;
import dev.gleaner.ingest.html.ExtractingHtmlReader.ExtractionDrafts;
import dev.gleaner.ingest.safety.SafeDrafts;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Extracts stored articles again, with the current extractor, from the pages the library kept when
 * they were clipped, imported or fetched, so that an improved extractor improves what is already
 * stored. An article keeps its address and everything of the reader's (read, starred, notes, the
 * reader's tags, its place in issues); an article that came through a feed keeps the feed's title,
 * date and authors, as it did when its full text was first fetched. Each article is saved in its
 * own transaction. Thread-safe when the library is.
 */
public final class Reextractor {

    /** What re-extracting one article did. */
    public sealed interface Outcome permits Changed, Unchanged, Skipped, Failed {
        /** {@return the article's id} */
        long id();

        /** {@return the article's title (the new one when it changed)} */
        String title();
    }

    /**
     * The article was stored again with what the extractor now finds.
     *
     * @param textBefore the length of its text before, in characters
     * @param textAfter the length of its text now
     * @param fields what changed: {@code title}, {@code authors}, {@code published}, {@code lang},
     *     {@code siteName}, {@code tags}, {@code markdown}, {@code text}, {@code leadImage}
     */
    public record Changed(long id, String title, int textBefore, int textAfter, List<String> fields)
            implements Outcome {
        /** Copies the fields. */
        public Changed {
            fields = List.copyOf(fields);
        }
    }

    /** The extractor finds what the article already holds. */
    public record Unchanged(long id, String title) implements Outcome {}

    /** The article has no stored page to extract again; {@code reason} says why. */
    public record Skipped(long id, String title, String reason) implements Outcome {}

    /** The stored page could not be extracted; the article is left as it was. */
    public record Failed(long id, String title, String reason) implements Outcome {}

    private final Library library;
    private final ArticleExtractor extractor;

    /** Creates a re-extractor that reads pages from and stores articles in {@code library}. */
    public Reextractor(Library library, ArticleExtractor extractor) {
        this.library = Objects.requireNonNull(library, "library");
        this.extractor = Objects.requireNonNull(extractor, "extractor");
    }

    /**
     * {@return what re-extracting {@code article} did}; never throws for a page that cannot be read
     * (that is a {@link Failed}), only for a library that cannot be written
     */
    public Outcome reextract(Article article) {
        Optional<String> page = library.rawHtml(article.id());
        List<Source> sources = library.sourcesOf(article.id());
        if (page.isEmpty()) {
            return new Skipped(article.id(), article.title(), "no stored page (" + whyNoPage(article, sources) + ")");
        }
        String base = baseOf(article);
        if (article.url() == null && article.sourcePath() == null) {
            return new Skipped(article.id(), article.title(), "no address to store it under");
        }
        Extraction e;
        try {
            e = extractor.extract(page.get(), base);
        } catch (GleanerException ex) {
            return new Failed(article.id(), article.title(), ex.getMessage());
        }
        boolean fromFeed = sources.stream().anyMatch(s -> s.kind() == SourceKind.FEED);
        ArticleDraft draft;
        try {
            draft = fromFeed
                    ? feedDraft(article, e)
                    : ExtractionDrafts.toDraft(e, article.url(), article.sourcePath(), null);
        } catch (GleanerException ex) {
            return new Failed(article.id(), article.title(), ex.getMessage());
        }
        SaveResult saved = library.save(draft, null);
        if (saved.id() != article.id()) {
            // The address led to another article: nothing of this one was touched.
            return new Failed(article.id(), article.title(), "its address now belongs to article " + saved.id());
        }
        if (saved.outcome() == SaveResult.Outcome.UNCHANGED) {
            return new Unchanged(article.id(), article.title());
        }
        Article after = library.article(article.id()).orElse(article);
        return new Changed(
                article.id(),
                after.title(),
                article.text().length(),
                after.text().length(),
                changedFields(article, after));
    }

    /** {@return the base the stored page's links are resolved against: the article's address, else its file} */
    private static String baseOf(Article article) {
        if (article.url() != null) {
            return article.url();
        }
        if (article.sourcePath() != null) {
            try {
                return Path.of(article.sourcePath()).toUri().toString();
            } catch (InvalidPathException e) {
                return null;
            }
        }
        return null;
    }

    /** The feed's own metadata wins over the page's, as when its full text was first fetched. */
    private ArticleDraft feedDraft(Article article, Extraction page) {
        List<String> own = ownTags(article);
        ArticleDraft draft = new ArticleDraft(
                article.url(),
                article.title(),
                article.authors().isEmpty() && page.byline() != null ? List.of(page.byline()) : article.authors(),
                article.published() != null ? article.published() : page.published(),
                article.lang() != null ? article.lang() : page.lang(),
                article.siteName() != null ? article.siteName() : page.siteName(),
                own.isEmpty() ? page.tags() : own,
                page.markdown(),
                page.text(),
                article.sourcePath(),
                page.leadImage(),
                null);
        return SafeDrafts.clean(draft, article.url()).draft();
    }

    /** {@return the article's tags without those the reader added, which the library keeps apart} */
    private List<String> ownTags(Article article) {
        List<String> user = library.userTags(article.id()).stream()
                .map(t -> t.toLowerCase(Locale.ROOT))
                .toList();
        return article.tags().stream()
                .filter(t -> !user.contains(t.toLowerCase(Locale.ROOT)))
                .toList();
    }

    private static String whyNoPage(Article article, List<Source> sources) {
        String path = article.sourcePath() == null ? "" : article.sourcePath().toLowerCase(Locale.ROOT);
        if (path.endsWith(".md") || path.endsWith(".markdown") || path.contains(".md#")) {
            return "imported from Markdown";
        }
        if (path.endsWith(".txt") || path.contains(".txt#")) {
            return "imported from a text file";
        }
        if (sources.stream().anyMatch(s -> s.kind() == SourceKind.HUGO_SITE)) {
            return "read from a Hugo site";
        }
        if (!path.isEmpty() && !path.endsWith(".html") && !path.endsWith(".htm")) {
            return "imported from a file";
        }
        if (sources.stream().anyMatch(s -> s.kind() == SourceKind.FEED)) {
            return "the feed's own text, no page fetched";
        }
        return "stored before Gleaner kept pages; clip or import it again to keep one";
    }

    private List<String> changedFields(Article before, Article after) {
        List<String> fields = new ArrayList<>();
        compare(fields, "title", before.title(), after.title());
        compare(fields, "authors", before.authors(), after.authors());
        compare(fields, "published", before.published(), after.published());
        compare(fields, "lang", before.lang(), after.lang());
        compare(fields, "siteName", before.siteName(), after.siteName());
        compare(fields, "tags", before.tags(), after.tags());
        compare(fields, "markdown", before.markdown(), after.markdown());
        compare(fields, "text", before.text(), after.text());
        compare(fields, "leadImage", before.leadImage(), after.leadImage());
        return fields;
    }

    private static void compare(List<String> fields, String name, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            fields.add(name);
        }
    }
}
