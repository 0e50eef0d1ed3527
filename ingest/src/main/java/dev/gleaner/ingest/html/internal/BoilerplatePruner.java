package dev.gleaner.ingest.html.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Drops what sits inside the article container without being the article: blocks repeated by galleries,
 * datelines and photo credits, advertisement labels, runs of related links after a lead-in such as "You may
 * also like", and the copyright and follow-us notes that close a page.
 */
final class BoilerplatePruner {
    private static final int SHORT = 160;
    private static final int EDGE = 4;
    /** The longest caption seen with a credit at its end; past it, a block is the author's text. */
    private static final int CAPTION_MAX = 700;

    private static final Pattern AD_LABEL = Pattern.compile(
            "(?iu)advert|advertisement|advertising|publicité|werbung|anuncio|реклама|广告|anzeige|publicidad|pubblicità|reklama|iklan|広告|sponsored|sponsored content|story continues below( advertisement)?|"
                    + "continue reading below|trending:?|광고|this slideshow requires javascript\\.?");
    private static final Pattern CREDIT = Pattern.compile(
            "(?i)^[(\\[]?\\s*(?:(?:photo|image|picture|photograph|illustration|graphic|video|source)s?\\s*"
                    + "(?:credit|copyright|courtesy)?\\s*(?::|©|by\\b)|image copyright\\b|©).{0,120}$");
    /**
     * A photo credit closing a block: "… Credit: EPA", "… (Image: Getty)", "… (Photo: X)", "… (AP Photo/X)". A
     * bare agency in brackets, "(Reuters)", is left alone: it also closes a quotation or a line of reporting.
     */
    private static final Pattern CLOSING_CREDIT = Pattern.compile("(?is).*(?:credit:\\s*[^\\s.][^.]{0,80}\\)?"
            + "|\\((?:image|photo|picture|photograph|illustration)s?(?:\\s+credit)?\\s*:[^()]{1,80}\\)"
            + "|\\(AP Photo/[^()]{1,80}\\))\\s*");

    private static final Pattern DATELINE_LEAD =
            Pattern.compile("(?i)^(?:last\\s+)?(?:updated|published|posted|modified|first published)\\b.*\\d.*");
    private static final Pattern DATE_WORDS =
            Pattern.compile("(?i)\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov"
                    + "|dec)[a-z]*\\.?|\\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\\.?|\\b(?:[ap]\\.?m\\.?)"
                    + "|\\b(?:[ecmp][sd]t|gmt|utc|bst|cet|cest|kst|jst|et|pt)\\b|\\b(?:at|on|updated|published|posted)\\b"
                    + "|\\d+(?:st|nd|rd|th)?|[\\s,.:;/|\\-–—]+");
    /** A month or weekday name, a clock time or a numeric date: what makes a line of numbers a date. */
    private static final Pattern DATE_SHAPE = Pattern.compile(
            "(?i)\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
                    + "|mon|tue|wed|thu|fri|sat|sun)[a-z]*\\b|\\d{1,2}:\\d{2}|\\d{1,4}[./-]\\s?\\d{1,2}[./-]\\s?\\d{1,4}");

    private static final Pattern BYLINE_WITH_DATE = Pattern.compile(
            "^(?:By|BY)\\s+\\p{Lu}.*(?:\\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d|\\d{1,2}/\\d{1,2}/\\d{2,4}|\\d{1,2}:\\d{2}).*");
    private static final Pattern RELATED_LEAD = Pattern.compile(
            "(?i)(?:related|related (?:stories|articles|posts|content|links|coverage|reading|news)(?: from .{1,60})?|more|read more|see more|see also|"
                    + "also read|read also|more from .{1,40}|you (?:may|might) also (?:like|be interested in)|don'?t miss|"
                    + "trending(?: now| stories)?|most (?:read|popular|viewed)|recommended(?: for you| stories| reading)?|"
                    + "(?:most (?:read|popular|viewed|shared)|more|latest) (?:in|from|on) .{1,40}|more stories|more news|what to read next|read next|up next|more on this(?: story| topic)?|top stories|"
                    + "관련\\s*글|관련\\s*기사|추천\\s*글|함께 보면 좋은 글|많이 본 (?:글|기사))[\\s:.…!>»]*");
    private static final Pattern RELATED_INLINE = Pattern.compile(
            "(?i)^(?:related|read more|see more|see also|also read|read also|also|more|watch|listen|must read|recommended)\\s*:.*");
    private static final Pattern CAPTION = Pattern.compile("(?i)caption|gallery|slide|carousel");
    private static final Pattern GALLERY = Pattern.compile("(?i)gallery|slideshow|carousel");
    private static final Pattern CLOSING_NOTE = Pattern.compile(
            "(?i).*(?:^©|©\\s*\\d{4}|\\bcopyright\\b|all rights reserved|subject to copyright|may not be (?:published|reproduced)|"
                    + "\\bfollow (?:us|\\p{Lu}\\w*(?: \\p{Lu}\\w*)?) on\\b|\\bsubscribe\\b|\\bsign up\\b|\\bnewsletter\\b|"
                    + "click here|join (?:us|our)\\b|download (?:our|the) app|like us on|listen (?:live|back)|"
                    + "\\bshare (?:this|on)\\b|got a (?:news )?tip|send us).*");

    private static final Pattern UI_LABEL =
            Pattern.compile("(?i)(?:공감|댓글|좋아요|구독|구독하기|댓글쓰기|공유하기|이 글 공유하기|신고하기|신고|카테고리|분류 전체보기|"
                    + "share(?: this)?|subscribe|comments?|leave a (?:comment|reply)|like this|loading(?: content| comments| more)?\\s*(?:\\.\\.\\.|…)?|filed under:? .{1,80})"
                    + "\\s*[:(]?\\s*\\d*\\s*\\)?|posted by .{1,40}|"
                    // A reading-time estimate: "5 min read", "Tempo de leitura: 1 minuto", "3분 읽기".
                    + "\\d+\\s*(?:min(?:ute)?s?\\.?|분)\\s*(?:read|de leitura|de lectura|읽기)|"
                    + "(?:(?:estimated )?read(?:ing)? time|tempo de leitura|tiempo de lectura|temps de lecture|lesezeit)"
                    + "\\s*:?\\s*\\d+\\s*\\p{L}*\\.?");
    /** A gallery's controls and counter: "Caption", "Close", "Image 3 of / 12", "1 of 6". */
    private static final Pattern GALLERY_CONTROL = Pattern.compile(
            "(?i)(?:caption|close|hide caption|show caption|enlarge this image|(?:image|photo|slide) \\d{1,3}(?: of)?(?: ?/)?(?: ?\\d{1,3})?|\\d{1,3} of \\d{1,3})");

    private static final Pattern TEMPLATE = Pattern.compile("\\{\\{[^{}]*}}");
    private static final Pattern RIGHTS_NOTE = Pattern.compile(
            "(?i).*(?:all rights reserved|subject to copyright|may not be (?:published|reproduced|redistributed)|"
                    + "no part (?:of this .{1,30})?may be reproduced).*");

    private final Deadline deadline;

    /** Creates a pruner bound to a time budget. */
    BoilerplatePruner(Deadline deadline) {
        this.deadline = deadline;
    }

    /** Removes the boilerplate blocks of {@code content} in place. */
    void prune(Element content) {
        // Repeated template rows a script never filled in (Vue, Angular): {{item.name}}
        for (Element row : content.select(Css.of("[v-for], [ng-repeat]"))) {
            if (row.parent() != null && row.text().contains("{{")) {
                row.remove();
            }
        }
        List<Element> blocks = textBlocks(content);
        Map<String, Integer> captions = new HashMap<>();
        for (Element block : blocks) {
            String text = normalized(block);
            if (text.length() >= 30 && isCaption(block, content)) {
                captions.merge(captionKey(text), 1, Integer::sum);
            }
        }
        Set<String> seen = new HashSet<>();
        List<Element> kept = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            deadline.check();
            Element block = blocks.get(i);
            if (block.parent() == null) {
                continue;
            }
            String text = normalized(block);
            boolean edge = i < EDGE || i >= blocks.size() - EDGE;
            if (text.length() >= 30 && captions.getOrDefault(captionKey(text), 0) >= 3 && !seen.add(captionKey(text))) {
                block.remove();
            } else if (text.length() < SHORT && isNoise(text, edge)) {
                block.remove();
            } else if (text.length() < CAPTION_MAX
                    && (CLOSING_CREDIT.matcher(text).matches() || isGalleryCaption(block, content))) {
                block.remove();
            } else if (text.length() < SHORT && !kept.isEmpty() && isShoutedLink(block, text)) {
                block.remove();
            } else if (text.length() < SHORT && RELATED_LEAD.matcher(text).matches()) {
                if (!removeRelatedBox(block, content)) {
                    removeRelatedRun(block, blocks, i);
                }
            } else if (text.length() < 300
                    && RELATED_INLINE.matcher(text).matches()
                    && ContentScorer.linkDensity(block) > 0.4) {
                block.remove();
            } else {
                kept.add(block);
            }
        }
        // Notes that close the page: copyright lines, follow-us and newsletter calls, from the end backwards.
        for (int i = kept.size() - 1; i >= 0 && i >= kept.size() - EDGE; i--) {
            Element block = kept.get(i);
            if (block.parent() == null) {
                continue;
            }
            String text = normalized(block);
            if ((text.length() < SHORT && CLOSING_NOTE.matcher(text).matches())
                    || (text.length() < 400 && RIGHTS_NOTE.matcher(text).matches())) {
                block.remove();
            } else if (!text.isEmpty()) {
                break;
            }
        }
    }

    /**
     * A paragraph that is one link set in capitals ("READ MORE ON … BY CLICKING HERE", another story's headline
     * in caps), after the text has begun, is a teaser or a call to action between paragraphs: writers do not
     * set their own sentences as links in capitals. A link that opens the text can be what the page is for
     * (the full results, the download), so it stays; so does a link of fewer than three words.
     */
    private static boolean isShoutedLink(Element block, String text) {
        if (!block.normalName().equals("p") || text.split("\\s+").length < 3) {
            return false;
        }
        int linked = 0;
        for (Element a : block.getElementsByTag("a")) {
            linked += a.text().length();
        }
        if (linked < text.length() * 0.9) {
            return false;
        }
        long upper = text.chars().filter(Character::isUpperCase).count();
        long lower = text.chars().filter(Character::isLowerCase).count();
        return upper >= 8 && upper >= 4 * lower;
    }

    /**
     * Galleries repeat captions (full, truncated, per slide), three times or more; a repeated paragraph of prose,
     * or an author's figure caption used twice, can be meant.
     */
    private static boolean isCaption(Element block, Element root) {
        int level = 0;
        for (Element e = block; e != null && e != root && level < 4; e = e.parent(), level++) {
            if (CAPTION.matcher(e.className()).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A caption inside a gallery, slideshow or carousel belongs to the slide on show, whose pictures change under
     * it: the slides' captions are the gallery's text, not the article's.
     */
    private static boolean isGalleryCaption(Element block, Element root) {
        boolean caption = false;
        int level = 0;
        for (Element e = block; e != null && e != root && level < 8; e = e.parent(), level++) {
            String name = e.className();
            if (level < 4 && name.toLowerCase(java.util.Locale.ROOT).contains("caption")) {
                caption = true;
            }
            if (caption && GALLERY.matcher(name).find()) {
                return true;
            }
        }
        return false;
    }

    /** Galleries show a caption in full and cut short, so captions count as one by their opening words. */
    private static String captionKey(String text) {
        return text.substring(0, Math.min(text.length(), 60));
    }

    private static boolean isNoise(String text, boolean edge) {
        if (text.isEmpty()) {
            return false;
        }
        if (AD_LABEL.matcher(text).matches()
                || CREDIT.matcher(text).matches()
                || UI_LABEL.matcher(text).matches()) {
            return true;
        }
        if (GALLERY_CONTROL.matcher(text).matches()) {
            return true;
        }
        // A client-side template the page never rendered: {{item.name}} ({{item.count}})
        String rest = TEMPLATE.matcher(text).replaceAll("");
        if (rest.length() < text.length()
                && rest.replaceAll("[\\s()\\[\\]|,:/-]", "").isEmpty()) {
            return true;
        }
        if (DATELINE_LEAD.matcher(text).matches() && text.length() < 100) {
            return true;
        }
        if (edge
                && text.length() < 100
                && DATE_SHAPE.matcher(text).find()
                && DATE_WORDS.matcher(text).replaceAll("").isEmpty()) {
            return true;
        }
        return edge && BYLINE_WITH_DATE.matcher(text).matches();
    }

    /**
     * Removes the box a related-links lead-in heads (a rail of teasers): its largest ancestor without prose, if
     * that holds more than the lead-in itself. {@return whether a box was removed}
     */
    private static boolean removeRelatedBox(Element lead, Element content) {
        Element box = null;
        Element e = lead.parent();
        int limit = Math.min(2000, content.text().length() * 2 / 5);
        for (int level = 0; e != null && e != content && level < 5; level++, e = e.parent()) {
            if (e.text().length() > limit || hasProse(e)) {
                break;
            }
            box = e;
        }
        if (box == null || box.text().length() < lead.text().length() + 20) {
            return false;
        }
        box.remove();
        return true;
    }

    private static boolean hasProse(Element e) {
        for (Element p : e.getElementsByTag("p")) {
            if (p.text().length() > 120) {
                return true;
            }
        }
        return false;
    }

    /**
     * Removes a related-links lead-in and the link-dense blocks that follow it. The lead-in goes even when prose
     * follows it: it heads a rail that cleaning already took out, and a writer does not end a paragraph of
     * their own with "Read More" or "More:".
     */
    private static void removeRelatedRun(Element lead, List<Element> blocks, int index) {
        for (int j = index + 1; j < blocks.size(); j++) {
            Element next = blocks.get(j);
            if (next.parent() == null) {
                continue;
            }
            String text = normalized(next);
            if (text.isEmpty()) {
                continue;
            }
            if (ContentScorer.linkDensity(next) < 0.5 || text.length() > 300) {
                break;
            }
            next.remove();
        }
        lead.remove();
    }

    private static String normalized(Element block) {
        return block.text().replace('\u00A0', ' ').trim();
    }

    /** {@return the blocks of {@code content} that hold text directly: no block inside them, not code or table} */
    private static List<Element> textBlocks(Element content) {
        List<Element> out = new ArrayList<>();
        for (Element e : content.getAllElements()) {
            if (e == content || !BlockTags.isBlock(e.normalName())) {
                continue;
            }
            String tag = e.normalName();
            if (tag.equals("pre") || tag.equals("table") || tag.startsWith("t") || tag.equals("caption")) {
                continue;
            }
            if (hasBlockChild(e) || inside(e, content)) {
                continue;
            }
            out.add(e);
        }
        return out;
    }

    private static boolean hasBlockChild(Element e) {
        for (Element child : e.children()) {
            if (BlockTags.isBlock(child.normalName())) {
                return true;
            }
        }
        return false;
    }

    /** {@return whether {@code e} is inside code or a table below {@code root}} */
    private static boolean inside(Element e, Element root) {
        for (Element p = e.parent(); p != null && p != root; p = p.parent()) {
            String tag = p.normalName();
            if (tag.equals("pre") || tag.equals("code") || tag.equals("table")) {
                return true;
            }
        }
        return false;
    }
}
