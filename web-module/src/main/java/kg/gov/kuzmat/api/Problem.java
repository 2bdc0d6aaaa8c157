package kg.gov.kuzmat.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import kg.gov.kuzmat.web.i18n.LocalizedText;

import java.util.List;
import java.util.Locale;

/**
 * An RFC 9457 problem document: what went wrong, in words a client developer can act on. Never a
 * stack trace.
 */
public record Problem(String type, String title, int status, String detail, List<InvalidParameter> invalidParams) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType PROBLEM_JSON = MediaType.valueOf(MEDIA_TYPE);

    /** One query parameter whose value was refused, and what is accepted instead. */
    public record InvalidParameter(String name, String reason) {
    }

    /** The languages a problem is told in; English for a client that asks for none of them. */
    private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.forLanguageTag("ru"), Locale.forLanguageTag("ky"));

    /**
     * The portal's texts in the language the client asks for in {@code Accept-Language}, among Kyrgyz,
     * Russian and English. A client that names none of them (most scripts name none) is answered in
     * English, the language of the API's description.
     */
    public static LocalizedText texts(String acceptLanguage) {
        Locale chosen = null;
        try {
            chosen = acceptLanguage == null || acceptLanguage.isBlank() ? null
                    : Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), LANGUAGES);
        } catch (IllegalArgumentException unreadable) {
            // a header nobody can read asks for nothing
        }
        return new LocalizedText(chosen == null ? Locale.ENGLISH : chosen);
    }

    public static Response response(Response.Status status, LocalizedText texts, String detailKey, Object... arguments) {
        return response(status, texts, List.of(), detailKey, arguments);
    }

    public static Response response(Response.Status status, LocalizedText texts, List<InvalidParameter> invalid, String detailKey,
                                    Object... arguments) {
        String detail = arguments.length == 0 ? texts.text(detailKey) : texts.format(detailKey, arguments);
        Problem problem = new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail,
                invalid.isEmpty() ? null : invalid);
        return Response.status(status).type(PROBLEM_JSON).language(texts.locale()).entity(problem).build();
    }
}
