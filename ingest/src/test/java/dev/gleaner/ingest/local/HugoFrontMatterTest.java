package dev.gleaner.ingest.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gleaner.core.library.Library;
import dev.gleaner.core.model.ArticleDraft;
import dev.gleaner.ingest.html.ArticleExtractor;
import dev.gleaner.ingest.html.ExtractingHtmlReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Front matter judged by the real {@code hugo}: the shapes bloggers write (Jekyll and Hugo posts as
 * in Korean tech blogs) are put through every transformation a static-site generator forgives — tabs,
 * odd indentation, line ends, byte order marks, duplicate keys, delimiters, quoting, lists, block
 * scalars, dates in many layouts, nested maps, anchors, comments — and a tiny Hugo site decides which
 * variants build and what title and date each has. Gleaner must import every variant Hugo builds with
 * Hugo's title and date, and import the others too, body intact, with at most one warning line.
 * Skipped where {@code hugo} is not installed.
 */
class HugoFrontMatterTest {
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final String BODY = "# 본문 제목\n\n레디스 분산 락 본문 첫 문단 %d 입니다: title: 아님.\n\n---\n\n끝 문단.\n";
    private static final Pattern HUGO_ERROR_FILE = Pattern.compile("\"([^\"]*/content/posts/(v\\d+)\\.md)");

    private static final Pattern YAML_BLOCK =
            Pattern.compile("\\A(\\n*---[ \\t]*\\n)(.*?\\n)(?:---|\\.\\.\\.)[ \\t]*\\n", Pattern.DOTALL);

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

    /** A front matter shape, with {@code {title}} and {@code {date}} where those values go. */
    record Shape(String name, String format, String block) {}

    static final List<Shape> SHAPES = List.of(
            new Shape("gatsby", "YAML", """
                    ---
                    title: {title}
                    date: {date}
                    tags:
                      - Java
                      - 분산 락
                    ---
                    """),
            new Shape("jekyll-company", "YAML", """
                    ---
                    layout: post
                    date: {date}
                    title: {title}
                    author: yop
                    tags: fluent-bit gdb kafka
                    excerpt: Kubernetes 환경에서 segmentation fault가 났을 때 트러블슈팅하는 방법.
                    ---
                    """),
            new Shape("jekyll-padded", "YAML", """
                    ---
                    layout:   post
                    title:    {title}
                    author:   madplay
                    tags: \t  java effectivejava
                    description: "[Effective Java] Item 78" \s
                    category: Java/Kotlin
                    date: {date}
                    comments: true
                    ---
                    """),
            new Shape("hugo-blog", "YAML", """
                    ---
                    title: {title}
                    date: {date}
                    categories:
                      - review
                    tags:\s
                      - kafka
                      - archives-2023
                    featuredImage: /images/kafka.jpg
                    images :
                      - /images/kafka.jpg
                    ---
                    """),
            new Shape("hugo-params", "YAML", """
                    ---
                    title: {title}
                    date: {date}
                    draft: false
                    aliases:
                      - /old/url/
                      - /옛/주소/
                    description: >
                      접힌 설명 첫 줄
                      둘째 줄
                    summary: |
                      첫 줄
                        들여쓴 줄
                    params:
                      author: 김개발
                      cover:
                        image: cover.png
                        alt: "표지: 레디스"
                    tags: [redis, "분산 락"]
                    ---
                    """),
            new Shape("jekyll-anchors", "YAML", """
                    ---
                    # written by hand
                    defaults: &defaults
                      layout: post
                      comments: true
                    extra:
                      <<: *defaults
                    title: {title} # the title
                    date: {date}
                    시리즈: 레디스 입문
                    categories: [백엔드, 데이터베이스]
                    ---
                    """),
            new Shape("hugo-toml", "TOML", """
                    +++
                    title = {title}
                    date = {date}
                    draft = false
                    tags = ["redis", "분산 락"]
                    [params]
                      author = "김개발"
                    +++
                    """),
            new Shape("hugo-json", "JSON", """
                    {
                      "title": {title},
                      "date": {date},
                      "tags": ["redis", "분산 락"],
                      "params": {"cover": {"image": "cover.png"}}
                    }
                    """));

    /** A title as the author means it; its YAML spelling is chosen by the form. */
    record TitleForm(String yaml, String plain) {}

    static final List<TitleForm> TITLES = List.of(
            new TitleForm("\"Java 에서 final 키워드 사용하기\"", "Java 에서 final 키워드 사용하기"),
            new TitleForm("Kubernetes 환경에서 트러블슈팅하기 (Feat. Fluent Bit)", null),
            new TitleForm("\"[이펙티브 자바 3판] 아이템 78. 동기화\"", "[이펙티브 자바 3판] 아이템 78. 동기화"),
            new TitleForm("'It''s 카프카: 정리'", "It's 카프카: 정리"),
            new TitleForm("Kafka:컨슈머 그룹", null),
            new TitleForm("Kafka: 컨슈머 그룹", null),
            new TitleForm("C# 입문 #2", null),
            new TitleForm("He said \"hi\" to 레디스", null),
            new TitleForm("It's 카프카 time", null),
            new TitleForm("🚀 배포 자동화 ✨", null),
            new TitleForm("\"탭\tescape \\\" 따옴표\"", "탭\tescape \" 따옴표"),
            new TitleForm("[이펙티브 자바] 아이템 1", null),
            new TitleForm("레디스 - 분산 락 @ 2021", null),
            new TitleForm("2021", null),
            new TitleForm("true", null),
            new TitleForm("", null),
            new TitleForm("'  앞뒤 공백  '", "  앞뒤 공백  "));

    static final List<String> DATES = List.of(
            "2021-03-04",
            "2021-03-04T05:06:07Z",
            "2021-03-04T05:06:07+09:00",
            "2021-03-04T05:06:07-05:00",
            "2021-03-04T05:06:07",
            "2021-03-04 05:06:07",
            "2021-03-04 05:06",
            "2021-03-04T05:06",
            "2021-03-04 05:06:07 +0900",
            "2021-03-04 05:06:07 +09:00",
            "2021-03-04 05:06:07+09:00",
            "2021-03-04T05:06:07+0900",
            "2021-03-04T05:06:07.123456+09:00",
            "2021-03-04 05:06:07.5",
            "2021-03-04 05:06:07.5 -0700 MST",
            "Thu, 04 Mar 2021 05:06:07 +0900",
            "Thu, 04 Mar 2021 05:06:07 GMT",
            "04 Mar 2021",
            "Mar 4, 2021",
            "2021-3-4",
            "2021/03/04",
            "\"2021-03-04 05:06:07\"",
            "'2021-03-04T05:06:07+09:00'",
            "2001-12-14 21:59:43.10 -5",
            "",
            "~");

    /** Whole-text transformations a generator may meet, each named. */
    static final Map<String, UnaryOperator<String>> TRANSFORMS = new LinkedHashMap<>();

    static {
        TRANSFORMS.put("none", t -> t);
        TRANSFORMS.put("tab after colon", t -> onBlock(t, b -> b.replaceAll("(?m)^(\\w+):[ ]+", "$1:\t")));
        TRANSFORMS.put("tab and spaces after colon", t -> onBlock(t, b -> b.replaceAll("(?m)^(\\w+):[ ]+", "$1:\t  ")));
        TRANSFORMS.put("space before colon", t -> onBlock(t, b -> b.replaceAll("(?m)^(title|date):", "$1 :")));
        TRANSFORMS.put("tab-indented lists", t -> onBlock(t, b -> b.replaceAll("(?m)^[ ]+- ", "\t- ")));
        TRANSFORMS.put("unindented lists", t -> onBlock(t, b -> b.replaceAll("(?m)^[ ]+- ", "- ")));
        TRANSFORMS.put("odd indentation", t -> onBlock(t, b -> b.replaceAll("(?m)^  (\\S)", "   $1")));
        TRANSFORMS.put("tab item separator", t -> onBlock(t, b -> b.replaceAll("(?m)^([ \\t]*)- ", "$1-\t")));
        TRANSFORMS.put("CRLF", t -> t.replace("\n", "\r\n"));
        TRANSFORMS.put("CR", t -> t.replace("\n", "\r"));
        TRANSFORMS.put("BOM", t -> "\uFEFF" + t);
        TRANSFORMS.put("BOM and CRLF", t -> "\uFEFF" + t.replace("\n", "\r\n"));
        TRANSFORMS.put("duplicate title", t -> onBlock(t, b -> "title: 이전 제목\n" + b));
        TRANSFORMS.put("duplicate date", t -> onBlock(t, b -> "date: 1999-01-01\n" + b));
        TRANSFORMS.put(
                "trailing spaces on delimiters",
                t -> t.replaceFirst("\\A---\n", "---  \n").replaceFirst("\n---\n", "\n--- \t\n"));
        TRANSFORMS.put("dots end marker", t -> {
            Matcher m = YAML_BLOCK.matcher(t);
            return m.find() ? t.substring(0, m.end(2)) + "...\n" + t.substring(m.end()) : t;
        });
        TRANSFORMS.put("blank line before block", t -> "\n" + t);
        TRANSFORMS.put("blank lines inside", t -> onBlock(t, b -> b.replace("\ndate", "\n\n\ndate")));
        TRANSFORMS.put("trailing blanks on lines", t -> onBlock(t, b -> b.replaceAll("\n", " \t\n")));
        TRANSFORMS.put(
                "comments", t -> onBlock(t, b -> "# 주석\n" + b.replaceAll("(?m)^(tags:.*)$", "# tags below\n$1")));
        TRANSFORMS.put("empty values", t -> onBlock(t, b -> b + "description:\nimage: ''\nseries: ~\nkeywords: []\n"));
        TRANSFORMS.put("draft", t -> onBlock(t, b -> b + "draft: true\n"));
        TRANSFORMS.put(
                "capitalised keys",
                t -> onBlock(t, b -> b.replaceAll("(?m)^title", "Title").replaceAll("(?m)^date", "Date")));
        TRANSFORMS.put("lastmod", t -> onBlock(t, b -> b + "lastmod: 2022-01-02\n"));
        TRANSFORMS.put("korean keys", t -> onBlock(t, b -> b + "작성자: 김개발\n분류:\n  - 백엔드\n"));
    }

    /** Applies {@code f} to the text between a YAML block's delimiters; other blocks are left as they are. */
    private static String onBlock(String text, UnaryOperator<String> f) {
        Matcher m = YAML_BLOCK.matcher(text);
        if (!m.find()) {
            return text;
        }
        return m.group(1) + f.apply(m.group(2)) + text.substring(m.end(2));
    }

    record Variant(String id, String what, String text) {}

    private static List<Variant> generate() {
        List<Variant> out = new ArrayList<>();
        for (Shape shape : SHAPES) {
            for (var t : TRANSFORMS.entrySet()) {
                add(
                        out,
                        shape.name() + " / " + t.getKey(),
                        t.getValue().apply(fill(shape, TITLES.get(0), DATES.get(5))));
            }
            for (TitleForm title2 : TITLES) {
                add(out, shape.name() + " / title " + title2.yaml(), fill(shape, title2, DATES.get(2)));
            }
            for (String date : DATES) {
                add(out, shape.name() + " / date " + date, fill(shape, TITLES.get(0), date));
            }
        }
        // Combinations: a few transformations at once, over random titles and dates.
        Random random = new Random(13);
        List<String> names = new ArrayList<>(TRANSFORMS.keySet());
        for (int i = 0; i < 300; i++) {
            Shape shape = SHAPES.get(random.nextInt(SHAPES.size()));
            String text =
                    fill(shape, TITLES.get(random.nextInt(TITLES.size())), DATES.get(random.nextInt(DATES.size())));
            StringBuilder what = new StringBuilder(shape.name());
            // Line-end and BOM changes go last, as a file is saved last.
            List<String> picked = new ArrayList<>();
            for (int k = 0; k < 3; k++) {
                picked.add(names.get(random.nextInt(names.size())));
            }
            picked.sort((a, b) -> Boolean.compare(isEncoding(a), isEncoding(b)));
            boolean encoded = false;
            for (String name : picked) {
                if (isEncoding(name) && encoded) {
                    continue;
                }
                encoded |= isEncoding(name);
                text = TRANSFORMS.get(name).apply(text);
                what.append(" / ").append(name);
            }
            add(out, what.toString(), text);
        }
        return out;
    }

    private static boolean isEncoding(String transform) {
        return transform.contains("CR") || transform.contains("BOM");
    }

    private static void add(List<Variant> out, String what, String frontMatter) {
        String id = "v" + out.size();
        // Every other post has no blank line between the block and its text.
        String gap = out.size() % 2 == 0 ? "\n" : "";
        out.add(new Variant(id, what, frontMatter + gap + BODY.formatted(out.size())));
    }

    private static String fill(Shape shape, TitleForm title, String date) {
        String plainTitle = title.plain() != null ? title.plain() : title.yaml();
        String unquotedDate = date.replaceAll("^[\"'](.*)[\"']$", "$1");
        return switch (shape.format()) {
            case "TOML" ->
                shape.block()
                        .replace("{title}", json(plainTitle))
                        .replace(
                                "{date}",
                                unquotedDate.matches(
                                                "\\d{4}-\\d\\d-\\d\\d([T ]\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?(Z|[+-]\\d\\d:\\d\\d)?)?")
                                        ? unquotedDate
                                        : json(unquotedDate));
            case "JSON" -> shape.block().replace("{title}", json(plainTitle)).replace("{date}", json(unquotedDate));
            default -> shape.block().replace("{title}", title.yaml()).replace("{date}", date);
        };
    }

    private static String json(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\t", "\\t") + "\"";
    }

    /** What Hugo made of one variant: its title and date, or null when it refused the file. */
    record HugoPage(String title, OffsetDateTime date) {}

    @Test
    void everyVariantHugoBuildsImportsWithHugosTitleAndDate() throws Exception {
        assumeTrue(hugoPresent(), "the hugo command is not installed (apt-get install hugo): skipping the Hugo check");
        List<Variant> variants = generate();
        Map<String, HugoPage> hugo = new HashMap<>();
        for (int from = 0; from < variants.size(); from += 60) {
            hugo.putAll(build(variants.subList(from, Math.min(variants.size(), from + 60))));
        }
        List<String> wrong = new ArrayList<>();
        int built = 0;
        int warned = 0;
        int warnedBuilt = 0;
        for (Variant v : variants) {
            Path file = dir.resolve("posts").resolve(v.id() + ".md");
            Files.createDirectories(file.getParent());
            Files.write(file, v.text().getBytes(StandardCharsets.UTF_8));
            List<ImportReport.Warning> warnings = new ArrayList<>();
            ArticleDraft d;
            try {
                d = importer.read(file, warnings::add);
            } catch (RuntimeException e) {
                wrong.add(v.id() + " " + v.what() + ": failed: " + e.getMessage());
                continue;
            }
            HugoPage page = hugo.get(v.id());
            List<String> problems = new ArrayList<>();
            if (!d.markdown().contains("본문 첫 문단 " + v.id().substring(1) + " 입니다")) {
                problems.add("body lost: " + d.markdown());
            }
            if (warnings.size() > 1) {
                problems.add("more than one warning: " + warnings);
            }
            warned += warnings.isEmpty() ? 0 : 1;
            if (page != null) {
                built++;
                warnedBuilt += warnings.isEmpty() ? 0 : 1;
                if (!page.title().isEmpty() && !normalized(page.title()).equals(normalized(d.title()))) {
                    problems.add("title [" + d.title() + "], hugo [" + page.title() + "]");
                }
                if (page.title().isEmpty() && !"본문 제목".equals(d.title())) {
                    problems.add("title [" + d.title() + "], expected the first heading");
                }
                if (page.date() != null && !sameDate(page.date(), d.published(), v.text())) {
                    problems.add("date " + d.published() + ", hugo " + page.date());
                }
            } else if (!warnings.isEmpty()
                    && !"본문 제목".equals(d.title())
                    && d.title().isBlank()) {
                problems.add("no title");
            }
            if (!problems.isEmpty()) {
                wrong.add(v.id() + " " + v.what() + " " + problems + "\n"
                        + v.text().lines().limit(16).toList());
            }
            Files.delete(file);
        }
        System.out.printf(
                "hugo front matter variants: %d generated, %d built by hugo (%d with a Gleaner warning), "
                        + "%d refused by hugo (%d with a warning), %d imported wrong%n",
                variants.size(), built, warnedBuilt, variants.size() - built, warned - warnedBuilt, wrong.size());
        wrong.stream().limit(20).forEach(System.out::println);
        assertTrue(built > variants.size() / 2, "hugo builds most variants; is the site set up right?");
        assertEquals(List.of(), wrong.stream().limit(5).toList(), wrong.size() + " variants imported wrong");
    }

    /** A title as a library shows it: runs of white space (a tab, a line end) are one space. */
    private static String normalized(String title) {
        return title.strip().replaceAll("\\s+", " ");
    }

    /**
     * {@return whether Gleaner dated the post as Hugo did} To the second: Hugo's TOML reader drops
     * fractions. A zone named by letters ("GMT") Hugo reads in the site's zone while Jekyll reads it as
     * named; either reading is right. Where Hugo fell back to {@code lastmod} because it could not read
     * the date written, Gleaner may read that date.
     */
    private static boolean sameDate(OffsetDateTime hugo, OffsetDateTime gleaner, String text) {
        if (gleaner == null) {
            return false;
        }
        long h = hugo.toEpochSecond();
        long g = gleaner.toEpochSecond();
        if (h == g) {
            return true;
        }
        if (text.matches("(?si).*\\n[\"\\s]*date[\"\\s]*[:=][^\\n]*\\d\\d:\\d\\d(:\\d\\d)? (GMT|UTC|[A-Z]{3})\\b.*")
                && hugo.toLocalDateTime().equals(gleaner.toLocalDateTime())) {
            return true;
        }
        return hugo.toLocalDate().toString().equals("2022-01-02") && text.contains("lastmod: 2022-01-02");
    }

    /**
     * Builds the variants in one small site, dropping each file Hugo refuses (it names the first one
     * it meets) until the rest build.
     */
    private Map<String, HugoPage> build(List<Variant> variants) throws IOException, InterruptedException {
        Path site = Files.createTempDirectory(dir, "site");
        Path posts = Files.createDirectories(site.resolve("content/posts"));
        Files.createDirectories(site.resolve("layouts/_default"));
        Files.writeString(site.resolve("config.toml"), """
                baseURL = "http://example.org/"
                timeZone = "Asia/Seoul"
                disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404", "home", "section"]
                """);
        Files.writeString(
                site.resolve("layouts/_default/single.html"),
                "{{ .File.BaseFileName }}|{{ .Title | base64Encode }}|"
                        + "{{ if not .Date.IsZero }}{{ .Date.Format \"2006-01-02T15:04:05.999999999Z07:00\" | base64Encode }}{{ end }}\n");
        for (Variant v : variants) {
            Files.write(posts.resolve(v.id() + ".md"), v.text().getBytes(StandardCharsets.UTF_8));
        }
        for (int attempt = 0; attempt <= variants.size(); attempt++) {
            Process p = new ProcessBuilder(
                            "hugo",
                            "--source",
                            site.toString(),
                            "--quiet",
                            "--buildDrafts",
                            "--buildFuture",
                            "--buildExpired")
                    .redirectErrorStream(true)
                    .start();
            String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "hugo did not finish");
            if (p.exitValue() == 0) {
                return pages(site.resolve("public"));
            }
            Matcher m = HUGO_ERROR_FILE.matcher(log);
            assertTrue(m.find(), "hugo failed without naming a post: " + log);
            Files.delete(posts.resolve(m.group(2) + ".md"));
        }
        throw new AssertionError("hugo never built the site");
    }

    private static Map<String, HugoPage> pages(Path publicDir) throws IOException {
        Map<String, HugoPage> pages = new HashMap<>();
        List<Path> files;
        try (Stream<Path> s = Files.walk(publicDir)) {
            files = s.filter(f -> f.getFileName().toString().equals("index.html"))
                    .toList();
        }
        for (Path f : files) {
            // Hugo's HTML templates escape '+' and '=' even in base64.
            String line = Pattern.compile("&#(\\d+);")
                    .matcher(Files.readString(f).strip())
                    .replaceAll(r -> Character.toString(Integer.parseInt(r.group(1))));
            String[] parts = line.split("\\|", -1);
            if (parts.length != 3 || !parts[0].matches("v\\d+")) {
                continue; // an alias page
            }
            String title = new String(Base64.getDecoder().decode(parts[1]), StandardCharsets.UTF_8);
            pages.put(
                    parts[0],
                    new HugoPage(
                            title,
                            parts[2].isEmpty()
                                    ? null
                                    : OffsetDateTime.parse(
                                            new String(Base64.getDecoder().decode(parts[2]), StandardCharsets.UTF_8))));
        }
        return pages;
    }

    private static boolean hugoPresent() {
        try {
            Process p = new ProcessBuilder("hugo", "version")
                    .redirectErrorStream(true)
                    .start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
