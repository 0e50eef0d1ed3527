package dev.gleaner.app.api;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps a request of the HTTP API to the read-only command line whose {@code --format json} output
 * answers it, so that the API and the CLI print the same documents. Only {@code search}, {@code
 * list}, {@code show}, {@code feed list}, {@code issue list} and {@code issue show} are reachable,
 * and every value is passed as an option's own value or after {@code --}, never as an option.
 */
final class ApiRoutes {
    private static final Pattern ARTICLE = Pattern.compile("/api/articles/([^/]+)");
    private static final Pattern ISSUE = Pattern.compile("/api/issues/([^/]+)");
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,18}");

    private ApiRoutes() {}

    /** What a request comes to. */
    sealed interface Route {}

    /**
     * Run {@code args}; when the command says the input was wrong (exit status 1), answer {@code
     * refusedStatus}: 404 where the path names one thing, 400 where a parameter was wrong.
     */
    record Command(List<String> args, int refusedStatus) implements Route {
        Command {
            args = List.copyOf(args);
        }
    }

    /** Answer {@code status} with {@code message}, running nothing. */
    record Refused(int status, String message) implements Route {}

    /** {@return the route of a GET of {@code path} with {@code rawQuery} (still encoded, may be null)} */
    static Route route(String path, String rawQuery) {
        Map<String, String> q;
        try {
            q = parameters(rawQuery);
        } catch (IllegalArgumentException e) {
            return new Refused(400, e.getMessage());
        }
        try {
            return switch (path) {
                case "/api/search" -> search(q);
                case "/api/articles" -> articles(q);
                case "/api/feeds" -> {
                    allow(path, q, Set.of());
                    yield new Command(List.of("feed", "list", "--format=json"), 400);
                }
                case "/api/issues" -> {
                    allow(path, q, Set.of("series"));
                    List<String> args = new ArrayList<>(List.of("issue", "list", "--format=json"));
                    series(q, args);
                    yield new Command(args, 404);
                }
                default -> item(path, q);
            };
        } catch (IllegalArgumentException e) {
            return new Refused(400, e.getMessage());
        }
    }

    private static Route search(Map<String, String> q) {
        allow("/api/search", q, Set.of("q", "limit", "sort"));
        String text = q.get("q");
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("/api/search needs a query: add ?q=WORDS");
        }
        List<String> args = new ArrayList<>(List.of("search", "--format=json"));
        args.add("--limit=" + number("limit", q.getOrDefault("limit", "20"), 1, 1000));
        String sort = q.getOrDefault("sort", "relevance");
        if (!sort.equals("relevance") && !sort.equals("date")) {
            throw new IllegalArgumentException("sort must be relevance or date, not '" + sort + "'");
        }
        args.add("--sort=" + sort);
        args.add("--");
        args.add(text);
        return new Command(args, 400);
    }

    private static Route articles(Map<String, String> q) {
        allow("/api/articles", q, Set.of("limit", "tag", "feed", "unread", "starred"));
        List<String> args = new ArrayList<>(List.of("list", "--format=json"));
        args.add("--limit=" + number("limit", q.getOrDefault("limit", "50"), 0, 100_000));
        if (q.containsKey("feed")) {
            args.add("--feed=" + number("feed", q.get("feed"), 1, Long.MAX_VALUE));
        }
        if (q.containsKey("tag")) {
            args.add("--tag=" + optionValue("tag", q.get("tag")));
        }
        if (flag("unread", q)) {
            args.add("--unread");
        }
        if (flag("starred", q)) {
            args.add("--starred");
        }
        return new Command(args, 400);
    }

    private static Route item(String path, Map<String, String> q) {
        Matcher article = ARTICLE.matcher(path);
        if (article.matches()) {
            allow("/api/articles/{id}", q, Set.of());
            long id = number("the article id", article.group(1), 1, Long.MAX_VALUE);
            return new Command(List.of("show", "--format=json", "--", Long.toString(id)), 404);
        }
        Matcher issue = ISSUE.matcher(path);
        if (issue.matches()) {
            allow("/api/issues/{number}", q, Set.of("series"));
            long number = number("the issue number", issue.group(1), 1, Integer.MAX_VALUE);
            List<String> args = new ArrayList<>(List.of("issue", "show", "--format=json"));
            series(q, args);
            args.add("--");
            args.add(Long.toString(number));
            return new Command(args, 404);
        }
        return new Refused(
                404,
                "No such endpoint: " + path + ". Use /api/search, /api/articles, /api/articles/{id}, /api/feeds,"
                        + " /api/issues or /api/issues/{number}.");
    }

    private static void series(Map<String, String> q, List<String> args) {
        if (q.containsKey("series")) {
            args.add("--series=" + optionValue("series", q.get("series")));
        }
    }

    /** {@return {@code value} when the command line reads it as a value: not empty, no leading '-'} */
    private static String optionValue(String name, String value) {
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
        if (value.startsWith("-")) {
            throw new IllegalArgumentException(name + " must not start with '-': '" + value + "'");
        }
        return value;
    }

    private static void allow(String endpoint, Map<String, String> q, Set<String> names) {
        for (String name : q.keySet()) {
            if (!names.contains(name)) {
                throw new IllegalArgumentException("Unknown parameter '" + name + "' for " + endpoint
                        + (names.isEmpty()
                                ? ", which takes none"
                                : ": use "
                                        + String.join(
                                                ", ", names.stream().sorted().toList())));
            }
        }
    }

    private static long number(String name, String value, long min, long max) {
        if (!DIGITS.matcher(value).matches()) {
            throw new IllegalArgumentException(name + " must be a whole number, not '" + value + "'");
        }
        long n = Long.parseLong(value);
        if (n < min || n > max) {
            throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ": " + n);
        }
        return n;
    }

    private static boolean flag(String name, Map<String, String> q) {
        String v = q.get(name);
        if (v == null || v.equals("false")) {
            return false;
        }
        if (v.equals("true") || v.isEmpty()) {
            return true;
        }
        throw new IllegalArgumentException(name + " must be true or false, not '" + v + "'");
    }

    /** {@return the query's parameters, decoded}; a parameter given twice is refused */
    static Map<String, String> parameters(String rawQuery) {
        Map<String, String> q = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return q;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            if (q.put(name, value) != null) {
                throw new IllegalArgumentException("The parameter '" + name + "' is given twice: give it once");
            }
        }
        return q;
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The query is not properly %-encoded near '" + s + "'");
        }
    }
}
