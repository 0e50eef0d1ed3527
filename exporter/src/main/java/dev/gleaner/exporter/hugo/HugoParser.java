package dev.gleaner.exporter.hugo;

import dev.gleaner.core.issue.FrontMatterFormat;
import dev.gleaner.exporter.ExportException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Splits a Hugo post into front matter entries and {@code ## } sections, keeping every byte. */
public final class HugoParser {

    /** Creates a parser. */
    public HugoParser() {}

    /**
     * {@return the parts of the post {@code text} from the file {@code fileName}}
     *
     * <p>Nothing is refused that a Hugo site builds: a byte order mark and Windows line ends are
     * noted and set aside, and a body without the usual sections is kept as it is.
     */
    public ParsedPost parse(String fileName, String text) {
        String original = text;
        boolean bom = text.startsWith("\uFEFF");
        if (bom) {
            text = text.substring(1);
        }
        String lineEnding = dominantLineEnding(text);
        // Old Mac line ends are read as lines too; such a post is then kept as written for export.
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        List<String> lines = splitLines(text);
        if (lines.isEmpty()) {
            throw new ExportException("The post " + fileName + " is empty.");
        }
        String first = stripEnd(lines.get(0));
        FrontMatterFormat format;
        if (first.equals("+++")) {
            format = FrontMatterFormat.TOML;
        } else if (first.equals("---")) {
            format = FrontMatterFormat.YAML;
        } else if (first.equals("{")) {
            format = FrontMatterFormat.JSON;
        } else {
            throw new ExportException("The post " + fileName
                    + " has no front matter (+++, --- or {): it is not a Hugo post of a series.");
        }
        String closing = format == FrontMatterFormat.JSON ? "}" : first;
        int end = -1;
        for (int i = 1; i < lines.size(); i++) {
            if (stripEnd(lines.get(i)).equals(closing)) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            throw new ExportException("The front matter of " + fileName + " is not closed by " + closing + ".");
        }
        List<ParsedPost.Field> fields = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 1; i < end; i++) {
            String raw = chomp(lines.get(i));
            if (format == FrontMatterFormat.JSON && raw.stripTrailing().endsWith(",")) {
                // the renderer writes the separators between entries itself
                raw = raw.stripTrailing();
                raw = raw.substring(0, raw.length() - 1);
            }
            ParsedPost.Field f = field(format, raw, "#" + i);
            if (!f.key().startsWith("#") && !seen.add(f.key())) {
                // a repeated key is kept as written; the first one counts, as in most readers
                f = new ParsedPost.Field("#" + i, raw, null);
            }
            fields.add(f);
        }
        fields = FrontMatterBlocks.joinContinuations(format, fields);
        StringBuilder bodyText = new StringBuilder();
        for (int i = end + 1; i < lines.size(); i++) {
            bodyText.append(lines.get(i));
        }
        return sections(
                fileName,
                format,
                chomp(lines.get(0)),
                chomp(lines.get(end)),
                fields,
                bodyText.toString(),
                original,
                lineEnding,
                bom);
    }

    /** {@return {@code \r\n} when most line ends of {@code text} are Windows line ends, else {@code \n}} */
    static String dominantLineEnding(String text) {
        int crlf = 0;
        int lf = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (i > 0 && text.charAt(i - 1) == '\r') {
                    crlf++;
                } else {
                    lf++;
                }
            }
        }
        return crlf > lf ? "\r\n" : "\n";
    }

    private static ParsedPost sections(
            String fileName,
            FrontMatterFormat format,
            String open,
            String close,
            List<ParsedPost.Field> fields,
            String body,
            String original,
            String lineEnding,
            boolean bom) {
        List<String> lines = splitLines(body);
        String preamble = null;
        List<ParsedPost.Section> all = new ArrayList<>();
        String heading = null;
        StringBuilder current = new StringBuilder();
        CodeBlocks blocks = new CodeBlocks();
        for (String line : lines) {
            boolean code = blocks.inside(line);
            if (!code && line.startsWith("## ")) {
                if (heading == null) {
                    preamble = current.toString();
                } else {
                    all.add(new ParsedPost.Section(heading, current.toString()));
                }
                heading = chomp(line).substring(3);
                current.setLength(0);
            } else {
                current.append(line);
            }
        }
        if (heading == null) {
            // No sections at all: the body stays as written.
            return new ParsedPost(
                    fileName, format, open, close, fields, body, null, List.of(), null, original, lineEnding, bom);
        }
        all.add(new ParsedPost.Section(heading, current.toString()));
        ParsedPost.Section period = null;
        int from = 0;
        if (isPeriod(all.getFirst())) {
            period = all.getFirst();
            from = 1;
        }
        int refs = -1;
        for (int i = all.size() - 1; i >= from; i--) {
            if (isReferencesHeading(all.get(i).heading())) {
                refs = i;
                break;
            }
        }
        if (refs < 0 && all.size() - 1 >= from && isLinkList(all.getLast().body())) {
            refs = all.size() - 1;
        }
        ParsedPost.Section references = null;
        List<ParsedPost.Section> middle;
        if (refs >= 0) {
            // Sections after the references (a closing note) stay with them as written.
            StringBuilder b = new StringBuilder(all.get(refs).body());
            for (ParsedPost.Section x : all.subList(refs + 1, all.size())) {
                b.append("## ").append(x.heading()).append('\n').append(x.body());
            }
            references = new ParsedPost.Section(all.get(refs).heading(), b.toString());
            middle = all.subList(from, refs);
        } else {
            middle = all.subList(from, all.size());
        }
        return new ParsedPost(
                fileName, format, open, close, fields, preamble, period, middle, references, original, lineEnding, bom);
    }

    private static final Pattern PERIOD_HEADING =
            Pattern.compile("(?i)\\**\\s*(period|기간|날짜|dates?|week|주간)\\s*:?\\s*\\**\\s*");
    private static final Pattern REFERENCES_HEADING =
            Pattern.compile("(?i)\\**\\s*(references?|refs?|sources?|links?|참고|출처|링크)\\b.*");

    /** {@return whether the first section says which week the issue covers} */
    private static boolean isPeriod(ParsedPost.Section s) {
        return PERIOD_HEADING.matcher(s.heading()).matches()
                || PostReader.PERIOD.matcher(s.body()).find()
                        && s.body().strip().lines().count() <= 2;
    }

    private static boolean isReferencesHeading(String heading) {
        return REFERENCES_HEADING.matcher(heading).matches();
    }

    /** {@return whether a section body is only a list of links, as under a References heading of another name} */
    private static boolean isLinkList(String body) {
        List<String> lines = body.lines().filter(l -> !l.isBlank()).toList();
        return !lines.isEmpty()
                && lines.stream()
                        .allMatch(l ->
                                PostReader.REFERENCE.matcher(l).matches() || l.matches("\\s+[-*+]\\s+.*https?://.*"));
    }

    static ParsedPost.Field field(FrontMatterFormat format, String raw, String syntheticKey) {
        String line = raw.strip();
        if (line.isEmpty() || line.startsWith("#")) {
            return new ParsedPost.Field(syntheticKey, raw, null);
        }
        String key;
        String value;
        switch (format) {
            case TOML -> {
                int eq = line.indexOf('=');
                if (eq < 0) {
                    return new ParsedPost.Field(syntheticKey, raw, null);
                }
                key = unquoteKey(line.substring(0, eq).strip());
                value = line.substring(eq + 1).strip();
            }
            case YAML -> {
                int colon = line.indexOf(':');
                if (colon < 0 || raw.startsWith(" ") || raw.startsWith("-")) {
                    return new ParsedPost.Field(syntheticKey, raw, null);
                }
                key = unquoteKey(line.substring(0, colon).strip());
                value = line.substring(colon + 1).strip();
            }
            default -> {
                if (!line.startsWith("\"")) {
                    return new ParsedPost.Field(syntheticKey, raw, null);
                }
                int[] pos = {0};
                key = readQuoted(line, pos);
                String rest = line.substring(pos[0]).strip();
                if (!rest.startsWith(":")) {
                    return new ParsedPost.Field(syntheticKey, raw, null);
                }
                value = rest.substring(1).strip();
                if (value.endsWith(",")) {
                    value = value.substring(0, value.length() - 1).strip();
                }
            }
        }
        return new ParsedPost.Field(key, raw, parseValue(value, format));
    }

    private static String unquoteKey(String k) {
        if (k.length() >= 2 && (k.startsWith("\"") || k.startsWith("'"))) {
            return k.substring(1, k.length() - 1);
        }
        return k;
    }

    /** Parses a scalar, a quoted string or a flat array of strings. */
    static Object parseValue(String v, FrontMatterFormat format) {
        if (v.startsWith("\"")) {
            int[] pos = {0};
            return readQuoted(v, pos);
        }
        if (v.startsWith("'") && v.endsWith("'") && v.length() >= 2) {
            return v.substring(1, v.length() - 1).replace("''", format == FrontMatterFormat.YAML ? "'" : "''");
        }
        if (v.startsWith("[") && v.endsWith("]")) {
            List<String> out = new ArrayList<>();
            String inner = v.substring(1, v.length() - 1).strip();
            int[] pos = {0};
            while (pos[0] < inner.length()) {
                char c = inner.charAt(pos[0]);
                if (c == '"') {
                    out.add(readQuoted(inner, pos));
                } else if (c == ',' || c == ' ') {
                    pos[0]++;
                } else {
                    int next = inner.indexOf(',', pos[0]);
                    next = next < 0 ? inner.length() : next;
                    out.add(inner.substring(pos[0], next).strip().replaceAll("^'|'$", ""));
                    pos[0] = next;
                }
            }
            return out;
        }
        if (v.equals("true") || v.equals("false")) {
            return Boolean.valueOf(v);
        }
        if (v.matches("[-+]?\\d+")) {
            try {
                return Long.valueOf(v);
            } catch (NumberFormatException e) {
                return v;
            }
        }
        return HugoDates.parse(v).orElse(v);
    }

    /** Reads a double-quoted string with backslash escapes starting at {@code pos[0]}; advances it. */
    static String readQuoted(String s, int[] pos) {
        StringBuilder b = new StringBuilder();
        int i = pos[0] + 1;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '"') {
                pos[0] = i + 1;
                return b.toString();
            }
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                switch (n) {
                    case 'n' -> b.append('\n');
                    case 't' -> b.append('\t');
                    case 'r' -> b.append('\r');
                    case 'b' -> b.append('\b');
                    case 'f' -> b.append('\f');
                    case 'u' -> {
                        b.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                        i += 4;
                    }
                    case 'U' -> {
                        b.appendCodePoint(Integer.parseInt(s.substring(i + 1, i + 9), 16));
                        i += 8;
                    }
                    default -> b.append(n);
                }
            } else {
                b.append(c);
            }
            i++;
        }
        pos[0] = s.length();
        return b.toString();
    }

    /** Splits text into lines that keep their line ends. */
    static List<String> splitLines(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                out.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            out.add(text.substring(start));
        }
        return out;
    }

    private static String chomp(String line) {
        return line.endsWith("\n") ? line.substring(0, line.length() - 1) : line;
    }

    private static String stripEnd(String line) {
        return line.stripTrailing();
    }
}
