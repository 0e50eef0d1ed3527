package dev.gleaner.app.reader;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;

/** Parses an article's Markdown as CommonMark with the GitHub extensions (tables, strikethrough, autolinks, task lists). */
final class ArticleMarkdown {
    private static final Parser PARSER;

    static {
        MutableDataSet options = new MutableDataSet();
        options.set(
                Parser.EXTENSIONS,
                List.of(
                        TablesExtension.create(),
                        StrikethroughExtension.create(),
                        AutolinkExtension.create(),
                        TaskListExtension.create()));
        // Rows with fewer or more cells than the header still show, as GitHub shows them.
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, false);
        PARSER = Parser.builder(options).build();
    }

    private ArticleMarkdown() {}

    /** {@return the syntax tree of {@code markdown}}; safe on any thread */
    static Document parse(String markdown) {
        return PARSER.parse(markdown == null ? "" : markdown);
    }
}
