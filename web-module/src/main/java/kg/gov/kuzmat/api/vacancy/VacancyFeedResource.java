package kg.gov.kuzmat.api.vacancy;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import kg.gov.kuzmat.mail.MailTexts;
import kg.gov.kuzmat.platform.ClockProducer;
import kg.gov.kuzmat.vacancy.SearchResult;
import kg.gov.kuzmat.vacancy.VacancyCatalogue;
import kg.gov.kuzmat.vacancy.VacancySearch;
import kg.gov.kuzmat.vacancy.VacancySort;
import kg.gov.kuzmat.vacancy.VacancySummary;
import kg.gov.kuzmat.web.i18n.LanguagePreference;
import kg.gov.kuzmat.web.faces.Dates;
import kg.gov.kuzmat.web.i18n.LocalizedText;
import kg.gov.kuzmat.web.vacancy.SearchParameters;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * {@code /api/v1/feed}: an Atom feed of the newest published vacancies, filtered with the search's
 * parameters, so that a reader or another site can follow a saved search.
 */
@Path("/feed")
@RequestScoped
public class VacancyFeedResource {

    public static final String ATOM = "application/atom+xml";
    private static final String ATOM_NS = "http://www.w3.org/2005/Atom";
    private static final int ENTRIES = 50;

    @EJB
    private VacancyCatalogue catalogue;

    @Inject
    private LanguagePreference language;

    @Inject
    private Clock clock;

    @Context
    private UriInfo uri;

    @Inject
    private MailTexts links;

    @Context
    private HttpHeaders headers;

    @GET
    @Produces(ATOM)
    public Response feed() {
        SearchParameters.Parsed parsed = SearchParameters.parse(name -> uri.getQueryParameters().getFirst(name), ENTRIES);
        if (!parsed.valid()) {
            return VacanciesResource.invalidSearch(parsed, headers);
        }
        VacancySearch requested = parsed.search();
        VacancySearch newest = new VacancySearch(requested.query(), requested.agencyCode(), requested.agencyType(),
                requested.region(), requested.positionGroup(), requested.salaryFrom(), requested.competitionType(),
                true, VacancySort.NEWEST, 0, ENTRIES);
        SearchResult<VacancySummary> page = catalogue.search(newest);
        // Links from the configured public address, never from the request's Host header: kept public
        // copies of this feed would hand a forged host to every later reader.
        URI portal = URI.create(links.link("/"));
        URI self = URI.create(links.link(uri.getRequestUri().getRawPath()
                + (uri.getRequestUri().getRawQuery() == null ? "" : "?" + uri.getRequestUri().getRawQuery())));
        String searchQuery = SearchParameters.queryString(newest, 0);
        StreamingOutput body = out -> write(out, page, portal, self, searchQuery);
        return Response.ok(body, ATOM + ";charset=UTF-8").build();
    }

    private void write(OutputStream out, SearchResult<VacancySummary> page, URI portal, URI self, String searchQuery) {
        LocalizedText text = new LocalizedText(language.getLocale());
        try {
            XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
            xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM_NS);
            xml.writeAttribute("xml:lang", language.getCode());
            element(xml, "id", "urn:kuzmat:vacancies:" + searchQuery);
            element(xml, "title", text.text("portal.name") + " — " + text.text("home.vacancies.caption"));
            element(xml, "updated", timestamp(page.items().stream().map(VacancySummary::publishedOn)
                    .max(LocalDate::compareTo).orElse(LocalDate.now(clock))));
            link(xml, "self", self.toString());
            link(xml, "alternate", portal + (searchQuery.isEmpty() ? "" : "?" + searchQuery));
            for (VacancySummary vacancy : page.items()) {
                xml.writeStartElement("entry");
                element(xml, "id", "urn:kuzmat:vacancy:" + vacancy.id());
                element(xml, "title", vacancy.title());
                element(xml, "updated", timestamp(vacancy.publishedOn()));
                link(xml, "alternate", portal + "vacancy.xhtml?id=" + vacancy.id());
                xml.writeStartElement("author");
                element(xml, "name", vacancy.agencyName().in(language.getLocale()));
                xml.writeEndElement();
                element(xml, "summary", vacancy.agencyName().in(language.getLocale()) + ". "
                        + text.text("vacancy.deadline") + ": " + Dates.format(vacancy.applicationDeadline()));
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write the vacancy feed", e);
        }
    }

    private static String timestamp(LocalDate day) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(day.atStartOfDay(ClockProducer.BISHKEK));
    }

    private static void element(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
    }
}
