package dev.gleaner.ingest.html.internal;

import java.util.Set;

/** The HTML elements that start a new block of text: one list for scoring, pruning and rendering text. */
final class BlockTags {
    private static final Set<String> TAGS = Set.of(
            "address",
            "article",
            "aside",
            "blockquote",
            "body",
            "caption",
            "dd",
            "details",
            "div",
            "dl",
            "dt",
            "fieldset",
            "figcaption",
            "figure",
            "footer",
            "form",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "header",
            "hr",
            "html",
            "li",
            "main",
            "nav",
            "ol",
            "p",
            "pre",
            "section",
            "select",
            "summary",
            "table",
            "tbody",
            "td",
            "tfoot",
            "th",
            "thead",
            "tr",
            "ul");

    private BlockTags() {}

    /** {@return whether an element named {@code tag} (normalized) is a block} */
    static boolean isBlock(String tag) {
        return TAGS.contains(tag);
    }
}
