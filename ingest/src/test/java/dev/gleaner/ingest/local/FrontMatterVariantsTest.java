package dev.gleaner.ingest.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gleaner.core.library.Library;
import dev.gleaner.core.model.ArticleDraft;
import dev.gleaner.ingest.html.ArticleExtractor;
import dev.gleaner.ingest.html.ExtractingHtmlReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Front matter as authors of Hugo, Jekyll and Hexo sites write it, generated as combinations: each
 * block format and delimiter style, line ends, byte order marks, titles, every date layout Hugo
 * reads, every way of writing tags and categories, the slips generators forgive, and bodies that
 * look like front matter themselves. Every variant must import with its title, date, tags and the
 * whole body; only a block that no generator would build may (and must) give a warning.
 */
class FrontMatterVariantsTest {
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    @TempDir
    Path dir;

    private Library library;
    private LocalImporter importer;

    @BeforeEach
    void open() {
        library = Library.open(dir.resolve("library.db"));
        importer = new LocalImporter(library, new ExtractingHtmlReader(new ArticleExtractor()), SEOUL);
    }

    @AfterEach
    void close() {
        library.close();
    }

    enum Format {
        YAML,
        YAML_DOTS_END,
        YAML_TRAILING_SPACES,
        YAML_BLANK_LINE_FIRST,
        TOML,
        JSON;

        boolean yaml() {
            return this != TOML && this != JSON;
        }
    }

    /** A title as the author means it, and whether YAML may leave it unquoted. */
    record Title(String value, boolean plainInYaml) {}

    static final List<Title> TITLES = List.of(
            new Title("Redis lock", true),
            new Title("[이펙티브 자바] 아이템 76. 실패 원자적으로", false),
            new Title("Kafka: 컨슈머 그룹 정리", false),
            new Title("He said \"hi\" to 레디스", true),
            new Title("It's 카프카 time", true),
            new Title("🚀 배포 자동화 ✨", true),
            new Title("1.10 릴리스 노트 #2", false),
            new Title(null, false));

    /** A date as written, whether TOML can hold it bare, and what it means. */
    record DateForm(String written, boolean bareInToml, String expected) {}

    static final List<DateForm> DATES = List.of(
            new DateForm("2021-03-04", true, "2021-03-04T00:00+09:00"),
            new DateForm("2021-03-04T05:06:07Z", true, "2021-03-04T05:06:07Z"),
            new DateForm("2021-03-04T05:06:07+09:00", true, "2021-03-04T05:06:07+09:00"),
            new DateForm("2021-03-04T05:06:07-05:00", true, "2021-03-04T05:06:07-05:00"),
            new DateForm("2021-03-04 05:06:07 +0900", false, "2021-03-04T05:06:07+09:00"),
            new DateForm("2021-03-04 05:06:07 +09:00", false, "2021-03-04T05:06:07+09:00"),
            new DateForm("2021-03-04 05:06:07", true, "2021-03-04T05:06:07+09:00"),
            new DateForm("2021-03-04T05:06:07", true, "2021-03-04T05:06:07+09:00"),
            new DateForm("2021-03-04T05:06:07.123+09:00", true, "2021-03-04T05:06:07.123+09:00"),
            new DateForm("2021-03-04 05:06", false, "2021-03-04T05:06+09:00"),
            new DateForm("2021-03-04T05:06:07+0900", false, "2021-03-04T05:06:07+09:00"),
            new DateForm("2021-03-04 05:06:07+09:00", false, "2021-03-04T05:06:07+09:00"),
            new DateForm("Thu, 04 Mar 2021 05:06:07 +0900", false, "2021-03-04T05:06:07+09:00"),
            new DateForm("Thu, 04 Mar 2021 05:06:07 GMT", false, "2021-03-04T05:06:07Z"),
            new DateForm("04 Mar 2021", false, "2021-03-04T00:00+09:00"),
            new DateForm("2021-03-04 05:06:07.5 -0700 MST", false, "2021-03-04T05:06:07.5-07:00"),
            new DateForm("Thu Mar  4 05:06:07 2021", false, "2021-03-04T05:06:07+09:00"),
            new DateForm("2021-3-4", false, "2021-03-04T00:00+09:00"),
            new DateForm("2021/03/04 05:06", false, "2021-03-04T05:06+09:00"),
            new DateForm("2001-12-14 21:59:43.10 -5", false, "2001-12-14T21:59:43.10-05:00"),
            // No date field: the date the file name starts with, as Jekyll and Hugo's :filename take it.
            new DateForm(null, false, "2021-03-04T00:00+09:00"),
            new DateForm(null, false, null));

    enum Tags {
        BLOCK_LIST,
        BLOCK_LIST_UNINDENTED,
        BLOCK_LIST_TAB_INDENTED,
        FLOW_LIST,
        COMMA_STRING,
        SINGLE_STRING,
        SPACE_STRING,
        NESTED_CATEGORY_LIST,
        NONE
    }

    enum Quirk {
        NONE,
        TAB_AFTER_COLON,
        DUPLICATE_TITLE_LAST_WINS,
        ALL_KEYS_INDENTED,
        ONE_KEY_STRAY_SPACE,
        DRAFT_AND_LANG,
        COMMENTS_AND_NESTED_MAP,
        CAPITALISED_KEYS,
        EMPTY_VALUES
    }

    enum Body {
        PROSE_WITH_LOOKALIKES,
        NONE,
        SHORT_NO_FINAL_NEWLINE
    }

    record Variant(
            String fileName,
            String text,
            String title,
            OffsetDateTime date,
            List<String> tags,
            String lang,
            String body,
            boolean warns) {}

    @Test
    void everyFrontMatterVariantImportsWithItsTitleDateTagsAndWholeBody() throws Exception {
        List<Variant> variants = generate();
        List<String> wrong = new ArrayList<>();
        int warned = 0;
        for (Variant v : variants) {
            Path file = dir.resolve("posts").resolve(v.fileName());
            Files.createDirectories(file.getParent());
            Files.write(file, v.text().getBytes(StandardCharsets.UTF_8));
            List<ImportReport.Warning> warnings = new ArrayList<>();
            ArticleDraft d = importer.read(file, warnings::add);
            List<String> problems = new ArrayList<>();
            if (!v.title().equals(d.title())) {
                problems.add("title " + d.title() + " != " + v.title());
            }
            if (v.date() == null ? d.published() != null : !v.date().equals(d.published())) {
                problems.add("date " + d.published() + " != " + v.date());
            }
            if (!v.tags().equals(d.tags())) {
                problems.add("tags " + d.tags() + " != " + v.tags());
            }
            if (v.lang() != null && !v.lang().equals(d.lang())) {
                problems.add("lang " + d.lang() + " != " + v.lang());
            }
            if (!v.body().strip().equals(d.markdown().strip())) {
                problems.add("body [" + d.markdown() + "] != [" + v.body() + "]");
            }
            if (v.warns() != !warnings.isEmpty()) {
                problems.add(v.warns() ? "no warning for a block no generator builds" : "warning: " + warnings);
            }
            if (warnings.size() > 1
                    || warnings.stream().anyMatch(w -> !w.message().contains(file.toString()))) {
                problems.add("not one warning naming the file: " + warnings);
            }
            warned += warnings.size();
            if (!problems.isEmpty()) {
                wrong.add(v.fileName() + " " + problems + "\n" + v.text());
            }
            Files.delete(file);
        }
        System.out.printf(
                "front matter variants: %d generated, %d imported right, %d with a warning%n",
                variants.size(), variants.size() - wrong.size(), warned);
        wrong.stream().limit(15).forEach(System.out::println);
        assertTrue(variants.size() > 1000, "the generator covers the combinations");
        assertEquals(List.of(), wrong.stream().limit(5).toList(), wrong.size() + " variants imported wrong");
    }

    private static List<Variant> generate() {
        List<Variant> out = new ArrayList<>();
        int n = 0;
        for (Format format : Format.values()) {
            for (boolean crlf : new boolean[] {false, true}) {
                for (boolean bom : new boolean[] {false, true}) {
                    for (Title title : TITLES) {
                        for (Tags tags : Tags.values()) {
                            n++;
                            DateForm date = DATES.get((n * 7) % DATES.size());
                            Quirk quirk = format.yaml() ? Quirk.values()[(n * 5) % Quirk.values().length] : Quirk.NONE;
                            Body body = Body.values()[(n / 3) % Body.values().length];
                            out.add(variant(n, format, crlf, bom, title, date, tags, quirk, body));
                        }
                    }
                }
            }
        }
        return out;
    }

    private static Variant variant(
            int n,
            Format format,
            boolean crlf,
            boolean bom,
            Title title,
            DateForm date,
            Tags tags,
            Quirk quirk,
            Body body) {
        List<String> lines = new ArrayList<>();
        boolean warns = false;
        String ind = quirk == Quirk.ALL_KEYS_INDENTED ? " " : "";
        String colon = quirk == Quirk.TAB_AFTER_COLON ? ":\t" : ": ";
        String titleKey = quirk == Quirk.CAPITALISED_KEYS ? "Title" : "title";
        List<String> expectedTags = new ArrayList<>();
        String lang = null;
        if (quirk == Quirk.COMMENTS_AND_NESTED_MAP) {
            lines.add("# written by hand");
            lines.add("author:");
            lines.add("  name: 김개발");
            lines.add("  title: 백엔드 개발자");
        }
        if (quirk == Quirk.DUPLICATE_TITLE_LAST_WINS && title.value() != null) {
            lines.add("title: An older title");
        }
        if (quirk == Quirk.EMPTY_VALUES) {
            lines.add("description:");
            lines.add("image: ");
        }
        if (title.value() != null) {
            String t = title.value();
            switch (format) {
                case TOML -> lines.add("title = " + (n % 2 == 0 && !t.contains("'") ? "'" + t + "'" : json(t)));
                case JSON -> lines.add("  \"title\": " + json(t) + ",");
                default -> {
                    boolean colonSlip = t.contains(": ") && n % 2 == 0;
                    if (colonSlip) {
                        warns = true; // neither Hugo nor Jekyll builds "title: a: b"
                    }
                    String written = title.plainInYaml() || colonSlip
                            ? t
                            : t.contains("'") ? json(t) : "'" + t.replace("'", "''") + "'";
                    lines.add(ind + titleKey + colon + written);
                }
            }
        }
        if (quirk == Quirk.ONE_KEY_STRAY_SPACE) {
            lines.add("  layout: post"); // indented under nothing: YAML refuses the block
            warns = true;
        }
        if (date.written() != null) {
            String w = date.written();
            switch (format) {
                case TOML -> lines.add("date = " + (date.bareInToml() ? w : json(w)));
                case JSON -> lines.add("  \"date\": " + json(w) + ",");
                default ->
                    lines.add(ind
                            + (quirk == Quirk.CAPITALISED_KEYS ? "Date" : "date")
                            + colon
                            + (n % 3 == 0 && !w.contains("'") ? "'" + w + "'" : n % 3 == 1 ? json(w) : w));
            }
        }
        switch (tags) {
            case BLOCK_LIST, BLOCK_LIST_UNINDENTED, BLOCK_LIST_TAB_INDENTED -> {
                expectedTags.addAll(List.of("redis", "분산 락", "Spring Boot"));
                switch (format) {
                    case TOML -> lines.add("tags = [\n  \"redis\",\n  \"분산 락\",\n  \"Spring Boot\",\n]");
                    case JSON -> lines.add("  \"tags\": [\n    \"redis\",\n    \"분산 락\",\n    \"Spring Boot\"\n  ],");
                    default -> {
                        String item = switch (tags) {
                            case BLOCK_LIST -> ind + "  - ";
                            case BLOCK_LIST_UNINDENTED -> ind + "- ";
                            default -> "\t- ";
                        };
                        lines.add(ind + "tags" + colon.strip());
                        lines.add(item + "redis");
                        lines.add(item + "분산 락");
                        lines.add(item + "\"Spring Boot\"");
                    }
                }
            }
            case FLOW_LIST -> {
                expectedTags.addAll(List.of("redis", "분산 락"));
                switch (format) {
                    case TOML -> lines.add("tags = [\"redis\", \"분산 락\"]");
                    case JSON -> lines.add("  \"tags\": [\"redis\", \"분산 락\"],");
                    default -> lines.add(ind + "tags" + colon + "[redis, \"분산 락\"]");
                }
            }
            case COMMA_STRING -> {
                expectedTags.addAll(List.of("redis", "분산 락", "kafka"));
                switch (format) {
                    case TOML -> lines.add("tags = \"redis, 분산 락, kafka\"");
                    case JSON -> lines.add("  \"tags\": \"redis, 분산 락, kafka\",");
                    default -> lines.add(ind + "tags" + colon + "redis, 분산 락, kafka");
                }
            }
            case SINGLE_STRING -> {
                expectedTags.add("redis");
                switch (format) {
                    case TOML -> lines.add("tags = \"redis\"");
                    case JSON -> lines.add("  \"tags\": \"redis\",");
                    default -> lines.add(ind + "tags" + colon + "redis");
                }
            }
            case SPACE_STRING -> {
                // Jekyll splits a YAML string at spaces; Hugo (TOML, JSON) keeps one term.
                switch (format) {
                    case TOML -> {
                        lines.add("tags = \"spring boot\"");
                        expectedTags.add("spring boot");
                    }
                    case JSON -> {
                        lines.add("  \"tags\": \"spring boot\",");
                        expectedTags.add("spring boot");
                    }
                    default -> {
                        lines.add(ind + "tags" + colon + "java spring");
                        expectedTags.addAll(List.of("java", "spring"));
                    }
                }
            }
            case NESTED_CATEGORY_LIST -> {
                // Hexo writes a category path as a nested list.
                expectedTags.addAll(List.of("redis", "Database", "NoSQL"));
                switch (format) {
                    case TOML -> {
                        lines.add("tags = [\"redis\"]");
                        lines.add("categories = [[\"Database\", \"NoSQL\"]]");
                    }
                    case JSON -> {
                        lines.add("  \"tags\": [\"redis\"],");
                        lines.add("  \"categories\": [[\"Database\", \"NoSQL\"]],");
                    }
                    default -> {
                        lines.add(ind + "tags" + colon + "redis");
                        lines.add(ind + "categories:");
                        lines.add(ind + "- [Database, NoSQL]");
                    }
                }
            }
            case NONE -> {}
        }
        if (tags != Tags.NESTED_CATEGORY_LIST && n % 4 == 0) {
            switch (format) {
                case TOML -> lines.add("categories = [\"Backend\"]");
                case JSON -> lines.add("  \"categories\": \"Backend\",");
                default -> lines.add(ind + "categories" + colon + "Backend");
            }
            expectedTags.add("Backend");
        }
        if (quirk == Quirk.DRAFT_AND_LANG) {
            lines.add("draft: true");
            lines.add("lang: en");
            lang = "en";
        }
        if (quirk == Quirk.CAPITALISED_KEYS) {
            lines.add("Draft: false");
        }
        String bodyText = switch (body) {
            case PROSE_WITH_LOOKALIKES -> """
                    # 본문 제목

                    첫 문단입니다: title: 이건 본문이다.

                    ---

                    ```yaml
                    ---
                    title: 코드 안의 front matter
                    ---
                    ```

                    +++

                    마지막 문단 🚀 끝.
                    """;
            case NONE -> "";
            case SHORT_NO_FINAL_NEWLINE -> "레디스 분산 락 본문";
        };
        StringBuilder text = new StringBuilder();
        switch (format) {
            case TOML -> text.append("+++\n").append(String.join("\n", lines)).append("\n+++\n");
            case JSON -> {
                String fields = String.join("\n", lines);
                fields = fields.endsWith(",") ? fields.substring(0, fields.length() - 1) : fields;
                text.append("{\n").append(fields).append("\n}\n");
            }
            case YAML_DOTS_END ->
                text.append("---\n").append(String.join("\n", lines)).append("\n...\n");
            case YAML_TRAILING_SPACES ->
                text.append("---  \n").append(String.join("\n", lines)).append("\n--- \t\n");
            case YAML_BLANK_LINE_FIRST ->
                text.append("\n---\n").append(String.join("\n", lines)).append("\n---\n");
            case YAML -> text.append("---\n").append(String.join("\n", lines)).append("\n---\n");
        }
        if (lines.isEmpty()) {
            text = new StringBuilder(text.toString().replace("\n\n", "\n"));
        }
        if (body != Body.NONE && n % 2 == 0) {
            text.append('\n');
        }
        text.append(bodyText);
        String raw = text.toString();
        if (crlf) {
            raw = raw.replace("\n", "\r\n");
        }
        if (bom) {
            raw = "\uFEFF" + raw;
        }
        boolean dateInName = date.written() == null && date.expected() != null;
        String fileName = (dateInName ? "2021-03-04-" : "") + "post-" + n + ".md";
        String expectedTitle = title.value() != null
                ? title.value()
                : body == Body.PROSE_WITH_LOOKALIKES
                        ? "본문 제목"
                        : body == Body.SHORT_NO_FINAL_NEWLINE ? bodyText : fileName.replace(".md", "");
        return new Variant(
                fileName,
                raw,
                expectedTitle,
                date.expected() == null ? null : OffsetDateTime.parse(date.expected()),
                expectedTags,
                lang,
                bodyText,
                warns);
    }

    private static String json(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
