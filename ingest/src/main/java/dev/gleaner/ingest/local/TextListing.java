package dev.gleaner.ingest.local;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits the text of a saved listing page (a blog's index or archive copied or exported as text or
 * Markdown) into its posts. Listing pages repeat a pattern around each post, and that repetition is
 * what this looks for: a post header (a title line, then a line that is a date, perhaps after a
 * category word), or a post footer (a "Read more »" link under an excerpt, a "Posted by NAME"
 * byline, a comment prompt such as "댓글을 달아 주세요" or "Leave a comment"). Footers and date
 * lines are the platform's, not the author's, and are left out of the posts.
 *
 * <p>A text is a listing only when such a pattern occurs at least twice and it leaves at least two
 * posts; a single post with one byline at its end is not split. A listing whose platform lines were
 * all left out (each post only a title line over its paragraphs) is cut by {@link TitledPosts}.
 */
final class TextListing {
    /** The link under an excerpt. */
    private static final Pattern MORE = Pattern.compile(
            "(?i)\\[?(?:read\\s+more|continue\\s+reading|keep\\s+reading|read\\s+the\\s+rest(?:\\s+of\\s+this\\s+\\w+)?"
                    + "|more|계속\\s*읽기|더\\s*보기|더\\s*읽기|전체\\s*보기|본문\\s*보기|이어\\s*읽기)\\]?"
                    + "\\s*(?:»|›|→|>>|\\.\\.\\.|…)?(?:\\]?\\(\\S*\\))?");
    /** A byline under a post. */
    private static final Pattern BYLINE =
            Pattern.compile("(?i)(?:(?:posted|written|published)\\s+by|작성자|글쓴이)\\s*:?\\s*\\S.{0,60}");
    /** The prompts and counters platforms put under each post. */
    private static final Pattern COMMENTS = Pattern.compile("(?i)(?:댓글을?\\s*(?:달아|남겨|작성해)\\s*주세요\\.?"
            + "|댓글\\s*(?:\\d+\\s*개?|쓰기|달기)?|leave\\s+a\\s+(?:comment|reply)|\\d*\\s*comments?|no\\s+comments"
            + "|공감\\s*\\d*|트랙백\\s*\\d*|trackbacks?\\s*\\d*|share\\s+this:?|공유하기)");
    /**
     * A line that is a date ({@code 2017. 3. 27. 14:31}, {@code 2021-03-04}, {@code 2021년 3월 4일}),
     * perhaps after a short category or "Posted on".
     */
    private static final Pattern DATE_LINE = Pattern.compile(
            "(?:[^\\d\\n]{1,30}\\s+)?(\\d{4})\\s*[.\\-/년]\\s*(\\d{1,2})"
                    + "\\s*[.\\-/월]\\s*(\\d{1,2})\\s*[.일]?(?:\\s*(?:[AaPp][Mm]\\s*)?(\\d{1,2}):(\\d{2})(?::\\d{2})?)?\\s*");

    private static final int TITLE_MAX = 100;

    /** One post of a listing. */
    record Post(String title, OffsetDateTime published, String body) {}

    private TextListing() {}

    /**
     * {@return the posts of a listing page's text, or an empty list when the text is not one}; a
     * listing without any marker (bare titles over paragraphs) is only looked for in plain text
     * ({@code plainText}): a Markdown note marks its posts with headings or front matter, and a
     * Markdown post without either is one post, whatever its plain section lines look like.
     */
    static List<Post> split(String text, ZoneId zone, boolean plainText) {
        String[] lines = text.split("\n", -1);
        int n = lines.length;
        boolean[] footer = new boolean[n];
        boolean[] start = new boolean[n];
        OffsetDateTime[] dateAt = new OffsetDateTime[n];
        boolean[] dateLine = new boolean[n];
        int footers = 0;
        int headers = 0;
        boolean inFence = false;
        for (int i = 0; i < n; i++) {
            String l = lines[i].strip();
            if (l.startsWith("```") || l.startsWith("~~~")) {
                inFence = !inFence;
            }
            if (inFence || l.isEmpty()) {
                continue;
            }
            if (MORE.matcher(l).matches()
                    || BYLINE.matcher(l).matches()
                    || COMMENTS.matcher(l).matches()) {
                footer[i] = true;
                int before = previous(lines, i);
                if (before < 0 || !footer[before]) {
                    footers++;
                }
                continue;
            }
            Matcher d = DATE_LINE.matcher(l);
            int title = previous(lines, i);
            if (d.matches() && title >= 0 && isTitle(lines[title].strip())) {
                OffsetDateTime date = date(d, zone);
                if (date != null) {
                    dateLine[i] = true;
                    dateAt[title] = date;
                    start[title] = true;
                    headers++;
                }
            }
        }
        if (footers < 2 && headers < 2) {
            return plainText ? TitledPosts.split(lines) : List.of();
        }
        // After a footer, the next line of text opens a post.
        for (int i = 0; i < n; i++) {
            if (footer[i]) {
                int next = i + 1;
                while (next < n && (lines[next].isBlank() || footer[next])) {
                    next++;
                }
                if (next < n) {
                    start[next] = true;
                }
            }
        }
        List<Post> posts = new ArrayList<>();
        int from = 0;
        for (int i = 1; i <= n; i++) {
            if (i == n || start[i]) {
                Post p = post(lines, from, i, footer, dateLine, dateAt[from] != null ? from : -1, dateAt[from]);
                if (p != null) {
                    posts.add(p);
                }
                from = i;
            }
        }
        return posts.size() >= 2 ? posts : List.of();
    }

    private static Post post(
            String[] lines,
            int from,
            int to,
            boolean[] footer,
            boolean[] dateLine,
            int headerTitle,
            OffsetDateTime date) {
        List<String> body = new ArrayList<>();
        for (int i = from; i < to; i++) {
            if (!footer[i] && !dateLine[i] && i != headerTitle) {
                body.add(lines[i]);
            }
        }
        String text = String.join("\n", body).strip();
        String title = headerTitle >= 0 ? MarkdownText.firstLine(lines[headerTitle]) : MarkdownText.firstLine(text);
        if (title == null || (text.isEmpty() && headerTitle < 0)) {
            return null;
        }
        return new Post(shorten(title), date, text.isEmpty() ? title : text);
    }

    /** A first line of prose that stands as a title is cut at a word near {@value #TITLE_MAX} characters. */
    private static String shorten(String title) {
        if (title.length() <= TITLE_MAX) {
            return title;
        }
        int cut = title.lastIndexOf(' ', TITLE_MAX);
        return title.substring(0, cut > TITLE_MAX / 2 ? cut : TITLE_MAX) + "…";
    }

    /** A title is a short line that does not end a sentence. */
    private static boolean isTitle(String line) {
        return !line.isEmpty()
                && line.length() <= TITLE_MAX
                && !line.matches(".*(?:[.:;,]|다\\.?|요\\.?)$")
                && !DATE_LINE.matcher(line).matches();
    }

    private static int previous(String[] lines, int i) {
        int j = i - 1;
        while (j >= 0 && lines[j].isBlank()) {
            j--;
        }
        return j;
    }

    private static OffsetDateTime date(Matcher d, ZoneId zone) {
        try {
            LocalDateTime t = LocalDateTime.of(
                    Integer.parseInt(d.group(1)),
                    Integer.parseInt(d.group(2)),
                    Integer.parseInt(d.group(3)),
                    d.group(4) == null ? 0 : Integer.parseInt(d.group(4)),
                    d.group(5) == null ? 0 : Integer.parseInt(d.group(5)));
            return t.atZone(zone).toOffsetDateTime();
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
