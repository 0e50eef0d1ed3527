package dev.gleaner.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The weekly issue commands, end to end against a temporary workspace. */
class IssueCliIT {

    @TempDir
    Path dir;

    private CliRun ok(String... args) {
        CliRun r = CliRun.run(dir.resolve("ws"), args);
        assertEquals(0, r.status(), String.join(" ", args) + "\n" + r.out() + r.err());
        return r;
    }

    @Test
    void seedIssueBuiltThroughTheCommandsExportsByteForByte() throws Exception {
        Path seeds = CliRun.seeds();
        assumeTrue(Files.isDirectory(seeds), "seeds folder absent: skipping the seed 001 check");
        Path seed;
        try (Stream<Path> s = Files.list(seeds)) {
            seed = s.filter(p -> p.getFileName().toString().startsWith("001_"))
                    .findFirst()
                    .orElse(null);
        }
        assumeTrue(seed != null, "seed 001 absent: skipping");
        String expected = Files.readString(seed, StandardCharsets.UTF_8);

        // The eight items as a writer enters them: heading, summary file, link.
        String body = expected.substring(expected.indexOf("## Period"));
        String[] sections = body.split("\n## ");
        List<String> urls = sections[sections.length - 1]
                .lines()
                .filter(l -> l.startsWith("- "))
                .map(l -> l.substring(2))
                .toList();

        ok(
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
                "Asia/Seoul",
                "--front-matter",
                "toml",
                "--file-pattern",
                "article-weekly-{number}.md",
                "--content-dir",
                "posts");
        ok(
                "issue",
                "new",
                "--number",
                "25",
                "--period",
                "2024-06-16~2024-06-22",
                "--date",
                "2024-06-24T02:15:00+09:00");
        // Added out of order, then moved into place.
        List<Integer> order = new ArrayList<>();
        for (int i = sections.length - 2; i >= 1; i--) {
            order.add(i);
        }
        for (int i : order) {
            String s = sections[i];
            int nl = s.indexOf('\n');
            Path summary = dir.resolve("summary-" + i + ".md");
            Files.writeString(summary, s.substring(nl).strip() + "\n");
            ok(
                    "issue",
                    "add",
                    "25",
                    urls.get(i - 1),
                    "--heading",
                    s.substring(0, nl),
                    "--summary-file",
                    summary.toString(),
                    "--position",
                    "1");
        }
        ok("issue", "add", "25", "https://example.com/extra", "--heading", "Not in the seed");
        ok("issue", "move", "25", "9", "1");
        ok("issue", "remove", "25", "1");

        JsonNode json = new ObjectMapper()
                .readTree(ok("issue", "show", "25", "--format", "json").out());
        assertEquals("Article Weekly", json.get("series").asText());
        assertEquals(25, json.get("number").asInt());
        assertEquals("Article Weekly, Issue 25", json.get("title").asText());
        assertEquals("2024-06-24T02:15:00+09:00", json.get("date").asText());
        assertEquals("2024-06-16", json.get("period").get("start").asText());
        assertEquals("2024-06-22", json.get("period").get("end").asText());
        assertEquals(8, json.get("items").size());
        assertEquals(
                "Maintaining large-scale AI capacity at Meta",
                json.get("items").get(0).get("heading").asText());
        assertTrue(json.get("items").get(0).get("articleId").isNumber());

        Path out = dir.resolve("out/article-weekly-25.md");
        ok("issue", "export", "25", "--out", out.toString());
        assertEquals(expected, Files.readString(out, StandardCharsets.UTF_8));

        // A hand edit is never clobbered without --force.
        Files.writeString(out, expected.replace("UUIDv7 을", "UUIDv7을"));
        CliRun refused = CliRun.run(dir.resolve("ws"), "issue", "export", "25", "--out", out.toString());
        assertEquals(1, refused.status());
        assertTrue(refused.err().contains("--force"), refused.err());
        assertTrue(Files.readString(out).contains("UUIDv7을"));
        ok("issue", "export", "25", "--out", out.toString(), "--force");
        assertEquals(expected, Files.readString(out, StandardCharsets.UTF_8));

        // Series options: a draft flag until published, and a page bundle.
        ok(
                "series",
                "set",
                "Article Weekly",
                "--draft",
                "--page-bundle",
                "--site",
                dir.resolve("blog").toString());
        Path bundle = dir.resolve("blog/content/posts/article-weekly-25/index.md");
        ok("issue", "export", "25");
        assertTrue(Files.readString(bundle).contains("series = [\"Article Weekly\"]\ndraft = true\n+++\n"));
        ok("issue", "export", "25", "--publish");
        assertEquals(expected, Files.readString(bundle, StandardCharsets.UTF_8));
        assertTrue(Files.exists(bundle.resolveSibling("index.md.bak")));

        // The next issue continues the numbering and the week.
        ok("issue", "new", "--date", "2024-07-01T09:00:00+09:00", "--period", "2024-06-23~2024-06-29");
        assertTrue(ok("issue", "list").out().contains("Article Weekly, Issue 26"));
    }

    @Test
    void anArticleFromAnEarlierIssueOffersItsSummaryAgain() throws Exception {
        ok("series", "set", "Weekly Notes");
        ok("issue", "new", "--number", "3", "--period", "2024-06-16~2024-06-22", "--date", "2024-06-24T09:00:00+09:00");
        Path summary = dir.resolve("summary.md");
        Files.writeString(summary, "- 레디스 분산 락의 한계\n");
        ok(
                "issue",
                "add",
                "3",
                "https://example.com/redlock",
                "--heading",
                "Redlock",
                "--summary-file",
                summary.toString());
        ok("issue", "new", "--number", "4", "--period", "2024-06-23~2024-06-29", "--date", "2024-07-01T09:00:00+09:00");
        CliRun offered = ok("issue", "add", "4", "https://example.com/redlock");
        assertTrue(
                offered.out().contains("Weekly Notes, Issue 3") && offered.out().contains("--reuse-summary"),
                offered.out());
        ok("issue", "remove", "4", "1");
        CliRun reused = ok("issue", "add", "4", "https://example.com/redlock", "--reuse-summary");
        assertTrue(reused.out().contains("Reused its summary"), reused.out());
        JsonNode item = new ObjectMapper()
                .readTree(ok("issue", "show", "4", "--format", "json").out())
                .get("items")
                .get(0);
        assertEquals("- 레디스 분산 락의 한계", item.get("summary").asText());
    }

    @Test
    void anIssuesTitleDateAndPeriodChangeAndAnIssueIsDeleted() throws Exception {
        ok("series", "set", "Weekly Notes");
        ok("issue", "new", "--number", "5", "--period", "2024-06-16~2024-06-22", "--date", "2024-06-24T09:00:00+09:00");
        ok("issue", "add", "5", "https://example.com/a", "--heading", "A post");
        ok(
                "issue",
                "set",
                "5",
                "--title",
                "Weekly Notes 5: 분산 락",
                "--date",
                "2024-06-25T08:30:00+09:00",
                "--period",
                "2024-06-17~2024-06-23");
        JsonNode json = new ObjectMapper()
                .readTree(ok("issue", "show", "5", "--format", "json").out());
        assertEquals("Weekly Notes 5: 분산 락", json.get("title").asText());
        assertEquals("2024-06-25T08:30:00+09:00", json.get("date").asText());
        assertEquals("2024-06-17", json.get("period").get("start").asText());
        assertEquals(1, json.get("items").size(), "the items stay");
        Path out = dir.resolve("out/notes-5.md");
        ok("issue", "export", "5", "--out", out.toString());
        assertTrue(Files.readString(out).contains("Weekly Notes 5: 분산 락"));

        CliRun twoLines = CliRun.run(dir.resolve("ws"), "issue", "set", "5", "--title", "a\nb");
        assertEquals(1, twoLines.status(), twoLines.err());

        CliRun deleted = ok("issue", "delete", "5");
        assertTrue(deleted.out().contains("its post stays at " + out), deleted.out());
        assertTrue(Files.exists(out), "the exported post is the writer's: it stays");
        assertTrue(!ok("issue", "list").out().contains("Weekly Notes 5"));
        assertEquals(1, CliRun.run(dir.resolve("ws"), "issue", "delete", "5").status());
        assertEquals(
                1,
                new ObjectMapper()
                        .readTree(ok("list", "--format", "json").out())
                        .get("articles")
                        .size(),
                "the article stays in the library");
    }

    @Test
    void aRefusedAddStoresNothingAndAnArticleIsAddedOnce() throws Exception {
        ok("series", "set", "Weekly Notes");
        ok("issue", "new", "--number", "3", "--period", "2024-06-16~2024-06-22", "--date", "2024-06-24T09:00:00+09:00");

        CliRun twoLines =
                CliRun.run(dir.resolve("ws"), "issue", "add", "3", "https://example.com/a", "--heading", "One\nTwo");
        assertEquals(1, twoLines.status(), twoLines.out() + twoLines.err());
        assertTrue(twoLines.err().contains("--heading"), twoLines.err());
        assertEquals(
                0,
                new ObjectMapper()
                        .readTree(ok("list", "--format", "json").out())
                        .get("articles")
                        .size(),
                "the refused add left no article behind");

        ok("issue", "add", "3", "https://example.com/a", "--heading", "A post");
        CliRun again = CliRun.run(dir.resolve("ws"), "issue", "add", "3", "https://example.com/a");
        assertEquals(1, again.status(), again.out() + again.err());
        assertTrue(again.err().contains("already in issue 3"), again.err());
        String id = new ObjectMapper()
                .readTree(ok("issue", "show", "3", "--format", "json").out())
                .get("items")
                .get(0)
                .get("articleId")
                .asText();
        CliRun byId = CliRun.run(dir.resolve("ws"), "issue", "add", "3", id);
        assertEquals(1, byId.status(), byId.out() + byId.err());
        assertEquals(
                1,
                new ObjectMapper()
                        .readTree(ok("issue", "show", "3", "--format", "json").out())
                        .get("items")
                        .size());

        // A section of the same page, written out by the writer, is an item of its own.
        CliRun section = ok("issue", "add", "3", "https://example.com/a#part-2", "--heading", "Part two");
        assertTrue(section.out().contains("Note: item 1 links the same page as https://example.com/a."), section.out());
        assertEquals(
                2,
                new ObjectMapper()
                        .readTree(ok("issue", "show", "3", "--format", "json").out())
                        .get("items")
                        .size());
    }

    @Test
    void anItemCitesFurtherLinksUnderItsOwnLinkInJsonAndInThePost() throws Exception {
        ok("series", "set", "Digest", "--zone", "Asia/Seoul", "--week-start", "sunday");
        ok("issue", "new", "--number", "7", "--period", "2024-09-08~2024-09-14", "--date", "2024-09-16T23:00:00+09:00");
        Path summary = dir.resolve("summary.md");
        Files.writeString(summary, "- 인덱스는 B+tree로 저장됨\n");
        ok(
                "issue",
                "add",
                "7",
                "https://db.example/btrees",
                "--heading",
                "B-trees and database indexes",
                "--summary-file",
                summary.toString(),
                "--also",
                "https://db.example/uuid-keys",
                "--also",
                "https://db.example/ulid");
        ok("issue", "add", "7", "https://app.example/open-source", "--heading", "Now open source");

        JsonNode items = new ObjectMapper()
                .readTree(ok("issue", "show", "7", "--format", "json").out())
                .get("items");
        assertEquals("https://db.example/btrees", items.get(0).get("url").asText());
        assertEquals(
                List.of("https://db.example/uuid-keys", "https://db.example/ulid"),
                texts(items.get(0).get("alsoUrls")));
        assertEquals(0, items.get(1).get("alsoUrls").size());
        assertTrue(ok("issue", "show", "7").out().contains("   also https://db.example/ulid\n"));

        Path out = dir.resolve("digest-7.md");
        ok("issue", "export", "7", "--out", out.toString());
        String post = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(
                post.endsWith("## References\n\n"
                        + "- https://db.example/btrees\n"
                        + "  - https://db.example/uuid-keys\n"
                        + "  - https://db.example/ulid\n"
                        + "- https://app.example/open-source\n"),
                post);

        // Read back, the post gives the same item with the same further links.
        ok("issue", "import-hugo", out.toString(), "--series", "Digest");
        JsonNode again = new ObjectMapper()
                .readTree(ok("issue", "show", "7", "--format", "json").out())
                .get("items");
        assertEquals(items.get(0).get("alsoUrls"), again.get(0).get("alsoUrls"));

        // A bad further link is refused and changes nothing; edit replaces or removes them.
        CliRun bad = CliRun.run(dir.resolve("ws"), "issue", "edit", "7", "1", "--also", "not a link");
        assertEquals(1, bad.status(), bad.out() + bad.err());
        assertTrue(bad.err().contains("--also"), bad.err());
        ok("issue", "edit", "7", "2", "--also", "https://app.example/changelog");
        ok("issue", "edit", "7", "1", "--no-also", "--heading", "B-trees");
        JsonNode edited = new ObjectMapper()
                .readTree(ok("issue", "show", "7", "--format", "json").out())
                .get("items");
        assertEquals("B-trees", edited.get(0).get("heading").asText());
        assertEquals(0, edited.get(0).get("alsoUrls").size());
        assertEquals(
                "https://app.example/changelog",
                edited.get(1).get("alsoUrls").get(0).asText());
        assertEquals(summaryOf(items.get(0)), summaryOf(edited.get(0)));
    }

    private static String summaryOf(JsonNode item) {
        return item.get("summary").asText();
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    @Test
    void importedSeriesContinuesNumberingAndExportsIntoTheSiteUnchanged() throws Exception {
        Path posts = CliRun.corpus().resolve("hugo/article-weekly");
        assumeTrue(Files.isDirectory(posts), "corpus absent: skipping");
        Path site = dir.resolve("site");
        Path content = site.resolve("content/posts");
        Files.createDirectories(content);
        try (Stream<Path> s = Files.list(posts)) {
            for (Path p : s.toList()) {
                Files.copy(p, content.resolve(p.getFileName()));
            }
        }
        CliRun r = ok("issue", "import-hugo", content.toString());
        assertTrue(
                r.out().contains("Imported 13 issues of Article Weekly (13 export back unchanged); next issue: 50"),
                r.out());
        String before = Files.readString(content.resolve("article-weekly-9.md"));
        CliRun export = ok("issue", "export", "9");
        assertTrue(export.out().contains("Unchanged"), export.out());
        assertEquals(before, Files.readString(content.resolve("article-weekly-9.md")));
        ok("issue", "new", "--period", "2024-12-15~2024-12-21", "--date", "2024-12-23T09:00:00+09:00");
        String json = ok("issue", "show", "50", "--format", "json").out();
        assertTrue(json.contains("\"title\" : \"Article Weekly, Issue 50\""), json);
        // Past items became library articles.
        JsonNode i25 = new ObjectMapper()
                .readTree(ok("issue", "show", "25", "--format", "json").out());
        String id = i25.get("items").get(0).get("articleId").asText();
        assertTrue(ok("show", id).out().contains("Maintaining large-scale AI capacity at Meta"));
    }

    @Test
    void everyIssueOfTheCurrentLayoutRebuiltFromItsItemsExportsByteForByte() throws Exception {
        Path posts = CliRun.corpus().resolve("hugo/article-weekly");
        assumeTrue(Files.isDirectory(posts), "corpus absent: skipping");
        List<Path> files;
        try (Stream<Path> s = Files.list(posts)) {
            files = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        int current = 0;
        List<String> differ = new ArrayList<>();
        for (Path post : files) {
            String expected = Files.readString(post, StandardCharsets.UTF_8);
            String body = expected.substring(Math.max(0, expected.indexOf("## Period")));
            String[] sections = body.split("\n## ");
            String refs = sections[sections.length - 1];
            // The current layout: plain fences and headings, one bare link per article, the further links
            // an article cites nested under its link, and nothing else.
            if (!expected.startsWith("+++\n")
                    || !body.startsWith("## Period")
                    || sections.length < 3
                    || sections[2].startsWith("**")
                    || refs.lines()
                            .skip(1)
                            .anyMatch(l -> !l.isEmpty() && !l.startsWith("- http") && !l.startsWith("  - http"))
                    || refs.lines().filter(l -> l.startsWith("- ")).count() != sections.length - 2) {
                continue;
            }
            current++;
            int number = Integer.parseInt(post.getFileName().toString().replaceAll("\\D", ""));
            Path ws = dir.resolve("ws-" + number);
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
            java.util.regex.Matcher period =
                    java.util.regex.Pattern.compile("`(\\S+)` ~ `(\\S+)`").matcher(body);
            java.util.regex.Matcher date =
                    java.util.regex.Pattern.compile("(?m)^date = (\\S+)$").matcher(expected);
            assertTrue(period.find() && date.find(), post.toString());
            run(
                    ws,
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
                    "Asia/Seoul");
            run(
                    ws,
                    "issue",
                    "new",
                    "--number",
                    Integer.toString(number),
                    "--period",
                    period.group(1) + "~" + period.group(2),
                    "--date",
                    date.group(1));
            for (int i = 1; i < sections.length - 1; i++) {
                String s = sections[i];
                int nl = s.indexOf('\n');
                Path summary = dir.resolve("summary-" + number + "-" + i + ".md");
                Files.writeString(summary, s.substring(nl));
                List<String> args = new ArrayList<>(List.of(
                        "issue",
                        "add",
                        Integer.toString(number),
                        urls.get(i - 1),
                        "--heading",
                        s.substring(0, nl),
                        "--summary-file",
                        summary.toString()));
                for (String a : also.get(i - 1)) {
                    args.add("--also");
                    args.add(a);
                }
                run(ws, args.toArray(String[]::new));
            }
            Path out = dir.resolve("out/" + post.getFileName());
            run(ws, "issue", "export", Integer.toString(number), "--out", out.toString());
            if (!expected.equals(Files.readString(out, StandardCharsets.UTF_8))) {
                differ.add(post.getFileName().toString());
            }
        }
        System.out.println("Issues rebuilt from their items through the CLI: " + (current - differ.size()) + "/"
                + current + " byte-identical " + differ);
        assertTrue(current > 0);
        assertEquals(List.of(), differ);
    }

    private static void run(Path ws, String... args) {
        CliRun r = CliRun.run(ws, args);
        assertEquals(0, r.status(), String.join(" ", args) + "\n" + r.out() + r.err());
    }
}
