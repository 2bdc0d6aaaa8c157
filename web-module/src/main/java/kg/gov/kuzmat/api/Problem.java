package kg.gov.kuzmat.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

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

    public static Response response(Response.Status status, String detail) {
        return response(status, detail, List.of());
    }

    public static Response response(Response.Status status, String detail, List<InvalidParameter> invalid) {
        Problem problem = new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail,
                invalid.isEmpty() ? null : invalid);
        return Response.status(status).type(PROBLEM_JSON).entity(problem).build();
    }
}
