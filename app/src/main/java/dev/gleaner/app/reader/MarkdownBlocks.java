package dev.gleaner.app.reader;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an article's clean Markdown into display blocks (headings, paragraphs, lists, code,
 * quotes, tables, images). Nothing is executed or fetched here; images are only named.
 */
public final class MarkdownBlocks {
    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern BULLET = Pattern.compile("^(\\s*)[-*+]\\s+(.*)$");
    private static final Pattern NUMBERED = Pattern.compile("^(\\s*)(\\d{1,9})[.)]\\s+(.*)$");
    private static final Pattern IMAGE = Pattern.compile("^!\\[([^\\]]*)]\\(([^)\\s]+)(?:\\s+\"[^\"]*\")?\\)\\s*$");
    private static final Pattern LINK = Pattern.compile("!?\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern EMPHASIS = Pattern.compile("(\\*\\*|__|\\*|_|~~)(\\S(?:.*?\\S)?)\\1");
    private static final Pattern TABLE_RULE = Pattern.compile("^\\|?\\s*:?-{2,}:?\\s*(\\|\\s*:?-{2,}:?\\s*)*\\|?\\s*$");

    private MarkdownBlocks() {}

    /** A block of the article as shown in the reader. */
    public sealed interface Block permits Heading, Paragraph, Item, Code, Quote, Table, Image, Rule {}

    /** A heading of level 1 to 6. */
    public record Heading(int level, String text) implements Block {}

    /** A paragraph of plain text. */
    public record Paragraph(String text) implements Block {}

    /** A list item; {@code marker} is "•" or the number with its dot; {@code depth} counts from 0. */
    public record Item(String marker, int depth, String text) implements Block {}

    /** A code block, shown as written. */
    public record Code(String text) implements Block {}

    /** A quotation. */
    public record Quote(String text) implements Block {}

    /** A table: the first row is the header. */
    public record Table(List<List<String>> rows) implements Block {
        public Table {
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /** An image, loaded only when the user allows images. */
    public record Image(String alt, String url) implements Block {
        public Image {
            Objects.requireNonNull(url, "url");
        }
    }

    /** A horizontal rule. */
    public record Rule() implements Block {}

    /** {@return the blocks of {@code markdown}, in order} */
    public static List<Block> parse(String markdown) {
        List<Block> blocks = new ArrayList<>();
        String[] lines = markdown.replace("\r\n", "\n").split("\n", -1);
        StringBuilder paragraph = new StringBuilder();
        int i = 0;
        while (i < lines.length) {
            String line = lines[i];
            String trimmed = line.strip();
            if (trimmed.startsWith("```") || trimmed.startsWith("~~~")) {
                flush(paragraph, blocks);
                String fence = trimmed.substring(0, 3);
                StringBuilder code = new StringBuilder();
                i++;
                while (i < lines.length && !lines[i].strip().startsWith(fence)) {
                    code.append(code.isEmpty() ? "" : "\n").append(lines[i]);
                    i++;
                }
                blocks.add(new Code(code.toString()));
                i++;
                continue;
            }
            Matcher m;
            if (trimmed.isEmpty()) {
                flush(paragraph, blocks);
            } else if ((m = HEADING.matcher(trimmed)).matches()) {
                flush(paragraph, blocks);
                blocks.add(new Heading(m.group(1).length(), inline(m.group(2))));
            } else if (trimmed.matches("^([-*_])(\\s*\\1){2,}$")) {
                flush(paragraph, blocks);
                blocks.add(new Rule());
            } else if ((m = IMAGE.matcher(trimmed)).matches()) {
                flush(paragraph, blocks);
                blocks.add(new Image(m.group(1), m.group(2)));
            } else if ((m = BULLET.matcher(line)).matches()) {
                flush(paragraph, blocks);
                blocks.add(new Item("•", m.group(1).length() / 2, inline(m.group(2))));
            } else if ((m = NUMBERED.matcher(line)).matches()) {
                flush(paragraph, blocks);
                blocks.add(new Item(m.group(2) + ".", m.group(1).length() / 2, inline(m.group(3))));
            } else if (trimmed.startsWith(">")) {
                flush(paragraph, blocks);
                StringBuilder quote = new StringBuilder();
                while (i < lines.length && lines[i].strip().startsWith(">")) {
                    quote.append(quote.isEmpty() ? "" : " ")
                            .append(lines[i].strip().substring(1).strip());
                    i++;
                }
                blocks.add(new Quote(inline(quote.toString())));
                continue;
            } else if (trimmed.startsWith("|")
                    && i + 1 < lines.length
                    && TABLE_RULE.matcher(lines[i + 1].strip()).matches()) {
                flush(paragraph, blocks);
                List<List<String>> rows = new ArrayList<>();
                rows.add(cells(trimmed));
                i += 2;
                while (i < lines.length && lines[i].strip().startsWith("|")) {
                    rows.add(cells(lines[i].strip()));
                    i++;
                }
                blocks.add(new Table(rows));
                continue;
            } else {
                paragraph.append(paragraph.isEmpty() ? "" : " ").append(trimmed);
            }
            i++;
        }
        flush(paragraph, blocks);
        return List.copyOf(blocks);
    }

    private static List<String> cells(String row) {
        String inner = row.substring(1, row.endsWith("|") && row.length() > 1 ? row.length() - 1 : row.length());
        List<String> cells = new ArrayList<>();
        for (String c : inner.split("\\|", -1)) {
            cells.add(inline(c.strip()));
        }
        return cells;
    }

    private static void flush(StringBuilder paragraph, List<Block> blocks) {
        if (!paragraph.isEmpty()) {
            blocks.add(new Paragraph(inline(paragraph.toString())));
            paragraph.setLength(0);
        }
    }

    /** {@return {@code text} without inline Markdown marks: links keep their words, emphasis and code marks go} */
    static String inline(String text) {
        String s = LINK.matcher(text).replaceAll(r -> Matcher.quoteReplacement(r.group(1)));
        s = EMPHASIS.matcher(s).replaceAll(r -> Matcher.quoteReplacement(r.group(2)));
        return s.replace("`", "");
    }
}
