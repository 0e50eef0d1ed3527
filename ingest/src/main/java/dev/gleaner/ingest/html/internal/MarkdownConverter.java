package dev.gleaner.ingest.html.internal;

import com.vladsch.flexmark.html2md.converter.FlexmarkHtmlConverter;
import com.vladsch.flexmark.util.data.MutableDataSet;

/** Converts sanitized article HTML to CommonMark + GFM tables with flexmark's html2md converter. */
public final class MarkdownConverter {
    private final FlexmarkHtmlConverter converter;

    /** Creates a converter configured for clean, re-renderable Markdown. */
    public MarkdownConverter() {
        MutableDataSet options = new MutableDataSet()
                .set(FlexmarkHtmlConverter.SETEXT_HEADINGS, false)
                .set(FlexmarkHtmlConverter.OUTPUT_UNKNOWN_TAGS, false)
                .set(FlexmarkHtmlConverter.OUTPUT_ATTRIBUTES_ID, false)
                .set(FlexmarkHtmlConverter.BR_AS_EXTRA_BLANK_LINES, false)
                .set(FlexmarkHtmlConverter.RENDER_COMMENTS, false)
                .set(FlexmarkHtmlConverter.DIV_TABLE_PROCESSING, false)
                .set(FlexmarkHtmlConverter.EXTRACT_AUTO_LINKS, true)
                .set(FlexmarkHtmlConverter.SKIP_CHAR_ESCAPE, false)
                .set(FlexmarkHtmlConverter.MAX_BLANK_LINES, 1)
                .set(FlexmarkHtmlConverter.LISTS_END_ON_DOUBLE_BLANK, false)
                .set(FlexmarkHtmlConverter.UNORDERED_LIST_DELIMITER, '-');
        this.converter = FlexmarkHtmlConverter.builder(options).build();
    }

    /** {@return the Markdown for {@code html}} */
    public String toMarkdown(String html) {
        return converter.convert(html).strip() + "\n";
    }
}
