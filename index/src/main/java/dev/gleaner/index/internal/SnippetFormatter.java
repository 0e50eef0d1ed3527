package dev.gleaner.index.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.util.BytesRef;

/**
 * Turns the highlighter's passages into one snippet with {@code <b>} marks, as a reader of Korean
 * and English expects them.
 *
 * <ul>
 *   <li>The highlighter reports each matched term (morpheme) apart. A mark covers the term; where
 *       matched words follow one another (a phrase: "댓글을 달아 주세요"), one mark covers the whole
 *       run, to the end of its last word, so it never stops inside a word ("달" of "달아"). Words
 *       between two matches that did not match themselves are never marked.
 *   <li>A Latin match covers its whole word: the stemmer matches "consumers" for "consumer".
 *   <li>A quoted phrase is marked as the user typed it, endings and all: the analyzer drops particles
 *       and endings ("주세요" keeps no term), so the terms alone would stop the mark short.
 *   <li>The indexed text starts with the title, which the result shows anyway: a passage that starts
 *       in the title starts after it.
 * </ul>
 */
final class SnippetFormatter extends PassageFormatter {
    static final String PRE = "<b>";
    static final String POST = "</b>";
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");

    /** How long two touching passages may grow when they join. */
    private static final int MAX_JOINED = 320;

    private final List<Pattern> phrases;

    /** A formatter for the snippets of {@code query}, the search box's text. */
    SnippetFormatter(String query) {
        List<Pattern> found = new ArrayList<>();
        Matcher m = QUOTED.matcher(query == null ? "" : query);
        while (m.find()) {
            String[] words = m.group(1).strip().split("\\s+");
            if (words.length > 1 || !words[0].isEmpty()) {
                StringBuilder regex = new StringBuilder();
                for (String w : words) {
                    regex.append(regex.isEmpty() ? "" : "\\s+").append(Pattern.quote(w));
                }
                found.add(Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
            }
        }
        this.phrases = List.copyOf(found);
    }

    @Override
    public Object format(Passage[] passages, String content) {
        int titleEnd = content.indexOf('\n');
        titleEnd = titleEnd < 0 ? 0 : titleEnd + 1;
        // The passages in text order, without the title; neighbours that touch join while the
        // snippet stays short, so that a phrase cut at a passage edge is whole again.
        List<int[]> ranges = new ArrayList<>();
        List<List<Passage>> members = new ArrayList<>();
        Passage[] ordered = passages.clone();
        Arrays.sort(ordered, Comparator.comparingInt(Passage::getStartOffset));
        for (Passage p : ordered) {
            int start = Math.max(p.getStartOffset(), titleEnd);
            int end = p.getEndOffset();
            if (start >= end) {
                continue;
            }
            int[] last = ranges.isEmpty() ? null : ranges.getLast();
            if (last != null && start <= last[1] && end - last[0] <= MAX_JOINED) {
                last[1] = Math.max(last[1], end);
                members.getLast().add(p);
            } else {
                ranges.add(new int[] {start, end});
                members.add(new ArrayList<>(List.of(p)));
            }
        }
        int best = -1;
        int bestTerms = -1;
        int bestMatches = -1;
        for (int i = 0; i < ranges.size(); i++) {
            Set<BytesRef> terms = new HashSet<>();
            int matches = 0;
            for (Passage p : members.get(i)) {
                for (int k = 0; k < p.getNumMatches(); k++) {
                    if (p.getMatchStarts()[k] >= ranges.get(i)[0]) {
                        matches++;
                        if (p.getMatchTerms()[k] != null) {
                            terms.add(p.getMatchTerms()[k]);
                        }
                    }
                }
            }
            if (terms.size() > bestTerms || (terms.size() == bestTerms && matches > bestMatches)) {
                best = i;
                bestTerms = terms.size();
                bestMatches = matches;
            }
        }
        if (best < 0) {
            return ""; // only the title matched: the caller shows the opening of the body
        }
        int start = ranges.get(best)[0];
        int end = ranges.get(best)[1];
        List<int[]> words = new ArrayList<>();
        for (Passage p : members.get(best)) {
            words.addAll(terms(p, content, start, end));
        }
        List<int[]> marks = join(words, content, end);
        StringBuilder sb = new StringBuilder(end - start + 16 * marks.size());
        int pos = start;
        for (int[] m : marks) {
            sb.append(content, pos, m[0])
                    .append(PRE)
                    .append(content, m[0], m[1])
                    .append(POST);
            pos = m[1];
        }
        sb.append(content, pos, end);
        return sb.toString();
    }

    /** {@return the matched terms and phrases of {@code p} inside {@code [from, to)}, Latin ones widened to words} */
    private List<int[]> terms(Passage p, String content, int from, int to) {
        List<int[]> words = new ArrayList<>();
        for (Pattern phrase : phrases) {
            Matcher m = phrase.matcher(content).region(from, to);
            while (m.find()) {
                words.add(new int[] {m.start(), m.end()});
            }
        }
        int n = p.getNumMatches();
        int[] starts = p.getMatchStarts();
        int[] ends = p.getMatchEnds();
        for (int i = 0; i < n; i++) {
            int s = Math.max(starts[i], from);
            int e = Math.min(ends[i], to);
            if (s >= e) {
                continue;
            }
            if (isLatinWordChar(content.charAt(s))) {
                while (s > from && isLatinWordChar(content.charAt(s - 1))) {
                    s--;
                }
            }
            if (isLatinWordChar(content.charAt(e - 1))) {
                while (e < to && isLatinWordChar(content.charAt(e))) {
                    e++;
                }
            }
            words.add(new int[] {s, e});
        }
        return words;
    }

    /** {@return the marks: overlapping terms as one, a run of matched words as one to its last word's end} */
    private static List<int[]> join(List<int[]> words, String content, int to) {
        words.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
        List<int[]> marks = new ArrayList<>();
        int[] run = null;
        boolean runOfWords = false;
        for (int[] w : words) {
            if (run == null) {
                run = w.clone();
                runOfWords = false;
            } else if (w[0] <= run[1]) {
                run[1] = Math.max(run[1], w[1]); // overlapping terms (a compound and its parts)
            } else if (onlySpaceOrSameWord(content, run[1], w[0])) {
                run[1] = w[1];
                runOfWords = true;
            } else {
                marks.add(close(run, runOfWords, content, to));
                run = w.clone();
                runOfWords = false;
            }
        }
        if (run != null) {
            marks.add(close(run, runOfWords, content, to));
        }
        return marks;
    }

    private static int[] close(int[] run, boolean runOfWords, String content, int to) {
        if (runOfWords) {
            int e = run[1];
            while (e < to && Character.isLetterOrDigit(content.charAt(e))) {
                e++;
            }
            run[1] = e;
        }
        return run;
    }

    /** {@return whether {@code [a, b)} holds only spaces, or only the rest of a word then spaces} */
    private static boolean onlySpaceOrSameWord(String content, int a, int b) {
        int i = a;
        while (i < b && Character.isLetterOrDigit(content.charAt(i))) {
            i++;
        }
        boolean space = false;
        while (i < b && (content.charAt(i) == ' ' || content.charAt(i) == '\t' || content.charAt(i) == '\u00A0')) {
            i++;
            space = true;
        }
        return i == b && space;
    }

    private static boolean isLatinWordChar(char c) {
        return (c < 0x0250 && Character.isLetterOrDigit(c));
    }
}
