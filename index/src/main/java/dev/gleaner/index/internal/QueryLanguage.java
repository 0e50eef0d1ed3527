package dev.gleaner.index.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * Gleaner's query language: plain words (all must match; closer together ranks higher),
 * {@code "phrases"}, {@code -exclusions}, {@code OR}, {@code title:} {@code tag:} {@code site:}
 * {@code lang:}, {@code after:} {@code before:} {@code in:YYYY-MM}, {@code is:starred}
 * {@code is:unread} {@code is:read}. Anything it cannot understand is searched as plain words, with a
 * note.
 */
final class QueryLanguage {
    static final float TITLE_BOOST = 3f;
    static final float PHRASE_BOOST = 2f;
    static final int PROXIMITY_SLOP = 6;

    private final QueryBuilder builder;

    QueryLanguage(Analyzer queryAnalyzer) {
        this.builder = new QueryBuilder(queryAnalyzer);
        this.builder.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
    }

    /**
     * A parsed query.
     *
     * @param query the query to run
     * @param relaxed the same query with the plain words OR-ed, to try when nothing matches all of
     *     them; {@code null} when there is nothing to relax
     * @param note what the user should know about how the query was read, or {@code null}
     * @param hasText whether the query has words (else it only filters, and date order fits best)
     * @param proximity the clause of {@code query} and {@code relaxed} that ranks the words closer
     *     together higher (a sloppy phrase), or {@code null}; it never changes what matches
     */
    record Parsed(Query query, Query relaxed, String note, boolean hasText, Query proximity) {}

    private record Unit(String field, String value, boolean phrase, boolean negated) {}

    Parsed parse(String input) {
        List<String> notes = new ArrayList<>();
        String text = input == null ? "" : input.strip();
        if (countQuotes(text) % 2 == 1) {
            notes.add("An unclosed quote was ignored; the words were searched one by one.");
            text = text.replace('"', ' ');
        }
        List<Object> tokens = tokenize(text); // Unit or the String "OR"
        List<Query> filters = new ArrayList<>();
        List<Query> musts = new ArrayList<>();
        List<Query> mustNots = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        boolean hasText = false;
        // Group units joined by OR.
        List<List<Unit>> groups = new ArrayList<>();
        boolean joinNext = false;
        for (Object t : tokens) {
            if (t instanceof String) {
                joinNext = !groups.isEmpty();
                continue;
            }
            Unit u = (Unit) t;
            if (joinNext) {
                groups.getLast().add(u);
            } else {
                List<Unit> g = new ArrayList<>();
                g.add(u);
                groups.add(g);
            }
            joinNext = false;
        }
        for (List<Unit> group : groups) {
            if (group.size() > 1) {
                BooleanQuery.Builder or = new BooleanQuery.Builder();
                int n = 0;
                for (Unit u : group) {
                    Query q = unitQuery(u, notes);
                    if (q != null) {
                        or.add(q, Occur.SHOULD);
                        n++;
                        hasText |= u.field == null || u.field.equals("title");
                    }
                }
                if (n > 0) {
                    musts.add(or.build());
                }
                continue;
            }
            Unit u = group.getFirst();
            if (u.negated) {
                Query q = unitQuery(new Unit(u.field, u.value, u.phrase, false), notes);
                if (q != null) {
                    mustNots.add(q);
                }
            } else if (u.field == null && !u.phrase) {
                plain.append(u.value).append(' ');
            } else if (u.field == null || u.field.equals("title")) {
                Query q = unitQuery(u, notes);
                if (q != null) {
                    musts.add(q);
                    hasText = true;
                }
            } else {
                Query q = unitQuery(u, notes);
                if (q != null) {
                    filters.add(q);
                }
            }
        }
        String words = plain.toString().strip();
        Query wordsAll = null;
        Query wordsAny = null;
        Query boostedAll = null;
        Query proximity = null;
        List<Query> boosts = new ArrayList<>();
        if (!words.isEmpty()) {
            wordsAll = builder.createBooleanQuery(ArticleDocuments.TEXT, words, Occur.MUST);
            if (wordsAll != null) {
                hasText = true;
                wordsAny = builder.createBooleanQuery(ArticleDocuments.TEXT, words, Occur.SHOULD);
                Query title = builder.createBooleanQuery(ArticleDocuments.TITLE, words, Occur.SHOULD);
                if (title != null) {
                    boosts.add(new BoostQuery(title, TITLE_BOOST));
                }
                Query near = builder.createPhraseQuery(ArticleDocuments.TEXT, words, PROXIMITY_SLOP);
                if (near != null && near.equals(wordsAll)) {
                    // One word with its synonyms: the "phrase" is the word itself. Weighing the word
                    // once more scores the same as a second clause, without reading its postings twice.
                    boostedAll = new BoostQuery(wordsAll, 1 + PHRASE_BOOST);
                } else if (near != null && !(near instanceof TermQuery)) {
                    proximity = new BoostQuery(near, PHRASE_BOOST);
                    boosts.add(proximity);
                }
            }
        }
        Query strict = assemble(boostedAll != null ? boostedAll : wordsAll, musts, mustNots, filters, boosts);
        Query relaxed = null;
        if (wordsAny != null && !wordsAny.equals(wordsAll)) {
            relaxed = assemble(wordsAny, musts, mustNots, filters, boosts);
        }
        return new Parsed(strict, relaxed, notes.isEmpty() ? null : String.join(" ", notes), hasText, proximity);
    }

    private static Query assemble(
            Query words, List<Query> musts, List<Query> mustNots, List<Query> filters, List<Query> boosts) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        boolean positive = false;
        if (words != null) {
            b.add(words, Occur.MUST);
            positive = true;
        }
        for (Query q : musts) {
            b.add(q, Occur.MUST);
            positive = true;
        }
        for (Query q : filters) {
            b.add(q, Occur.FILTER);
            positive = true;
        }
        if (!positive) {
            b.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        for (Query q : mustNots) {
            b.add(q, Occur.MUST_NOT);
        }
        if (words != null) {
            for (Query q : boosts) {
                b.add(q, Occur.SHOULD);
            }
        }
        return b.build();
    }

    private Query unitQuery(Unit u, List<String> notes) {
        String v = u.value;
        if (u.field == null || u.field.equals("title")) {
            String field = u.field == null ? ArticleDocuments.TEXT : ArticleDocuments.TITLE;
            Query q = u.phrase ? builder.createPhraseQuery(field, v) : builder.createBooleanQuery(field, v, Occur.MUST);
            if (u.field == null && q != null && !u.phrase) {
                Query title = builder.createBooleanQuery(ArticleDocuments.TITLE, v, Occur.MUST);
                if (title != null) {
                    BooleanQuery.Builder b = new BooleanQuery.Builder();
                    b.add(q, Occur.SHOULD);
                    b.add(new BoostQuery(title, TITLE_BOOST), Occur.SHOULD);
                    return b.build();
                }
            }
            return q;
        }
        String key = ArticleDocuments.key(v);
        switch (u.field) {
            case "tag":
                return new TermQuery(new Term(ArticleDocuments.TAG_KEY, key));
            case "site":
                return new TermQuery(
                        new Term(ArticleDocuments.SITE_KEY, key.startsWith("www.") ? key.substring(4) : key));
            case "lang":
                return new TermQuery(new Term(ArticleDocuments.LANG_KEY, key));
            case "is":
                return switch (key) {
                    case "starred" -> new TermQuery(new Term(ArticleDocuments.FLAG, "starred"));
                    case "unread" -> new TermQuery(new Term(ArticleDocuments.FLAG, "unread"));
                    case "read" -> new TermQuery(new Term(ArticleDocuments.FLAG, "read"));
                    default -> {
                        notes.add("is:" + v + " is not known (use is:starred, is:unread or is:read); ignored.");
                        yield null;
                    }
                };
            case "after", "before", "in":
                return dateQuery(u.field, key, notes);
            default:
                throw new IllegalStateException(u.field);
        }
    }

    private static Query dateQuery(String field, String v, List<String> notes) {
        try {
            if (field.equals("in")) {
                if (v.equals("issue")) {
                    return new TermQuery(new Term(ArticleDocuments.FLAG, "issue"));
                }
                if (v.matches("\\d{4}")) {
                    long from = LocalDate.of(Integer.parseInt(v), 1, 1)
                            .atStartOfDay(ZoneOffset.UTC)
                            .toInstant()
                            .toEpochMilli();
                    long to = LocalDate.of(Integer.parseInt(v) + 1, 1, 1)
                            .atStartOfDay(ZoneOffset.UTC)
                            .toInstant()
                            .toEpochMilli();
                    return LongPoint.newRangeQuery(ArticleDocuments.DATE, from, to - 1);
                }
                YearMonth month = YearMonth.parse(v);
                long from =
                        month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
                long to = month.plusMonths(1)
                        .atDay(1)
                        .atStartOfDay(ZoneOffset.UTC)
                        .toInstant()
                        .toEpochMilli();
                return LongPoint.newRangeQuery(ArticleDocuments.DATE, from, to - 1);
            }
            LocalDate day = v.matches("\\d{4}-\\d{2}") ? YearMonth.parse(v).atDay(1) : LocalDate.parse(v);
            long start = day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
            return field.equals("after")
                    ? LongPoint.newRangeQuery(ArticleDocuments.DATE, start, Long.MAX_VALUE)
                    : LongPoint.newRangeQuery(ArticleDocuments.DATE, Long.MIN_VALUE, start - 1);
        } catch (DateTimeParseException | NumberFormatException e) {
            notes.add(field + ":" + v + " is not a date (use YYYY-MM-DD or YYYY-MM); ignored.");
            return null;
        }
    }

    private static int countQuotes(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '"') {
                n++;
            }
        }
        return n;
    }

    private static final List<String> FIELDS = List.of("title", "tag", "site", "lang", "after", "before", "in", "is");

    private static List<Object> tokenize(String s) {
        List<Object> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            if (Character.isWhitespace(s.charAt(i))) {
                i++;
                continue;
            }
            boolean negated = false;
            if (s.charAt(i) == '-' && i + 1 < s.length() && !Character.isWhitespace(s.charAt(i + 1))) {
                negated = true;
                i++;
            }
            String field = null;
            int colon = -1;
            for (int j = i; j < s.length() && !Character.isWhitespace(s.charAt(j)) && s.charAt(j) != '"'; j++) {
                if (s.charAt(j) == ':') {
                    colon = j;
                    break;
                }
            }
            if (colon > i) {
                String name = s.substring(i, colon).toLowerCase(Locale.ROOT);
                if (FIELDS.contains(name) && colon + 1 < s.length() && !Character.isWhitespace(s.charAt(colon + 1))) {
                    field = name;
                    i = colon + 1;
                }
            }
            if (i < s.length() && s.charAt(i) == '"') {
                int end = s.indexOf('"', i + 1);
                String phrase = s.substring(i + 1, end < 0 ? s.length() : end);
                i = end < 0 ? s.length() : end + 1;
                if (!phrase.isBlank()) {
                    out.add(new Unit(field, phrase.strip(), field == null || field.equals("title"), negated));
                }
                continue;
            }
            int j = i;
            while (j < s.length() && !Character.isWhitespace(s.charAt(j))) {
                j++;
            }
            String word = s.substring(i, j);
            i = j;
            if (word.isEmpty()) {
                continue;
            }
            if (field == null && !negated && word.equals("OR")) {
                out.add("OR");
                continue;
            }
            out.add(new Unit(field, word, false, negated));
        }
        return out;
    }

    static Query nothing() {
        return new MatchNoDocsQuery();
    }
}
