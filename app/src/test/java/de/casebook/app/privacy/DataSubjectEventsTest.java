package de.casebook.app.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import de.casebook.domain.shared.DataSubject;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every event that names a person is read by the data subject projection, so that the officer finds them. */
class DataSubjectEventsTest {

    @Test
    void everyEventNamingAPersonIsProjected() {
        var naming = new TreeSet<String>();
        new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("de.casebook.domain").stream()
                .filter(type -> type.getSimpleName().endsWith("Event"))
                .map(type -> type.reflect())
                .filter(type -> type.isRecord() && namesAPerson(type, new HashSet<>()))
                .forEach(type -> naming.add(type.getName()));
        var projected = new TreeSet<String>();
        DataSubjectProjection.NAMING.forEach(type -> projected.add(type.getName()));
        assertThat(naming).isNotEmpty().isEqualTo(projected);
    }

    private static boolean namesAPerson(Type type, Set<Type> seen) {
        if (!seen.add(type)) {
            return false;
        }
        if (type instanceof ParameterizedType generic) {
            for (var argument : generic.getActualTypeArguments()) {
                if (namesAPerson(argument, seen)) {
                    return true;
                }
            }
            return namesAPerson(generic.getRawType(), seen);
        }
        if (!(type instanceof Class<?> cls)) {
            return false;
        }
        if (DataSubject.class.isAssignableFrom(cls)) {
            return true;
        }
        if (!cls.isRecord()) {
            return false;
        }
        for (var component : cls.getRecordComponents()) {
            if (namesAPerson(component.getGenericType(), seen)) {
                return true;
            }
        }
        return false;
    }
}
