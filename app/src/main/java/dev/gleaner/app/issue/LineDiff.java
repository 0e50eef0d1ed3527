package dev.gleaner.app.issue;

import java.util.ArrayList;
import java.util.List;

/** A unified-style line diff of two texts ("-" removed, "+" added, " " kept), for the export confirmation. */
public final class LineDiff {
    private static final int MAX_LINES = 4000;

    private LineDiff() {}

    /** {@return the lines of {@code before} and {@code after} with their changes marked; empty when equal} */
    public static List<String> diff(String before, String after) {
        if (before.equals(after)) {
            return List.of();
        }
        String[] a = before.split("\n", -1);
        String[] b = after.split("\n", -1);
        if (a.length > MAX_LINES || b.length > MAX_LINES) {
            return List.of("- (" + a.length + " lines)", "+ (" + b.length + " lines)");
        }
        int[][] lcs = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<String> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && a[i].equals(b[j])) {
                out.add("  " + a[i]);
                i++;
                j++;
            } else if (j < b.length && (i == a.length || lcs[i][j + 1] >= lcs[i + 1][j])) {
                out.add("+ " + b[j++]);
            } else {
                out.add("- " + a[i++]);
            }
        }
        return out;
    }
}
