package dev.gleaner.ingest.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The plain text read straight from the Markdown syntax tree is the text the HTML rendering gave,
 * byte for byte: on small documents of every kind of block and inline, and on every Markdown post
 * of the corpus ({@code kblogs/}) when it is present. {@code -Dgleaner.plaintext.posts=DIR} adds
 * the Markdown files under DIR (e.g. the posts the scale benchmark generates; every 7th is read).
 */
class PlainTextTreeTest {
    @Test
    void everyKindOfBlockAndInlineGivesTheTextOfItsHtml() {
        List<String> documents = List.of(
                "",
                "plain",
                "# Title #\n\nA *b* **c** `d  e` [link](http://x) ![alt *t*](i.png) <http://a.b> <me@x.kr>\n",
                "Setext\n===\n\nSub\n---\n\n***\n\ntext\n",
                "- a\n- b\n  - c\n\n  para\n\n1. x\n\n   > q\n   > r  \n   s\n",
                "- tight\n- list\n\n* other\n* bullets\n\n1) one\n2) two\n",
                "```java\n  code\n\n\n  more\n```\n\n    indented\n\n\n    block\n\nafter\n",
                "<div>\n  <span>x</span>  \n\n</div>\n\n<!-- c1 -->\n\n- t1\n- t2\n\n  <!-- c2\n  more -->\nafter\n",
                "text <b>y</b> &copy; &amp;amp \\* &#65; &nbsp; &bogus; <a href=\"z\">h</a>\n",
                "[undef][] [a\nb] ![img][x] [ref] [x]\n\n[x]: http://x \"t\"\n[ref]: <http://y>\n",
                "tab\there  \nnext\\\nline `a  \n b` end\n\n  leading   spaces\n   \n\n\n\nlast\n",
                "> quote\n> > nested\n>\n> - in\n>   list\n\n>     code in quote\n",
                "| a | b |\n|---|---|\n| 1 | 2 |\n",
                "<pre>\n  kept\n\n\n  as is\n</pre>\n\n<script>\nvar x = 1;\n</script>\n",
                "- [ ] task\n- [x] done\n\n10. ten\n11. eleven\n",
                "Line one\nline two\n\n- item\n\n  <p>html in item</p>\n\n      code in item\n",
                "<script>\n\tA\n\t    B\n  \tC\n \t D\n    E\n\t\tF\nG  \t  H\n",
                "\\<not html\\> \\[x\\] a_b_c __strong__ _em_\n\n---\n\n***bold italic***\n");
        for (String markdown : documents) {
            assertEquals(HtmlPlainText.plainText(markdown), MarkdownText.plainText(markdown), markdown);
        }
    }

    @Test
    void everyPostOfTheCorpusGivesTheTextOfItsHtml() throws IOException {
        String location = System.getProperty("gleaner.corpus");
        Path kblogs = location == null ? null : Path.of(location, "kblogs");
        assumeTrue(
                kblogs != null && Files.isDirectory(kblogs),
                "corpus not found (set -Dgleaner.corpus): plain text comparison skipped");
        List<Path> posts = markdownUnder(kblogs, 1);
        String extra = System.getProperty("gleaner.plaintext.posts");
        if (extra != null && Files.isDirectory(Path.of(extra))) {
            posts.addAll(markdownUnder(Path.of(extra), 7));
        }
        assertTrue(posts.size() >= 1000, "the corpus has " + posts.size() + " Markdown posts, expected 1,000 or more");
        List<String> differ = new ArrayList<>();
        for (Path post : posts) {
            String text = new String(Files.readAllBytes(post), StandardCharsets.UTF_8)
                    .replace("\r\n", "\n")
                    .replace('\r', '\n');
            String body = MarkdownText.clean(FrontMatter.parse(text, post).body());
            if (!HtmlPlainText.plainText(body).equals(MarkdownText.plainText(body))) {
                differ.add(post.toString());
            }
        }
        System.out.println("plain text compared on " + posts.size() + " posts, " + differ.size() + " differ");
        assertEquals(List.of(), differ.stream().limit(20).toList(), differ.size() + " of " + posts.size() + " differ");
    }

    private static List<Path> markdownUnder(Path dir, int every) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            List<Path> all = s.filter(Files::isRegularFile)
                    .filter(f -> f.toString().endsWith(".md") || f.toString().endsWith(".markdown"))
                    .sorted()
                    .toList();
            List<Path> picked = new ArrayList<>();
            for (int i = 0; i < all.size(); i += every) {
                picked.add(all.get(i));
            }
            return picked;
        }
    }
}
