package dev.gleaner.index;

import dev.gleaner.core.model.ArticleDraft;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Reads the kblogs Markdown posts (front matter title, tags, lang) as article drafts. */
final class KblogsCorpus {
    private static final Pattern TITLE = Pattern.compile("(?m)^title:\\s*[\"']?(.*?)[\"']?\\s*$");
    private static final Pattern LANG = Pattern.compile("(?m)^lang:\\s*(\\w+)\\s*$");
    private static final Pattern INLINE_TAGS = Pattern.compile("(?m)^tags:[ \\t]*\\[?([^\\n\\]]+)\\]?\\s*$");
    private static final Pattern LIST_TAGS = Pattern.compile("(?m)^tags:\\s*\\n((?:\\s+-\\s*.+\\n?)+)");

    /** One post: its path under kblogs/ and the draft. */
    record Post(String path, ArticleDraft draft, int bytes) {}

    private KblogsCorpus() {}

    static List<Post> read(Path kblogs) throws IOException {
        List<Post> posts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(kblogs)) {
            for (Path f :
                    files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                String rel = kblogs.relativize(f).toString().replace('\\', '/');
                String s = Files.readString(f, StandardCharsets.UTF_8);
                String front = "";
                String body = s;
                if (s.startsWith("---")) {
                    int end = s.indexOf("\n---", 3);
                    if (end > 0) {
                        front = s.substring(3, end);
                        body = s.substring(Math.min(s.length(), end + 4));
                    }
                }
                Matcher t = TITLE.matcher(front);
                String title = t.find() && !t.group(1).isBlank() ? t.group(1) : rel;
                Matcher l = LANG.matcher(front);
                String lang = l.find() ? l.group(1) : "ko";
                List<String> tags = new ArrayList<>();
                Matcher lt = LIST_TAGS.matcher(front);
                if (lt.find()) {
                    for (String line : lt.group(1).split("\n")) {
                        String tag = line.strip().replaceFirst("^-\\s*", "").strip();
                        if (!tag.isEmpty()) {
                            tags.add(tag);
                        }
                    }
                } else {
                    Matcher it = INLINE_TAGS.matcher(front);
                    if (it.find()) {
                        for (String tag : it.group(1).split("[,\\s]+")) {
                            if (!tag.isBlank()) {
                                tags.add(tag.strip());
                            }
                        }
                    }
                }
                String site = rel.substring(0, rel.indexOf('/'));
                ArticleDraft draft = ArticleDraft.of("https://" + rel, null, title, body, body)
                        .withSite(lang, site)
                        .withTags(tags);
                posts.add(new Post(rel, draft, s.getBytes(StandardCharsets.UTF_8).length));
            }
        }
        return posts;
    }
}
