package dev.gleaner.ingest.html.internal;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;

/**
 * How to read one blogging platform: when the rule applies (a host pattern or markup that only the
 * platform produces), where the post body is, what inside it is chrome, and where its title and
 * date are. A rule is data: adding a platform is adding one of these.
 *
 * @param name the platform's name
 * @param hosts a pattern for the hosts it serves, or {@code null}
 * @param signature a CSS selector that only this platform's pages match, or {@code null}
 * @param content CSS selectors for the body, tried in order
 * @param remove CSS selectors of chrome to drop from the body
 * @param title a CSS selector for the title, or {@code null} to use the page metadata
 * @param date a CSS selector for a visible date, or {@code null}
 * @param offset the offset to assume for dates without one
 */
public record SiteRule(
        String name,
        Pattern hosts,
        String signature,
        List<String> content,
        List<String> remove,
        String title,
        String date,
        ZoneOffset offset) {

    /** Checks the fields. */
    public SiteRule {
        Objects.requireNonNull(name, "name");
        content = List.copyOf(content);
        remove = List.copyOf(remove);
        if (hosts == null && signature == null) {
            throw new IllegalArgumentException("site rule " + name + " needs a host pattern or a signature");
        }
        Objects.requireNonNull(offset, "offset");
    }

    /** {@return whether this rule applies to {@code doc} from {@code host}} */
    public boolean matches(Document doc, String host) {
        return servesHost(host) || (signature != null && doc.selectFirst(Css.of(signature)) != null);
    }

    /**
     * {@return whether the body this rule finds is an editor's document kept whole, as the platform's own
     * exporters keep it (Naver Blog's SmartEditor): its lines are the author's, none is boilerplate}
     */
    public boolean keepsEditorBody() {
        return name.equals("naver-blog");
    }

    /** {@return whether {@code host} is one of this platform's} */
    public boolean servesHost(String host) {
        return hosts != null && host != null && hosts.matcher(host).find();
    }
}
