package dev.gleaner.ingest.local;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts the text of a listing page whose platform lines are all gone (no dates, bylines or "Read
 * more" links: a blog index copied as text, or the posts of a feed written one after another) into
 * its posts. What is left of each post is a title line, alone between blank lines, over the post's
 * paragraphs; but the sections of a long post open the same way, so a title-shaped line alone does
 * not end a post. What does is a change of subject: a section goes on naming what its post is
 * about (the words of the post's title, the rare words the post repeats), while the next post
 * names none of them. A title-shaped line starts a new post only when fewer than {@value #SHARED}
 * of those words come back in the text under it (lexical cohesion, as TextTiling measures it).
 *
 * <p>Only plain text is read so: a Markdown text with headings has its structure written out and is
 * left whole, as is a text that does not open with a title or that gives fewer than
 * {@value #MIN_POSTS} posts.
 */
final class TitledPosts {
    /** A line that ends a sentence or leads into what follows: not a title. */
    private static final Pattern SENTENCE_END = Pattern.compile(".*(?:[.:;,!~…]|다|요)$");
    /** A sentence end inside the line (Korean endings are unambiguous; "vs." is not). */
    private static final Pattern SENTENCE_INSIDE = Pattern.compile("(?:다|요|까|죠)[.?!]");
    /** A sentence that opens with a connective goes on from the text above it: not a title. */
    private static final Pattern CONNECTIVE = Pattern.compile("(?i)(?:즉|그리고|그러나|하지만|그래서|또한|따라서|한편|예를 들어|예를 들면"
            + "|so|thus|however|therefore|also|then|hence|for example|in short|that is)\\s*,.*");

    private static final Pattern MARKDOWN_HEADING = Pattern.compile("#{1,6}\\s+\\S.*|(?:=+|-{3,})\\s*");
    private static final Pattern URL = Pattern.compile("(?:https?://|www\\.)\\S+");
    private static final Pattern WORD = Pattern.compile("[\\p{IsHangul}]+|\\p{IsLatin}[\\p{IsLatin}\\d]*");
    /** Korean particles a word carries, cut so that "레디스는" and "레디스를" are one word. */
    private static final Pattern PARTICLE = Pattern.compile("(?:으로|에서|까지|부터|에게|처럼|보다|이라|라는|이나|하고|[은는이가을를의에와과도로만])$");

    private static final Set<String> STOP = Set.of(
            "the", "and", "for", "with", "that", "this", "are", "was", "were", "from", "have", "has", "not", "but",
            "you", "your", "our", "they", "their", "its", "can", "will", "would", "into", "about", "also", "which",
            "what", "when", "where", "how", "than", "then", "them", "there", "these", "those", "been", "being", "more",
            "most", "some", "such", "only", "other", "very", "just", "like", "over", "under", "after", "before", "all",
            "any", "one", "two", "use", "used", "using");

    private static final int TITLE_MAX = 100;
    /** A paragraph under a title: a long line or a finished sentence. */
    private static final int PROSE_MIN = 60;
    /** How many of a post's words a section of it names at least. */
    private static final int SHARED = 2;
    /** How many of the words a post repeats stand for its subject (besides its title's words). */
    private static final int KEY_WORDS = 12;
    /** How many words back a short post is read, so that a short section does not stand alone. */
    private static final int WINDOW = 250;
    /** A word in more than one paragraph in this many is the page's, not one post's. */
    private static final int SPREAD = 16;

    private static final int MIN_POSTS = 3;

    private TitledPosts() {}

    /** {@return the posts of a listing's lines, or an empty list when they are not one} */
    static List<TextListing.Post> split(String[] lines) {
        int n = lines.length;
        List<Integer> titles = new ArrayList<>();
        boolean inFence = false;
        int firstText = -1;
        for (int i = 0; i < n; i++) {
            String l = lines[i].strip();
            if (l.startsWith("```") || l.startsWith("~~~")) {
                inFence = !inFence;
                continue;
            }
            if (inFence || l.isEmpty()) {
                continue;
            }
            if (MARKDOWN_HEADING.matcher(l).matches()) {
                return List.of();
            }
            if (firstText < 0) {
                firstText = i;
            }
            if (isTitle(lines, i)) {
                titles.add(i);
            }
        }
        if (firstText < 0 || titles.size() < MIN_POSTS || titles.getFirst() != firstText) {
            return List.of();
        }
        List<List<String>> lineWords = new ArrayList<>(n);
        for (String line : lines) {
            lineWords.add(words(line));
        }
        Map<String, Integer> spread = new HashMap<>();
        int paragraphs = 0;
        Set<String> paragraph = new HashSet<>();
        for (int i = 0; i <= n; i++) {
            if (i == n || lines[i].isBlank()) {
                if (!paragraph.isEmpty()) {
                    paragraphs++;
                    paragraph.forEach(w -> spread.merge(w, 1, Integer::sum));
                    paragraph.clear();
                }
            } else {
                paragraph.addAll(lineWords.get(i));
            }
        }
        int maxSpread = Math.max(3, paragraphs / SPREAD);

        List<Integer> starts = new ArrayList<>();
        int post = titles.getFirst();
        starts.add(post);
        for (int t = 1; t < titles.size(); t++) {
            int at = titles.get(t);
            int until = t + 1 < titles.size() ? titles.get(t + 1) : n;
            Set<String> subject = subject(lineWords, post, at, maxSpread, spread, paragraphs);
            Set<String> under = new HashSet<>();
            for (int i = at; i < until; i++) {
                under.addAll(lineWords.get(i));
            }
            under.retainAll(subject);
            if (under.size() < SHARED) {
                starts.add(at);
                post = at;
            }
        }
        if (starts.size() < MIN_POSTS) {
            return List.of();
        }
        List<TextListing.Post> posts = new ArrayList<>();
        for (int p = 0; p < starts.size(); p++) {
            int from = starts.get(p);
            int to = p + 1 < starts.size() ? starts.get(p + 1) : n;
            String body =
                    String.join("\n", List.of(lines).subList(from + 1, to)).strip();
            if (body.isEmpty()) {
                return List.of();
            }
            posts.add(new TextListing.Post(lines[from].strip(), null, body));
        }
        return posts;
    }

    /**
     * {@return the words that name what the post from {@code post} up to {@code at} is about}: its
     * title's words and the rare words it repeats most. A post shorter than {@value #WINDOW} words
     * is read with the words before it, up to that many.
     */
    private static Set<String> subject(
            List<List<String>> lineWords, int post, int at, int maxSpread, Map<String, Integer> spread, int paras) {
        List<String> text = new ArrayList<>();
        for (int i = post; i < at; i++) {
            text.addAll(lineWords.get(i));
        }
        if (text.size() < WINDOW) {
            List<String> window = new ArrayList<>();
            for (int i = at - 1; i >= 0 && window.size() < WINDOW; i--) {
                List<String> w = lineWords.get(i);
                window.addAll(0, w);
            }
            if (window.size() > text.size()) {
                text = window.subList(Math.max(0, window.size() - WINDOW), window.size());
            }
        }
        Map<String, Integer> counts = new HashMap<>();
        text.forEach(w -> counts.merge(w, 1, Integer::sum));
        Set<String> subject = new HashSet<>(lineWords.get(post));
        counts.entrySet().stream()
                .filter(e -> e.getValue() >= 2 && spread.getOrDefault(e.getKey(), 1) <= maxSpread)
                .sorted(Comparator.comparingDouble((Map.Entry<String, Integer> e) ->
                                -e.getValue() * Math.log((double) paras / spread.getOrDefault(e.getKey(), 1)))
                        .thenComparing(Map.Entry::getKey))
                .limit(KEY_WORDS)
                .forEach(e -> subject.add(e.getKey()));
        return subject;
    }

    /** A title: a short line alone between blank lines, not a sentence, over a paragraph. */
    private static boolean isTitle(String[] lines, int i) {
        String l = lines[i].strip();
        if (l.length() > TITLE_MAX
                || SENTENCE_END.matcher(l).matches()
                || SENTENCE_INSIDE.matcher(l).find()
                || CONNECTIVE.matcher(l).matches()
                || (i > 0 && !lines[i - 1].isBlank())
                || (i + 1 < lines.length && !lines[i + 1].isBlank())) {
            return false;
        }
        int next = i + 1;
        while (next < lines.length && lines[next].isBlank()) {
            next++;
        }
        if (next == lines.length) {
            return false;
        }
        String p = lines[next].strip();
        return p.length() >= PROSE_MIN || SENTENCE_END.matcher(p).matches() || p.endsWith("?");
    }

    /** {@return the words of a line that can name a subject: no URLs, no short or common words} */
    static List<String> words(String line) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(URL.matcher(line).replaceAll(" "));
        while (m.find()) {
            String w = m.group();
            if (Character.UnicodeScript.of(w.codePointAt(0)) == Character.UnicodeScript.HANGUL) {
                w = PARTICLE.matcher(w).replaceFirst("");
                if (w.length() >= 2) {
                    out.add(w);
                }
            } else {
                w = w.toLowerCase(java.util.Locale.ROOT);
                if (w.length() >= 3 && !STOP.contains(w)) {
                    out.add(w);
                }
            }
        }
        return out;
    }
}
