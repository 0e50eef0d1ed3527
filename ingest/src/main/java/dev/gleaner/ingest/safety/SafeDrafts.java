package dev.gleaner.ingest.safety;

import com.vladsch.flexmark.util.ast.Node;
import dev.gleaner.core.model.ArticleDraft;
import dev.gleaner.ingest.IngestException;
import java.util.List;
import java.util.Optional;

/**
 * Makes an article draft safe to store, whatever path it came by (feed, page, file): its address
 * and lead image are absolute http(s) URLs or nothing, and every link and image in its Markdown
 * passes {@link SafeUrl}.
 */
public final class SafeDrafts {
    private SafeDrafts() {}

    /**
     * The draft made safe and what was refused.
     *
     * @param draft the safe draft
     * @param dropped how many URLs were dropped
     * @param schemes the schemes of the dropped URLs, sorted
     */
    public record Result(ArticleDraft draft, int dropped, List<String> schemes) {
        /** {@return a sentence saying what was dropped, or {@code null} when nothing was} */
        public String refused() {
            return dropped == 0 ? null : describe(dropped, schemes);
        }
    }

    /**
     * {@return {@code draft} made safe, relative links resolved against its own URL, else {@code base}}
     *
     * @param base the address of the document the draft came from, or {@code null}
     * @throws IngestException when the draft has neither a safe URL nor a source path to be known by
     */
    public static Result clean(ArticleDraft draft, String base) {
        return clean(draft, base, null);
    }

    /**
     * {@return {@code draft} made safe as {@link #clean(ArticleDraft, String)} does}, reusing its
     * Markdown already parsed ({@code parsed}, or {@code null} to parse it here)
     */
    public static Result clean(ArticleDraft draft, String base, Node parsed) {
        Optional<String> url = SafeUrl.absolute(draft.url(), base);
        if (draft.url() != null && url.isEmpty() && draft.sourcePath() == null) {
            throw new IngestException("The address " + abbreviate(draft.url()) + " of '" + draft.title()
                    + "' is not an http or https URL: it was not stored.");
        }
        String resolveAgainst = url.orElse(base);
        String lead = SafeUrl.absolute(draft.leadImage(), resolveAgainst).orElse(null);
        SafeMarkdown.Result md = SafeMarkdown.clean(draft.markdown(), resolveAgainst, parsed);
        int dropped = md.dropped();
        java.util.TreeSet<String> schemes = new java.util.TreeSet<>(md.refusedSchemes());
        if (draft.url() != null && url.isEmpty()) {
            dropped++;
            addScheme(schemes, draft.url());
        }
        if (draft.leadImage() != null && lead == null) {
            dropped++;
            addScheme(schemes, draft.leadImage());
        }
        ArticleDraft safe = new ArticleDraft(
                url.orElse(null),
                draft.title(),
                draft.authors(),
                draft.published(),
                draft.lang(),
                draft.siteName(),
                draft.tags(),
                md.markdown(),
                draft.text(),
                draft.sourcePath(),
                lead,
                draft.rawHtml());
        return new Result(safe, dropped, List.copyOf(schemes));
    }

    /** {@return e.g. "refused: 2 links with javascript: or data: URLs (kept as text)"} */
    public static String describe(int dropped, List<String> schemes) {
        String list = schemes.isEmpty()
                ? "unresolvable"
                : String.join(" or ", schemes.stream().map(s -> s + ":").toList());
        return "refused: " + dropped + (dropped == 1 ? " link" : " links") + " with " + list
                + " URLs (only http, https and mailto are kept; the text stays)";
    }

    private static void addScheme(java.util.Set<String> schemes, String url) {
        String scheme = SafeUrl.schemeOf(url);
        if (scheme != null) {
            schemes.add(scheme);
        }
    }

    private static String abbreviate(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() > 60 ? one.substring(0, 60) + "…" : one;
    }
}
