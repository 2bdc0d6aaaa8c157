package kg.gov.kuzmat.web.faces;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;

/**
 * The id of a record in a page's address ({@code ?vacancy=12}). Letters, a negative number or one too
 * large for an id name no record: the page answers "not found" as for an id that does not exist, where
 * Faces' own number converter would leave the page to render without its record and fail.
 */
@FacesConverter("kuzmat.Id")
public class IdConverter implements Converter<Long> {

    @Override
    public Long getAsObject(FacesContext context, UIComponent component, String value) {
        return value != null && value.matches("\\d{1,18}") ? Long.valueOf(value) : null;
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Long value) {
        return value == null ? "" : value.toString();
    }
}
