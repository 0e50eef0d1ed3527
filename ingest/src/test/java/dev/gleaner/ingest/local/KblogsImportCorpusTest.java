package dev.gleaner.ingest.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gleaner.core.library.Library;
import dev.gleaner.core.model.Article;
import dev.gleaner.ingest.html.ArticleExtractor;
import dev.gleaner.ingest.html.ExtractingHtmlReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import gate over real blogs as their authors wrote them ({@code kblogs/} in the corpus): every
 * Markdown post imports, with its title, its date when it has one, and its body. Skipped when the
 * corpus is absent. {@code -Dgleaner.kblogs.blogs=a,b} limits the run to some blogs (to tune on some
 * and check on the others).
 */
class KblogsImportCorpusTest {
    /** A {@code date:} line with something on it, as a reader of the raw file sees it. */
    private static final Pattern DATE_LINE =
            Pattern.compile("(?m)^date[ \\t]*[:=][ \\t]*['\"]?(\\d{4}-\\d\\d?-\\d\\d?)");

    private static final Pattern TITLE_LINE = Pattern.compile("(?m)^title[ \\t]*[:=][ \\t]*(\\S.*)$");

    @TempDir
    Path dir;

    @Test
    void everyPostOfEveryBlogImportsWithItsTitleDateAndBody() throws IOException {
        String location = System.getProperty("gleaner.corpus");
        Path kblogs = location == null ? null : Path.of(location, "kblogs");
        assumeTrue(
                kblogs != null && Files.isDirectory(kblogs), "corpus not found (set -Dgleaner.corpus): kblogs skipped");
        List<String> only = Arrays.stream(
                        System.getProperty("gleaner.kblogs.blogs", "").split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
        List<Path> blogs;
        try (Stream<Path> s = Files.list(kblogs)) {
            blogs = s.filter(Files::isDirectory)
                    .filter(b -> only.isEmpty() || only.contains(b.getFileName().toString()))
                    .sorted()
                    .toList();
        }
        assumeTrue(!blogs.isEmpty(), "no kblogs blogs to import");
        long failed = 0;
        List<String> problems = new ArrayList<>();
        for (Path blog : blogs) {
            try (Library library = Library.open(dir.resolve(blog.getFileName() + ".db"))) {
                LocalImporter importer = new LocalImporter(
                        library, new ExtractingHtmlReader(new ArticleExtractor()), ZoneId.of("Asia/Seoul"));
                ImportReport report = importer.importPaths(List.of(blog), r -> {});
                long posts = report.files().size();
                long imported = posts - report.count(ImportReport.Failed.class);
                failed += report.count(ImportReport.Failed.class);
                long dated = report.files().stream()
                        .filter(r -> r instanceof ImportReport.Added)
                        .filter(r -> library.article(((ImportReport.Added) r).articleId())
                                        .orElseThrow()
                                        .published()
                                != null)
                        .count();
                System.out.printf(
                        "kblogs import %-24s %4d posts: %4d imported (%d dated), %3d with warnings, %d failed%n",
                        blog.getFileName(),
                        posts,
                        imported,
                        dated,
                        report.warnings().size(),
                        report.count(ImportReport.Failed.class));
                for (ImportReport.FileResult r : report.files()) {
                    switch (r) {
                        case ImportReport.Failed f -> problems.add("failed: " + f.reason());
                        case ImportReport.Added a -> check(library, a.articleId(), a.file(), problems);
                        case ImportReport.Updated u -> check(library, u.articleId(), u.file(), problems);
                        case ImportReport.Unchanged u -> check(library, u.articleId(), u.file(), problems);
                    }
                }
                report.warnings().forEach(w -> System.out.println("  warning: " + w.message()));
            }
        }
        problems.stream().limit(40).forEach(p -> System.out.println("  " + p));
        assertEquals(0, failed, "posts that did not import");
        assertTrue(problems.isEmpty(), problems.size() + " posts lost their title, date or body");
    }

    /** What a reader of the raw file expects to see in the library: a title, the date, the body. */
    private static void check(Library library, long id, Path file, List<String> problems) {
        Article a = library.article(id).orElseThrow();
        String raw;
        try {
            raw = Files.readString(file);
        } catch (IOException e) {
            problems.add("unreadable again: " + file);
            return;
        }
        String[] lines = raw.replace("\uFEFF", "").split("\\r?\\n", -1);
        int close = -1;
        if (lines[0].strip().equals("---") || lines[0].strip().equals("+++")) {
            for (int i = 1; i < lines.length && close < 0; i++) {
                String l = lines[i].strip();
                if (l.equals(lines[0].strip()) || (lines[0].strip().equals("---") && l.equals("..."))) {
                    close = i;
                }
            }
        }
        String block = close < 0 ? "" : String.join("\n", Arrays.asList(lines).subList(1, close));
        if (a.title().isBlank()) {
            problems.add("no title: " + file);
        }
        Matcher title = TITLE_LINE.matcher(block);
        String fileName = file.getFileName().toString().replaceFirst("\\.[^.]+$", "");
        if (title.find() && a.title().equals(fileName) && !title.group(1).contains(fileName)) {
            problems.add("title from the file name although the front matter has " + title.group() + ": " + file);
        }
        Matcher date = DATE_LINE.matcher(block);
        if (date.find() && a.published() == null) {
            problems.add("no date although the front matter has " + date.group() + ": " + file);
        }
        if (a.published() == null && file.getFileName().toString().matches("\\d{4}-\\d\\d-\\d\\d-.*")) {
            problems.add("no date although Jekyll takes it from the file name: " + file);
        }
        // The body's last line of prose, which no cleaning removes, is kept.
        for (int i = lines.length - 1; i > close; i--) {
            String l = lines[i].strip();
            if (l.matches(".*\\p{L}{3}.*") && !l.matches(".*[{}%<>|\\\\`*_\\[\\]#].*")) {
                if (!a.markdown().contains(l)) {
                    problems.add("body lost (no \"" + l + "\"): " + file);
                }
                break;
            }
        }
    }
}
