package kg.gov.kuzmat.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.logging.Level;
import java.util.logging.Logger;

/** Every failure of the API answers with a problem document; unexpected ones are logged once, here. */
public final class ProblemMappers {

    private ProblemMappers() {
    }

    /** 404 for unknown paths, 405 for wrong methods, 406 for unacceptable types, and the like. */
    @Provider
    public static class HttpErrors implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException exception) {
            Response.Status status = Response.Status.fromStatusCode(exception.getResponse().getStatus());
            if (status == null) {
                status = Response.Status.BAD_REQUEST;
            }
            return Problem.response(status, status.getReasonPhrase());
        }
    }

    @Provider
    public static class Unexpected implements ExceptionMapper<RuntimeException> {

        private static final Logger LOG = Logger.getLogger(Unexpected.class.getName());

        @Override
        public Response toResponse(RuntimeException exception) {
            if (exception instanceof WebApplicationException web) {
                return new HttpErrors().toResponse(web);
            }
            LOG.log(Level.SEVERE, "Open-data API request failed", exception);
            return Problem.response(Response.Status.INTERNAL_SERVER_ERROR,
                    "The request could not be completed. Please try again later.");
        }
    }
}
