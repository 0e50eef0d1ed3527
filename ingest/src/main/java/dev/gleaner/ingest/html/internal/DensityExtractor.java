package dev.gleaner.ingest.html.internal;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A second, simpler reading of a page, after jusText: every block of text is judged by its length and
 * link density alone (no class names, no tree scores), short and middling blocks then take the verdict
 * of the prose around them, and what is left is the good blocks in their page order. It fails
 * differently from content scoring (it cannot pick the wrong container), so the extractor keeps it as a
 * candidate to compare with.
 */
final class DensityExtractor {
    /** Above this share of linked text a block is navigation. */
    private static final double MAX_LINK_DENSITY = 0.2;
    /** Below this weighted length a block is short: its neighbours decide. */
    private static final int LENGTH_LOW = 70;
    /** Above this weighted length (and not link-dense) a block is prose. */
    private static final int LENGTH_HIGH = 200;

    private enum Kind {
        GOOD,
        NEAR_GOOD,
        SHORT,
        BAD
    }

    private final Deadline deadline;

    DensityExtractor(Deadline deadline) {
        this.deadline = deadline;
    }

    /** {@return a new element holding the good blocks of {@code doc}, which this modifies} */
    Element findContent(Document doc) {
        Element body = doc.body();
        body.select(Css.of("nav, aside, footer, [role=navigation], [role=complementary], [role=contentinfo]"))
                .remove();
        // Some frameworks wrap the whole page in one form; its fields are gone already.
        for (Element form : body.select("form, fieldset")) {
            form.unwrap();
        }
        List<Element> blocks = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            deadline.check();
            if (e != body && BlockTags.isBlock(e.normalName()) && !ContentScorer.hasBlockChild(e) && !inPre(e)) {
                blocks.add(e);
            }
        }
        Kind[] kinds = new Kind[blocks.size()];
        boolean[] heading = new boolean[blocks.size()];
        for (int i = 0; i < blocks.size(); i++) {
            Element b = blocks.get(i);
            heading[i] = b.normalName().matches("h[1-6]");
            kinds[i] = classify(b);
        }
        Kind[] context = kinds.clone();
        for (int i = 0; i < blocks.size(); i++) {
            if (kinds[i] == Kind.SHORT || kinds[i] == Kind.NEAR_GOOD) {
                Kind prev = neighbour(kinds, i, -1, kinds[i] == Kind.NEAR_GOOD);
                Kind next = neighbour(kinds, i, 1, kinds[i] == Kind.NEAR_GOOD);
                boolean good;
                if (kinds[i] == Kind.SHORT) {
                    good = (prev == Kind.GOOD && next != Kind.BAD) || (next == Kind.GOOD && prev != Kind.BAD);
                } else {
                    good = prev == Kind.GOOD || next == Kind.GOOD;
                }
                context[i] = good ? Kind.GOOD : Kind.BAD;
            }
        }
        // A heading leads into the prose after it.
        for (int i = blocks.size() - 2; i >= 0; i--) {
            if (heading[i] && kinds[i] != Kind.BAD && context[i + 1] == Kind.GOOD) {
                context[i] = Kind.GOOD;
            }
        }
        Map<Element, Boolean> keep = new IdentityHashMap<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (context[i] == Kind.GOOD) {
                for (Element p = blocks.get(i); p != null && keep.put(p, true) == null; p = p.parent()) {
                    // marks the block and its ancestors
                }
            }
        }
        prune(body, keep);
        Element content = new Element("div");
        for (Node child : new ArrayList<>(body.childNodes())) {
            content.appendChild(child);
        }
        return content;
    }

    /** Removes every element neither kept nor inside a kept block, and loose text beside blocks. */
    private void prune(Element e, Map<Element, Boolean> keep) {
        for (Node child : new ArrayList<>(e.childNodes())) {
            deadline.check();
            if (child instanceof Element c) {
                if (!keep.containsKey(c)) {
                    c.remove();
                } else if (ContentScorer.hasBlockChild(c) && !inPre(c)) {
                    prune(c, keep);
                }
            } else if (child instanceof TextNode t && !t.isBlank() && ContentScorer.hasBlockChild(e)) {
                t.remove();
            }
        }
    }

    private static boolean inPre(Element e) {
        return ContentScorer.hasAncestor(e, "pre", 8);
    }

    private static Kind classify(Element block) {
        String text = block.text();
        if (text.isBlank()) {
            return Kind.SHORT;
        }
        if (ContentScorer.linkDensity(block) > MAX_LINK_DENSITY) {
            return Kind.BAD;
        }
        if (block.normalName().equals("pre")) {
            return Kind.NEAR_GOOD;
        }
        int length = weightedLength(text);
        if (length < LENGTH_LOW) {
            return Kind.SHORT;
        }
        return length > LENGTH_HIGH ? Kind.GOOD : Kind.NEAR_GOOD;
    }

    /** Characters, with each Hangul, kana or CJK ideograph counted twice: one carries about a word's part. */
    static int weightedLength(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            n += c >= '\u1100'
                            && (c <= '\u11FF' || (c >= '\u3040' && c <= '\u9FFF') || (c >= '\uAC00' && c <= '\uD7AF'))
                    ? 2
                    : 1;
        }
        return n;
    }

    /** {@return the class of the nearest block before ({@code step} -1) or after that is not short} */
    private static Kind neighbour(Kind[] kinds, int i, int step, boolean skipNearGood) {
        for (int j = i + step; j >= 0 && j < kinds.length; j += step) {
            if (kinds[j] == Kind.SHORT || (skipNearGood && kinds[j] == Kind.NEAR_GOOD)) {
                continue;
            }
            return kinds[j];
        }
        return Kind.BAD;
    }
}
