package kg.gov.kuzmat.api.vacancy;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import kg.gov.kuzmat.api.Problem;
import kg.gov.kuzmat.vacancy.SearchResult;
import kg.gov.kuzmat.vacancy.VacancyCatalogue;
import kg.gov.kuzmat.vacancy.VacancySummary;
import kg.gov.kuzmat.web.i18n.LocalizedText;
import kg.gov.kuzmat.web.vacancy.SearchParameters;

import java.time.Clock;
import java.time.LocalDate;

/**
 * {@code /api/v1/vacancies}: the public search (the same parameters as the search page, see
 * {@link SearchParameters}) and single vacancies. Drafts do not exist here.
 */
@Path("/vacancies")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class VacanciesResource {

    static final int DEFAULT_PAGE_SIZE = 20;

    @EJB
    private VacancyCatalogue catalogue;

    @Inject
    private Clock clock;

    @Context
    private UriInfo uri;

    @Context
    private HttpHeaders headers;

    @GET
    public Response search() {
        SearchParameters.Parsed parsed = SearchParameters.parse(name -> uri.getQueryParameters().getFirst(name), DEFAULT_PAGE_SIZE);
        if (!parsed.valid()) {
            return invalidSearch(parsed, headers);
        }
        SearchResult<VacancySummary> page = catalogue.search(parsed.search());
        LocalDate today = LocalDate.now(clock);
        return Response.ok(new SearchPageJson(page.items().stream().map(item -> SummaryJson.of(item, today)).toList(),
                page.total(), page.moreThanTotal(), page.page() + 1, page.size(), page.pageCount())).build();
    }

    @GET
    @Path("{id}")
    public Response vacancy(@PathParam("id") String id) {
        try {
            return catalogue.findPublic(Long.parseLong(id))
                    .map(vacancy -> Response.ok(VacancyJson.of(vacancy, vacancy.statusAsOf(clock).name())).build())
                    .orElseGet(() -> noSuchVacancy(id));
        } catch (NumberFormatException notAnId) {
            return noSuchVacancy(id);
        }
    }

    /** 400 naming every refused parameter and what it accepts, in the client's language. */
    static Response invalidSearch(SearchParameters.Parsed parsed, HttpHeaders headers) {
        LocalizedText texts = Problem.texts(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        return Problem.response(Response.Status.BAD_REQUEST, texts, parsed.invalid().stream()
                .map(name -> new Problem.InvalidParameter(name, SearchParameters.accepted(name, texts))).toList(), "api.problem.invalidSearch");
    }

    private Response noSuchVacancy(String id) {
        return Problem.response(Response.Status.NOT_FOUND, Problem.texts(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)),
                "api.problem.noSuchVacancy", id.length() > 40 ? id.substring(0, 40) + "…" : id);
    }
}
