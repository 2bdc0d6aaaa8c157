package kg.gov.kuzmat.web.faces;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.PropertyNotWritableException;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Lets pages read a record's components as properties ({@code #{vacancy.title}}). The service layer
 * returns records; Jakarta EL 5 (EE 10) only knows getters, EL 6 does this itself.
 */
public class RecordELResolver extends ELResolver {

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        return component(base, property).map(component -> {
            context.setPropertyResolved(base, property);
            try {
                return component.getAccessor().invoke(base);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new ELException("Cannot read " + property + " of " + base.getClass().getName(), e);
            }
        }).orElse(null);
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        Optional<RecordComponent> component = component(base, property);
        if (component.isPresent()) {
            context.setPropertyResolved(base, property);
        }
        // Read-only: nothing can be written into a record.
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        if (component(base, property).isPresent()) {
            throw new PropertyNotWritableException(property + " of a " + base.getClass().getSimpleName() + " is read-only");
        }
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        if (component(base, property).isPresent()) {
            context.setPropertyResolved(base, property);
            return true;
        }
        return false;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return base instanceof Record ? String.class : null;
    }

    /** Components by name, per record class: asking the class each time costs most of a page's rendering. */
    private static final ClassValue<Map<String, RecordComponent>> COMPONENTS = new ClassValue<>() {
        @Override
        protected Map<String, RecordComponent> computeValue(Class<?> type) {
            return Arrays.stream(type.getRecordComponents())
                    .collect(Collectors.toUnmodifiableMap(RecordComponent::getName, Function.identity()));
        }
    };

    private static Optional<RecordComponent> component(Object base, Object property) {
        if (!(base instanceof Record) || !(property instanceof String name)) {
            return Optional.empty();
        }
        return Optional.ofNullable(COMPONENTS.get(base.getClass()).get(name));
    }
}
