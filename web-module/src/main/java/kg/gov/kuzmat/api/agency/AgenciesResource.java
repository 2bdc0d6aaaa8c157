package kg.gov.kuzmat.api.agency;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import kg.gov.kuzmat.agency.Agency;
import kg.gov.kuzmat.agency.AgencyDirectory;
import kg.gov.kuzmat.api.NamesJson;

import java.util.List;

/** {@code /api/v1/agencies}: the directory of state and municipal bodies. */
@Path("/agencies")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AgenciesResource {

    @EJB
    private AgencyDirectory directory;

    /** An agency of the directory. */
    public record AgencyJson(String code, NamesJson name, String type, String region) {
        static AgencyJson of(Agency agency) {
            return new AgencyJson(agency.getCode(), NamesJson.of(agency.getName()), agency.getType().name(),
                    agency.getRegion().name());
        }
    }

    @GET
    public List<AgencyJson> agencies() {
        return directory.findAll().stream().map(AgencyJson::of).toList();
    }
}
