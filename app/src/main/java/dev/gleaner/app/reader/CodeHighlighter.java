package dev.gleaner.app.reader;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits source code into spans of keywords, strings, comments, numbers and plain text, for the
 * colours of a code block. A lexer of the shapes most languages share, not a parser: a code
 * block is never cut or changed, only coloured.
 */
final class CodeHighlighter {
    /** What a span of code is. */
    enum Kind {
        PLAIN,
        KEYWORD,
        STRING,
        COMMENT,
        NUMBER
    }

    /** A run of code of one kind. */
    record Span(String text, Kind kind) {}

    private static final Set<String> KEYWORDS = Set.of(
            "abstract",
            "and",
            "as",
            "async",
            "await",
            "boolean",
            "break",
            "case",
            "catch",
            "char",
            "class",
            "const",
            "continue",
            "def",
            "default",
            "defer",
            "del",
            "do",
            "double",
            "elif",
            "else",
            "enum",
            "except",
            "export",
            "extends",
            "false",
            "final",
            "finally",
            "float",
            "fn",
            "for",
            "from",
            "func",
            "function",
            "go",
            "if",
            "impl",
            "implements",
            "import",
            "in",
            "instanceof",
            "int",
            "interface",
            "is",
            "lambda",
            "let",
            "long",
            "match",
            "module",
            "mut",
            "new",
            "nil",
            "None",
            "not",
            "null",
            "or",
            "package",
            "pass",
            "private",
            "protected",
            "pub",
            "public",
            "raise",
            "record",
            "return",
            "sealed",
            "self",
            "static",
            "struct",
            "super",
            "switch",
            "this",
            "throw",
            "throws",
            "true",
            "True",
            "False",
            "try",
            "typeof",
            "undefined",
            "use",
            "val",
            "var",
            "void",
            "when",
            "while",
            "with",
            "yield",
            "fun",
            "suspend",
            "echo",
            "fi",
            "then",
            "done",
            "esac",
            "local");

    /** SQL's words, in any case, in a block marked {@code sql}. */
    private static final Set<String> SQL_KEYWORDS = Set.of(
            "select",
            "insert",
            "update",
            "delete",
            "from",
            "where",
            "join",
            "left",
            "right",
            "inner",
            "outer",
            "on",
            "create",
            "alter",
            "drop",
            "table",
            "index",
            "into",
            "values",
            "set",
            "group",
            "order",
            "by",
            "limit",
            "having",
            "and",
            "or",
            "not",
            "null",
            "as",
            "distinct",
            "union",
            "all",
            "case",
            "when",
            "then",
            "else",
            "end",
            "primary",
            "key",
            "references",
            "begin",
            "commit");

    /** Languages whose line comments start with {@code #}. */
    private static final Set<String> HASH_COMMENTS = Set.of(
            "python",
            "py",
            "sh",
            "bash",
            "shell",
            "zsh",
            "console",
            "yaml",
            "yml",
            "toml",
            "ruby",
            "rb",
            "perl",
            "r",
            "dockerfile",
            "makefile",
            "properties",
            "conf",
            "ini",
            "nginx",
            "");

    private CodeHighlighter() {}

    /** {@return the spans of {@code code} in order; their texts joined give {@code code} back} */
    static List<Span> spans(String code, String language) {
        String lang = language == null ? "" : language.strip().toLowerCase(Locale.ROOT);
        boolean hash = HASH_COMMENTS.contains(lang);
        boolean dashDash = lang.equals("sql") || lang.equals("lua") || lang.equals("haskell");
        boolean slashes = !hash || lang.isEmpty();
        List<Span> spans = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        int i = 0;
        int n = code.length();
        while (i < n) {
            char c = code.charAt(i);
            int end = -1;
            Kind kind = null;
            if (slashes && c == '/' && i + 1 < n && code.charAt(i + 1) == '/') {
                end = lineEnd(code, i);
                kind = Kind.COMMENT;
            } else if (slashes && c == '/' && i + 1 < n && code.charAt(i + 1) == '*') {
                int close = code.indexOf("*/", i + 2);
                end = close < 0 ? n : close + 2;
                kind = Kind.COMMENT;
            } else if (hash && c == '#' && (i == 0 || !Character.isLetterOrDigit(code.charAt(i - 1)))) {
                end = lineEnd(code, i);
                kind = Kind.COMMENT;
            } else if (dashDash && c == '-' && i + 1 < n && code.charAt(i + 1) == '-') {
                end = lineEnd(code, i);
                kind = Kind.COMMENT;
            } else if (c == '"' || c == '\'' || c == '`') {
                end = stringEnd(code, i, c);
                kind = Kind.STRING;
            } else if (Character.isDigit(c) && (i == 0 || !Character.isJavaIdentifierPart(code.charAt(i - 1)))) {
                end = i + 1;
                while (end < n
                        && (Character.isLetterOrDigit(code.charAt(end))
                                || code.charAt(end) == '.'
                                || code.charAt(end) == '_')) {
                    end++;
                }
                kind = Kind.NUMBER;
            } else if (Character.isJavaIdentifierStart(c)) {
                end = i + 1;
                while (end < n && Character.isJavaIdentifierPart(code.charAt(end))) {
                    end++;
                }
                String word = code.substring(i, end);
                boolean keyword = lang.equals("sql")
                        ? SQL_KEYWORDS.contains(word.toLowerCase(Locale.ROOT))
                        : KEYWORDS.contains(word);
                kind = keyword ? Kind.KEYWORD : Kind.PLAIN;
            }
            if (kind == null || kind == Kind.PLAIN) {
                int to = end < 0 ? i + 1 : end;
                plain.append(code, i, to);
                i = to;
                continue;
            }
            if (!plain.isEmpty()) {
                spans.add(new Span(plain.toString(), Kind.PLAIN));
                plain.setLength(0);
            }
            spans.add(new Span(code.substring(i, end), kind));
            i = end;
        }
        if (!plain.isEmpty()) {
            spans.add(new Span(plain.toString(), Kind.PLAIN));
        }
        return spans;
    }

    private static int lineEnd(String code, int from) {
        int nl = code.indexOf('\n', from);
        return nl < 0 ? code.length() : nl;
    }

    /** A string ends at its unescaped quote; one left open ends with its line (back quotes may span lines). */
    private static int stringEnd(String code, int from, char quote) {
        int i = from + 1;
        while (i < code.length()) {
            char c = code.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (c == quote) {
                return i + 1;
            }
            if (c == '\n' && quote != '`') {
                return i;
            }
            i++;
        }
        return code.length();
    }
}
