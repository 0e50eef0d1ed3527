package dev.gleaner.ingest.html.internal;

import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/** The platform rules Gleaner knows, first match wins. */
public final class SiteRules {
    private static final ZoneOffset KST = ZoneOffset.ofHours(9);
    private static final List<String> COMMON_CHROME = List.of(
            "[class*=share]",
            "[class*=social]",
            "[id*=comment]",
            "[class*=comment]",
            "[class*=related]",
            "[class*=subscribe]",
            "[class*=newsletter]",
            "[class*=adsense]",
            "[class*=revenue]");

    private final List<SiteRule> rules;

    /** Creates the built-in rule set. */
    public SiteRules() {
        this(builtIn());
    }

    /** Creates a rule set from {@code rules}, tried in order. */
    public SiteRules(List<SiteRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** {@return the first rule for {@code doc} from {@code host}, or {@code null}} */
    public SiteRule find(Document doc, String host) {
        int best = rules.size();
        for (int i = 0; i < best; i++) {
            if (rules.get(i).servesHost(host)) {
                best = i;
            }
        }
        // Earlier rules can still win by their signature: look for all of them in one pass over the page.
        int[] candidates = new int[best];
        Evaluator[] signatures = new Evaluator[best];
        int n = 0;
        for (int i = 0; i < best; i++) {
            if (rules.get(i).signature() != null) {
                candidates[n] = i;
                signatures[n++] = Css.of(rules.get(i).signature());
            }
        }
        if (n > 0) {
            int[] found = {best};
            int first = candidates[0];
            int count = n;
            NodeTraversor.filter(
                    (node, depth) -> {
                        if (node instanceof Element e) {
                            for (int k = 0; k < count && candidates[k] < found[0]; k++) {
                                if (signatures[k].matches(doc, e)) {
                                    found[0] = candidates[k];
                                }
                            }
                        }
                        return found[0] == first ? NodeFilter.FilterResult.STOP : NodeFilter.FilterResult.CONTINUE;
                    },
                    doc);
            best = found[0];
        }
        return best < rules.size() ? rules.get(best) : null;
    }

    private static List<String> chrome(String... more) {
        return java.util.stream.Stream.concat(List.of(more).stream(), COMMON_CHROME.stream())
                .toList();
    }

    private static List<SiteRule> builtIn() {
        return List.of(
                new SiteRule(
                        "naver-blog",
                        Pattern.compile("(^|\\.)blog\\.naver\\.com$"),
                        ".se-main-container, .se_component_wrap, #postViewArea, #viewTypeSelector",
                        List.of(
                                ".se-main-container",
                                ".se_component_wrap.sect_dsc",
                                "#postViewArea",
                                "#viewTypeSelector"),
                        List.of(
                                ".se-oglink-thumbnail",
                                ".se_og_thumb",
                                ".se-map-image",
                                ".blind",
                                ".se_sticker",
                                ".se-sticker",
                                ".u_likeit_list_module",
                                ".post_tag",
                                ".se_tag",
                                // An image's caption is not part of the post's text, as Naver Blog
                                // exporters write a post; it stays as the image's alt text.
                                ".se-image .se-caption",
                                ".se-imageGroup .se-caption",
                                ".se-imageStrip .se-caption"),
                        ".se-title-text, .se_title .se_textarea, .se_title, h3.tit_h3, .pcol1 .htitle",
                        ".se_date, .blog_date, .se_publishDate, p.date",
                        KST),
                new SiteRule(
                        "tistory",
                        Pattern.compile("\\.tistory\\.com$"),
                        ".tt_article_useless_p_margin, #tt-body-page, [data-tistory-react-app], script[src*=tistory]",
                        List.of(
                                ".tt_article_useless_p_margin",
                                ".article_view",
                                "#article-view",
                                ".entry-content",
                                ".contents_style"),
                        chrome(
                                ".container_postbtn",
                                ".another_category",
                                ".revenue_unit_wrap",
                                ".postbtn_like",
                                "[data-tistory-react-app]",
                                ".tt-plugin",
                                ".tags",
                                ".tag_label",
                                ".article-tag",
                                ".category",
                                ".btn_post",
                                ".wrap_btn",
                                "#tistorySbHeader"),
                        ".title-article, .tit_post, .hgroup h1, h2.title, .post-cover h1",
                        null,
                        KST),
                new SiteRule(
                        "velog",
                        Pattern.compile("(^|\\.)velog\\.io$"),
                        null,
                        List.of(".atom-one", "[class*=PostContent]", "article"),
                        chrome(),
                        "h1",
                        null,
                        KST),
                new SiteRule(
                        "brunch",
                        Pattern.compile("(^|\\.)brunch\\.co\\.kr$"),
                        ".wrap_body_frame",
                        List.of(".wrap_body", ".wrap_body_frame"),
                        chrome(".wrap_keyword", ".wrap_author_desc"),
                        ".cover_title, h1.cover_title",
                        null,
                        KST),
                new SiteRule(
                        "medium",
                        Pattern.compile("(^|\\.)medium\\.com$"),
                        "meta[property=al:android:package][content=com.medium.reader]",
                        List.of("article section", "article"),
                        chrome(
                                "[data-testid=headerClapButton]",
                                ".pw-multi-vote-icon",
                                "[aria-label=responses]",
                                ".speechify-ignore",
                                "[data-testid=storyReadTime]"),
                        "h1",
                        null,
                        ZoneOffset.UTC),
                new SiteRule(
                        "blogger",
                        Pattern.compile("\\.blogspot\\.com$"),
                        "meta[name=generator][content^=Blogger]",
                        List.of(".post-body", ".entry-content"),
                        chrome(".post-share-buttons", ".post-footer"),
                        ".post-title, h3.entry-title",
                        null,
                        ZoneOffset.UTC),
                new SiteRule(
                        "egloos",
                        Pattern.compile("\\.egloos\\.com$"),
                        null,
                        List.of(".hentry .content", ".post_content", ".posting", ".hentry"),
                        chrome(".post_info", ".post_taginfo"),
                        ".posttitle, .hentry .entry-title",
                        ".post_info abbr.published, .post_info",
                        KST),
                new SiteRule(
                        "wordpress",
                        null,
                        "meta[name=generator][content^=WordPress], link[href*=/wp-content/]",
                        List.of(".entry-content", ".post-content", ".single-content"),
                        chrome(".sharedaddy", ".jp-relatedposts", ".wpcnt", ".wp-block-buttons", ".post-navigation"),
                        null,
                        null,
                        ZoneOffset.UTC),
                new SiteRule(
                        "static-site",
                        null,
                        "meta[name=generator][content~=(?i)^(hexo|hugo|jekyll|gatsby|docusaurus)]",
                        List.of(
                                ".post-content",
                                ".article-entry",
                                ".post-body",
                                ".e-content",
                                ".markdown-body",
                                "article .content",
                                "article"),
                        chrome(".post-nav", ".pagination", ".post-meta", ".article-meta", ".toc", "#toc"),
                        null,
                        null,
                        ZoneOffset.UTC));
    }

    /** {@return the host of {@code doc}'s location, or {@code null}} */
    public static String hostOf(Document doc) {
        try {
            return java.net.URI.create(doc.location().replace(" ", "%20")).getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
