package kg.gov.kuzmat.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import kg.gov.kuzmat.web.i18n.LocalizedText;

import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Every failure of the API answers with a problem document; unexpected ones are logged once, here. */
public final class ProblemMappers {

    private ProblemMappers() {
    }

    /** 404 for unknown paths, 405 for wrong methods, 406 for unacceptable types, and the like. */
    @Provider
    public static class HttpErrors implements ExceptionMapper<WebApplicationException> {

        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(WebApplicationException exception) {
            Response.Status status = Response.Status.fromStatusCode(exception.getResponse().getStatus());
            if (status == null) {
                status = Response.Status.BAD_REQUEST;
            }
            return answer(status, headers);
        }

        static Response answer(Response.Status status, HttpHeaders headers) {
            LocalizedText texts = Problem.texts(headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
            return KNOWN.contains(status.getStatusCode())
                    ? Problem.response(status, texts, "api.problem.http." + status.getStatusCode())
                    : Problem.response(status, texts, "api.problem.http", status.getStatusCode());
        }

        private static final Set<Integer> KNOWN = Set.of(400, 404, 405, 406, 415);
    }

    @Provider
    public static class Unexpected implements ExceptionMapper<RuntimeException> {

        private static final Logger LOG = Logger.getLogger(Unexpected.class.getName());

        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(RuntimeException exception) {
            if (exception instanceof WebApplicationException web) {
                Response.Status status = Response.Status.fromStatusCode(web.getResponse().getStatus());
                return HttpErrors.answer(status == null ? Response.Status.BAD_REQUEST : status, headers);
            }
            LOG.log(Level.SEVERE, "Open-data API request failed", exception);
            return Problem.response(Response.Status.INTERNAL_SERVER_ERROR,
                    Problem.texts(headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)), "api.problem.unexpected");
        }
    }
}
