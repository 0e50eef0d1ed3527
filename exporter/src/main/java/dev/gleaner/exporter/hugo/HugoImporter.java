package dev.gleaner.exporter.hugo;

import dev.gleaner.core.issue.Issue;
import dev.gleaner.core.issue.IssueItem;
import dev.gleaner.core.issue.IssueStore;
import dev.gleaner.core.issue.Series;
import dev.gleaner.core.library.Library;
import dev.gleaner.core.model.Article;
import dev.gleaner.core.model.ArticleDraft;
import dev.gleaner.exporter.ExportException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Reads Hugo posts of a series (a file or a content folder) back into issues and library articles. */
public final class HugoImporter {

    private static final long MAX_POST_BYTES = 4L * 1024 * 1024;

    /**
     * What an import did.
     *
     * @param series the series the posts belong to (learned from the latest post)
     * @param issues the imported issues
     * @param lossless how many of them export back to the same bytes
     * @param warnings posts that were skipped or not lossless, one line each
     */
    public record Summary(Series series, List<Issue> issues, int lossless, List<String> warnings) {
        public Summary {
            issues = List.copyOf(issues);
            warnings = List.copyOf(warnings);
        }
    }

    private final Library library;
    private final HugoParser parser = new HugoParser();
    private final PostReader reader = new PostReader();
    private final HugoRenderer renderer = new HugoRenderer();

    /** Creates an importer that stores into {@code library}. */
    public HugoImporter(Library library) {
        this.library = library;
    }

    /** Imports the post {@code path} or every post under the folder {@code path}; {@code seriesName} may be null. */
    public Summary importPath(Path path, String seriesName) {
        List<Path> files = files(path);
        List<String> warnings = new ArrayList<>();
        List<ParsedPost> posts = new ArrayList<>();
        List<Path> postFiles = new ArrayList<>();
        for (Path f : files) {
            try {
                if (Files.size(f) > MAX_POST_BYTES) {
                    warnings.add(f + ": larger than 4 MB, skipped");
                    continue;
                }
                String name = f.getFileName().toString().equals("index.md") && f.getParent() != null
                        ? f.getParent().getFileName() + ".md"
                        : f.getFileName().toString();
                String text = Files.readString(f, StandardCharsets.UTF_8);
                ParsedPost post = parser.parse(name, text);
                if (reader.number(post).isEmpty()) {
                    warnings.add(f + ": no issue number, skipped");
                    continue;
                }
                posts.add(post);
                postFiles.add(f);
            } catch (IOException e) {
                throw new ExportException("Cannot read the post " + f + ": " + e.getMessage(), e);
            } catch (ExportException e) {
                warnings.add(f + ": " + e.getMessage());
            }
        }
        if (posts.isEmpty()) {
            throw new ExportException(
                    "No post of a series found in " + path + ": give a Hugo post or its content folder.");
        }
        int latest = 0;
        for (int i = 1; i < posts.size(); i++) {
            if (reader.number(posts.get(i)).orElse(0)
                    > reader.number(posts.get(latest)).orElse(0)) {
                latest = i;
            }
        }
        IssueStore store = library.issues();
        Series learned = reader.learnSeries(posts.get(latest), seriesName);
        Optional<Series> known = store.series(learned.name());
        Series series = new Series(
                learned.name(),
                learned.titlePattern(),
                learned.authors(),
                learned.tags(),
                learned.categories(),
                learned.weekStart(),
                known.map(Series::zone)
                        .filter(z -> z.getRules()
                                .getOffset(java.time.Instant.now())
                                .equals(learned.zone().getRules().getOffset(java.time.Instant.now())))
                        .orElse(learned.zone()),
                learned.frontMatter(),
                learned.filePattern(),
                known.map(Series::siteDir).orElse(siteOf(path)),
                contentDirOf(path, postFiles.get(latest))
                        .orElse(known.map(Series::contentDir).orElse("posts")),
                learned.periodHeading(),
                learned.referencesHeading(),
                known.map(Series::options).orElse(Series.Options.none()),
                postFiles.get(latest).getFileName().toString().equals("index.md"));
        store.putSeries(series);
        List<Issue> issues = new ArrayList<>();
        int lossless = 0;
        for (int i = 0; i < posts.size(); i++) {
            Path f = postFiles.get(i);
            Issue issue;
            try {
                issue = reader.toIssue(posts.get(i), series);
            } catch (ExportException e) {
                warnings.add(f + ": " + e.getMessage());
                continue;
            }
            List<IssueItem> items = new ArrayList<>();
            for (IssueItem item : issue.items()) {
                items.add(item.withArticleId(articleFor(item)));
            }
            issue = new Issue(
                    issue.series(),
                    issue.number(),
                    issue.title(),
                    issue.period(),
                    issue.date(),
                    issue.status(),
                    items,
                    issue.layout());
            store.save(issue);
            issues.add(issue);
            try {
                byte[] original = Files.readAllBytes(f);
                byte[] again =
                        renderer.render(series, issue, OffsetDateTime.now()).getBytes(StandardCharsets.UTF_8);
                if (java.util.Arrays.equals(original, again)) {
                    lossless++;
                    store.recordExport(
                            series.name(),
                            issue.number(),
                            new IssueStore.ExportRecord(
                                    f.toAbsolutePath().normalize().toString(), HugoExporter.sha256(original)));
                } else {
                    warnings.add(f + ": imported, but exporting it would change some bytes");
                }
            } catch (IOException e) {
                throw new ExportException("Cannot read the post " + f + ": " + e.getMessage(), e);
            }
        }
        issues.sort(Comparator.comparingInt(Issue::number));
        return new Summary(series, issues, lossless, warnings);
    }

    private Long articleFor(IssueItem item) {
        Optional<Article> existing = library.findByUrl(item.url());
        if (existing.isPresent()) {
            return existing.get().id();
        }
        if (!item.url().startsWith("http://") && !item.url().startsWith("https://")) {
            return null;
        }
        String title = item.heading().isBlank() ? item.url() : item.heading();
        ArticleDraft draft = ArticleDraft.of(item.url(), null, title, item.summary(), item.summary());
        return library.save(draft, null).id();
    }

    private static List<Path> files(Path path) {
        if (Files.isRegularFile(path)) {
            return List.of(path);
        }
        if (!Files.isDirectory(path)) {
            throw new ExportException("No such post or folder: " + path);
        }
        try (Stream<Path> s = Files.walk(path, 8)) {
            return s.filter(p ->
                            Files.isRegularFile(p) && p.getFileName().toString().endsWith(".md"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new ExportException("Cannot read the folder " + path + ": " + e.getMessage(), e);
        }
    }

    /** The site folder: the parent of a {@code content} folder on the way up, if any. */
    private static String siteOf(Path path) {
        for (Path p = path.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
            if (p.getFileName() != null && p.getFileName().toString().equals("content") && p.getParent() != null) {
                return p.getParent().toString();
            }
        }
        return null;
    }

    private static Optional<String> contentDirOf(Path path, Path post) {
        Path abs = post.toAbsolutePath().normalize();
        Path dir = abs.getFileName().toString().equals("index.md")
                ? abs.getParent().getParent()
                : abs.getParent();
        for (Path p = dir; p != null; p = p.getParent()) {
            if (p.getFileName() != null && p.getFileName().toString().equals("content")) {
                return Optional.of(p.relativize(dir).toString().replace('\\', '/'));
            }
        }
        return Optional.empty();
    }
}
