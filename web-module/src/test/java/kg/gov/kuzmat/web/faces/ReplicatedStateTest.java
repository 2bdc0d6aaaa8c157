package kg.gov.kuzmat.web.faces;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * On a cluster every view- and session-scoped bean is copied to the other node after each request; one
 * field that cannot be serialized stops the whole session from replicating, silently (the person is
 * signed out after a failover). Every field such a bean keeps must therefore be serializable or transient.
 */
class ReplicatedStateTest {

    @Test
    void everyFieldOfAReplicatedBeanCanTravelToTheOtherNode() throws Exception {
        List<Class<?>> beans = replicatedBeans();
        assertFalse(beans.isEmpty(), "the scan finds the backing beans");
        List<String> problems = new ArrayList<>();
        for (Class<?> bean : beans) {
            if (!Serializable.class.isAssignableFrom(bean)) {
                problems.add(bean.getSimpleName() + " is not Serializable");
            }
            for (Field field : bean.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers)
                        || field.isAnnotationPresent(EJB.class) || field.isAnnotationPresent(Inject.class)) {
                    continue; // container proxies are serializable, and transient fields are read again
                }
                if (!travels(field.getGenericType())) {
                    problems.add(bean.getSimpleName() + "." + field.getName() + ": " + field.getGenericType().getTypeName());
                }
            }
        }
        assertTrue(problems.isEmpty(), "not serializable: " + problems);
    }

    private static boolean travels(Type type) {
        if (type instanceof Class<?> plain) {
            return plain.isPrimitive() || plain.isArray() && travels(plain.getComponentType())
                    || Serializable.class.isAssignableFrom(plain);
        }
        if (type instanceof ParameterizedType generic) {
            Class<?> raw = (Class<?>) generic.getRawType();
            boolean container = Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw);
            return (container || travels(raw)) && Stream.of(generic.getActualTypeArguments()).allMatch(ReplicatedStateTest::travels);
        }
        if (type instanceof WildcardType wildcard) {
            return Stream.of(wildcard.getUpperBounds()).allMatch(ReplicatedStateTest::travels);
        }
        return false;
    }

    private static List<Class<?>> replicatedBeans() throws IOException, URISyntaxException, ClassNotFoundException {
        Path classes = Path.of(ReplicatedStateTest.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolveSibling("classes");
        List<Class<?>> beans = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class") && !f.getFileName().toString().contains("$")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, ReplicatedStateTest.class.getClassLoader());
                if (type.isAnnotationPresent(ViewScoped.class) || type.isAnnotationPresent(SessionScoped.class)) {
                    beans.add(type);
                }
            }
        }
        return beans;
    }
}
