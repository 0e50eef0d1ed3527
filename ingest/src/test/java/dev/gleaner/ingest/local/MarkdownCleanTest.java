package dev.gleaner.ingest.local;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Cleaning a note's Markdown (template tags, attribute lists, runs of blank lines) and tidying the
 * lines of its plain text give what applying each pattern in turn gives, on texts made of the
 * characters those patterns look at, in every order.
 */
class MarkdownCleanTest {
    private static final Pattern SHORTCODE =
            Pattern.compile("\\{\\{[<%]\\s*/?\\s*[\\w./-]+.*?[>%]\\}\\}", Pattern.DOTALL);
    private static final Pattern LIQUID_TAG = Pattern.compile("\\{%-?\\s*\\w+.*?-?%\\}", Pattern.DOTALL);
    private static final Pattern LIQUID_OUTPUT = Pattern.compile("\\{\\{-?\\s*[^<%].*?-?\\}\\}", Pattern.DOTALL);
    private static final Pattern KRAMDOWN = Pattern.compile("(?m)^\\{:[^}\\n]*\\}[ \\t]*$\\n?|\\{:[^}\\n]*\\}");

    private static String cleanedByEveryPattern(String markdown) {
        String s = SHORTCODE.matcher(markdown).replaceAll("");
        s = LIQUID_TAG.matcher(s).replaceAll("");
        s = LIQUID_OUTPUT.matcher(s).replaceAll("");
        s = KRAMDOWN.matcher(s).replaceAll("");
        return s.strip().replaceAll("\\n{3,}", "\n\n") + "\n";
    }

    private static String random(Random random, String alphabet, int length) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            s.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return s.toString();
    }

    @Test
    void templateTagsAndBlankRunsGoAsEachPatternTakesThem() {
        String[] notes = {
            "# Title\n\n{{< figure src=\"a.png\" >}}\n\ntext {{% note %}}inner{{% /note %}}\n\n\n\nend",
            "{% raw %}{{ page.title }}{% endraw %}\n{: .class}\nline {:#id}\n",
            "{{ {{< x >}} }}\n\n\n{%{% y %}%}\n",
            "no tags at all\n\n\n\n\nbut blank lines\n",
            "\n\n  only spaces around  \n\n"
        };
        for (String note : notes) {
            assertEquals(cleanedByEveryPattern(note), MarkdownText.clean(note), note);
        }
        Random random = new Random(42);
        for (int i = 0; i < 20_000; i++) {
            String note = random(random, "{}%<>:/-a \n", 1 + random.nextInt(40));
            assertEquals(cleanedByEveryPattern(note), MarkdownText.clean(note), note);
        }
    }

    @Test
    void linesLoseTheirTrailingBlanksAndBlankLinesTheirRuns() {
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            String text = random(random, " \t\n\ra", random.nextInt(30));
            String expected = text.replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n");
            assertEquals(expected, MarkdownText.tidyLines(text), text);
        }
    }
}
