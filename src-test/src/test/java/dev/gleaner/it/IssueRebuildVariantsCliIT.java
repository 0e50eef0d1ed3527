package dev.gleaner.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issues of the current layout, varied the ways the same series varies where the command line is
 * concerned (dates written in UTC or without an offset, two items linking to one page in different
 * spellings, headings that look like options or carry trailing spaces, further links, empty summaries),
 * rebuilt item by item through {@code gleaner issue add} and exported: the bytes must match. The same
 * variants, imported with {@code issue import-hugo} and exported again, must be unchanged.
 */
class IssueRebuildVariantsCliIT {
    private static final Pattern PERIOD = Pattern.compile("`(\\S+)` ~ `(\\S+)`");
    private static final Pattern DATE = Pattern.compile("(?m)^date = (\\S+)$");

    @TempDir
    Path dir;

    private record Change(String name, UnaryOperator<String> apply) {}

    private static final List<Change> CHANGES = List.of(
            new Change("as written", s -> s),
            new Change("date in UTC", s -> s.replaceFirst("(?m)^date = (\\S+?)\\+09:00$", "date = $1Z")),
            new Change("date without offset", s -> s.replaceFirst("(?m)^date = (\\S+?)\\+09:00$", "date = $1")),
            new Change(
                    "date with fractional seconds",
                    s -> s.replaceFirst("(?m)^date = (\\S+?:\\d\\d)\\+", "date = $1.5+")),
            new Change(
                    "date without seconds",
                    s -> s.replaceFirst("(?m)^date = (\\S+?T\\d\\d:\\d\\d):00\\+", "date = $1+")),
            new Change("a section of the first item's page", s -> reference(s, 1, first -> first + "#part-2")),
            new Change(
                    "the first item's page over http",
                    s -> reference(s, 1, first -> first.replaceFirst("^https", "http"))),
            new Change(
                    "the first item's page with tracking",
                    s -> reference(s, 1, first -> first + (first.contains("?") ? "&" : "?") + "utm_source=weekly")),
            new Change(
                    "the first item's page with a trailing slash",
                    s -> reference(
                            s, 1, first -> first.endsWith("/") ? first.substring(0, first.length() - 1) : first + "/")),
            new Change(
                    "headings that look like options",
                    s -> s.replaceFirst("\n## (?!Period)([^\n]+)\n", "\n## -- $1\n")
                            .replaceFirst("\n## (?!Period|-- )([^\n]+)\n", "\n## -5% $1\n")),
            new Change("heading with trailing spaces", s -> s.replaceFirst("\n## (?!Period)([^\n]+)\n", "\n## $1  \n")),
            new Change(
                    "heading with markup",
                    s -> s.replaceFirst("\n## (?!Period)([^\n]+)\n", "\n## `$1` & <b>이모지</b> 🚀 \"따옴표\"\n")),
            new Change("further link that is another item's link", LayoutChanges::alsoIsSecondItem),
            new Change("item without summary", LayoutChanges::firstSummaryDropped));

    /** Small edits on a post's References and sections. */
    private static final class LayoutChanges {
        static String alsoIsSecondItem(String s) {
            List<String> refs = references(s);
            if (refs.size() < 2) {
                return s;
            }
            String first = "- " + refs.get(0) + "\n";
            return s.replace(first, first + "  - " + refs.get(1) + "\n");
        }

        static String firstSummaryDropped(String s) {
            Matcher m = Pattern.compile("\n## (?!Period)([^\n]+)\n\n(?s:.*?)\n\n## ")
                    .matcher(s);
            return m.find() ? s.substring(0, m.start()) + "\n## " + m.group(1) + "\n\n## " + s.substring(m.end()) : s;
        }
    }

    /** Replaces the link of the item at {@code index} by {@code f} applied to the first item's link. */
    private static String reference(String s, int index, UnaryOperator<String> f) {
        List<String> refs = references(s);
        if (refs.size() <= index) {
            return s;
        }
        String line = "\n- " + refs.get(index) + "\n";
        int at = s.lastIndexOf(line);
        return s.substring(0, at) + "\n- " + f.apply(refs.get(0)) + "\n" + s.substring(at + line.length());
    }

    private static List<String> references(String s) {
        int refs = s.lastIndexOf("\n## References\n");
        return refs < 0
                ? List.of()
                : s.substring(refs)
                        .lines()
                        .filter(l -> l.startsWith("- "))
                        .map(l -> l.substring(2))
                        .toList();
    }

    @Test
    void variedIssuesRebuildThroughTheCommandsAndImportUnchanged() throws Exception {
        Path posts = CliRun.corpus().resolve("hugo/article-weekly");
        assumeTrue(Files.isDirectory(posts), "corpus absent: skipping");
        List<Path> files;
        try (Stream<Path> s = Files.list(posts)) {
            files = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        List<String> current = new ArrayList<>();
        for (Path p : files) {
            String text = Files.readString(p, StandardCharsets.UTF_8);
            if (IssueRebuild.isCurrentLayout(text)) {
                current.add(text);
            }
        }
        assumeTrue(!current.isEmpty(), "no issue of the current layout in the corpus");
        int runs = 0;
        List<String> differ = new ArrayList<>();
        for (int c = 0; c < CHANGES.size(); c++) {
            Change change = CHANGES.get(c);
            // Each change on two issues, taken in turn, so that every issue meets several changes.
            for (int k = 0; k < Math.min(2, current.size()); k++) {
                String text = change.apply().apply(current.get((c * 2 + k) % current.size()));
                int number = Integer.parseInt(text.replaceFirst("(?s).*?title = \"[^\"]*?(\\d+)\".*", "$1"));
                Path ws = dir.resolve("ws-" + c + "-" + k);
                runs++;
                String problem = IssueRebuild.rebuild(ws, dir, number, text);
                if (problem == null) {
                    problem = importAndExport(ws.resolveSibling(ws.getFileName() + "-import"), number, text);
                }
                if (problem != null) {
                    differ.add(change.name() + " (issue " + number + "): " + problem);
                }
            }
        }
        System.out.println("Varied issues rebuilt through the CLI and imported unchanged: " + (runs - differ.size())
                + "/" + runs + " " + differ);
        assertEquals(List.of(), differ);
    }

    private String importAndExport(Path ws, int number, String text) throws Exception {
        Path content = ws.resolve("site/content/posts");
        Files.createDirectories(content);
        Path post = content.resolve("article-weekly-" + number + ".md");
        Files.writeString(post, text, StandardCharsets.UTF_8);
        CliRun r = CliRun.run(ws.resolve("ws"), "issue", "import-hugo", content.toString());
        if (r.status() != 0) {
            return "import-hugo: " + r.out() + r.err();
        }
        CliRun export = CliRun.run(ws.resolve("ws"), "issue", "export", Integer.toString(number));
        if (export.status() != 0) {
            return "export: " + export.out() + export.err();
        }
        return text.equals(Files.readString(post, StandardCharsets.UTF_8)) ? null : "import -> export changed the post";
    }

    /** The rebuild of an issue from its items through the commands, as {@link IssueCliIT} does it. */
    static final class IssueRebuild {
        static boolean isCurrentLayout(String expected) {
            String body = expected.substring(Math.max(0, expected.indexOf("## Period")));
            String[] sections = body.split("\n## ");
            String refs = sections[sections.length - 1];
            return expected.startsWith("+++\n")
                    && body.startsWith("## Period")
                    && sections.length >= 3
                    && !sections[2].startsWith("**")
                    && refs.lines()
                            .skip(1)
                            .allMatch(l -> l.isEmpty() || l.startsWith("- http") || l.startsWith("  - http"))
                    && refs.lines().filter(l -> l.startsWith("- ")).count() == sections.length - 2;
        }

        /** {@return null when the rebuilt post has the same bytes, else what went wrong} */
        static String rebuild(Path ws, Path scratch, int number, String expected) throws Exception {
            String body = expected.substring(expected.indexOf("## Period"));
            String[] sections = body.split("\n## ");
            String refs = sections[sections.length - 1];
            List<String> urls = new ArrayList<>();
            List<List<String>> also = new ArrayList<>();
            for (String l : refs.lines().toList()) {
                if (l.startsWith("- ")) {
                    urls.add(l.substring(2));
                    also.add(new ArrayList<>());
                } else if (l.startsWith("  - ")) {
                    also.getLast().add(l.substring(4));
                }
            }
            Matcher period = PERIOD.matcher(body);
            Matcher date = DATE.matcher(expected);
            assertTrue(period.find() && date.find(), expected);
            List<List<String>> commands = new ArrayList<>();
            commands.add(List.of(
                    "series",
                    "set",
                    "Article Weekly",
                    "--authors",
                    "Ji-Hoon Kim",
                    "--tags",
                    "Article,Weekly",
                    "--categories",
                    "Article,Weekly",
                    "--week-start",
                    "sunday",
                    "--zone",
                    "Asia/Seoul"));
            commands.add(List.of(
                    "issue",
                    "new",
                    "--number",
                    Integer.toString(number),
                    "--period",
                    period.group(1) + "~" + period.group(2),
                    "--date",
                    date.group(1)));
            for (int i = 1; i < sections.length - 1; i++) {
                String s = sections[i];
                int nl = s.indexOf('\n');
                Path summary = scratch.resolve("summary-" + ws.getFileName() + "-" + i + ".md");
                Files.writeString(summary, nl < 0 ? "" : s.substring(nl));
                List<String> args = new ArrayList<>(List.of(
                        "issue",
                        "add",
                        Integer.toString(number),
                        urls.get(i - 1),
                        "--heading",
                        nl < 0 ? s : s.substring(0, nl),
                        "--summary-file",
                        summary.toString()));
                for (String a : also.get(i - 1)) {
                    args.add("--also");
                    args.add(a);
                }
                commands.add(args);
            }
            Path out = scratch.resolve("out-" + ws.getFileName() + ".md");
            commands.add(List.of("issue", "export", Integer.toString(number), "--out", out.toString()));
            for (List<String> args : commands) {
                CliRun r = CliRun.run(ws, args.toArray(String[]::new));
                if (r.status() != 0) {
                    return String.join(" ", args) + ": " + r.out() + r.err();
                }
            }
            String got = Files.readString(out, StandardCharsets.UTF_8);
            if (expected.equals(got)) {
                return null;
            }
            int i = 0;
            while (i < expected.length() && i < got.length() && expected.charAt(i) == got.charAt(i)) {
                i++;
            }
            int from = Math.max(0, i - 30);
            return "other bytes: expected …"
                    + expected.substring(from, Math.min(expected.length(), i + 30))
                            .replace("\n", "⏎")
                    + " got …"
                    + got.substring(from, Math.min(got.length(), i + 30)).replace("\n", "⏎");
        }
    }
}
