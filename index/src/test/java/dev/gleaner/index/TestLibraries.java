package dev.gleaner.index;

import dev.gleaner.core.library.Library;
import dev.gleaner.core.model.ArticleDraft;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Helpers that fill a real library for index tests. */
final class TestLibraries {
    private static final Pattern TOML_TITLE = Pattern.compile("(?m)^title\\s*=\\s*\"(.*)\"\\s*$");
    private static final Pattern YAML_TITLE = Pattern.compile("(?m)^title:\\s*\"?(.*?)\"?\\s*$");

    private TestLibraries() {}

    static long add(Library library, String url, String title, String text) {
        return library.save(ArticleDraft.of(url, null, title, text, text), null).id();
    }

    static long add(
            Library library,
            String url,
            String title,
            String text,
            String lang,
            String site,
            List<String> tags,
            OffsetDateTime published) {
        ArticleDraft draft = ArticleDraft.of(url, null, title, text, text)
                .withSite(lang, site)
                .withTags(tags)
                .withPublished(published);
        return library.save(draft, null).id();
    }

    /** Imports a text or Markdown file the way a user's file import would: title from front matter or the first line. */
    static long importFile(Library library, Path file) throws IOException {
        String content = Files.readString(file, StandardCharsets.UTF_8);
        String title = null;
        String body = content;
        if (content.startsWith("+++") || content.startsWith("---")) {
            String fence = content.substring(0, 3);
            int end = content.indexOf("\n" + fence, 3);
            if (end > 0) {
                String front = content.substring(3, end);
                Matcher m = (fence.equals("+++") ? TOML_TITLE : YAML_TITLE).matcher(front);
                if (m.find()) {
                    title = m.group(1).strip();
                }
                body = content.substring(end + 4);
            }
        }
        if (title == null || title.isBlank()) {
            title = body.lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty())
                    .findFirst()
                    .orElse(file.getFileName().toString());
            title = title.replaceFirst("^#+\\s*", "");
        }
        ArticleDraft draft = ArticleDraft.of(null, file.toAbsolutePath().toString(), title, body, body);
        return library.save(draft, null).id();
    }

    static Path corpus() {
        String dir = System.getProperty("gleaner.corpus");
        return dir == null ? null : Path.of(dir);
    }
}
