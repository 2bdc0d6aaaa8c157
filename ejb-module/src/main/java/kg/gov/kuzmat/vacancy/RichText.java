package kg.gov.kuzmat.vacancy;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The formatting HR officers may use in a vacancy's duties and requirements. Anything else — scripts,
 * styles, event handlers, other elements — is removed before the text is stored, so no stored markup
 * can run in a reader's browser.
 */
public final class RichText {

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "ul", "ol", "li", "b", "strong", "i", "em", "u", "h3", "h4", "blockquote")
            .allowElements("a")
            .allowUrlProtocols("https", "http", "mailto")
            .allowAttributes("href").onElements("a")
            .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
            .toFactory();

    private RichText() {
    }

    public static String sanitize(String html) {
        return html == null ? "" : POLICY.sanitize(html).strip();
    }

    /** The words a reader sees, without markup: for the search index and for previews. */
    public static String plainText(String html) {
        return html == null ? "" : html.replaceAll("<[^>]*>", " ").replace("&nbsp;", " ").replaceAll("\\s+", " ").strip();
    }
}
