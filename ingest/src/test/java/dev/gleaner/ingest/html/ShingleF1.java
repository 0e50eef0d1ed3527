package dev.gleaner.ingest.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The article-extraction benchmark's shingle F1: 4-token shingles, precision and recall averaged over pages. */
final class ShingleF1 {
    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    private double precisionSum;
    private int precisionPages;
    private double recallSum;
    private int recallPages;

    /** Adds one page and returns its own F1 for reporting. */
    double add(String truth, String predicted) {
        Map<String, Integer> t = shingles(truth);
        Map<String, Integer> p = shingles(predicted);
        double tp = 0;
        double fp = 0;
        double fn = 0;
        for (Map.Entry<String, Integer> e : p.entrySet()) {
            int tc = t.getOrDefault(e.getKey(), 0);
            tp += Math.min(tc, e.getValue());
            fp += Math.max(0, e.getValue() - tc);
        }
        for (Map.Entry<String, Integer> e : t.entrySet()) {
            int pc = p.getOrDefault(e.getKey(), 0);
            fn += Math.max(0, e.getValue() - pc);
        }
        double sum = tp + fp + fn;
        if (sum > 0) {
            tp /= sum;
            fp /= sum;
            fn /= sum;
        }
        double precision = 1;
        double recall = 1;
        if (tp + fp > 0) {
            precision = tp / (tp + fp);
            precisionSum += precision;
            precisionPages++;
        }
        if (tp + fn > 0) {
            recall = tp / (tp + fn);
            recallSum += recall;
            recallPages++;
        }
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    double precision() {
        return precisionPages == 0 ? 1 : precisionSum / precisionPages;
    }

    double recall() {
        return recallPages == 0 ? 1 : recallSum / recallPages;
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    static Map<String, Integer> shingles(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = WORD.matcher(text == null ? "" : text);
        while (m.find()) {
            tokens.add(m.group());
        }
        Map<String, Integer> counts = new HashMap<>();
        if (tokens.isEmpty()) {
            return counts;
        }
        if (tokens.size() < 4) {
            counts.put(String.join("\u0001", tokens), 1);
            return counts;
        }
        for (int i = 0; i + 4 <= tokens.size(); i++) {
            counts.merge(String.join("\u0001", tokens.subList(i, i + 4)), 1, Integer::sum);
        }
        return counts;
    }
}
