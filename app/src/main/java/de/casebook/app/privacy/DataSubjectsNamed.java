package de.casebook.app.privacy;

import de.casebook.domain.shared.DataSubject;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The data subjects a payload names, found by walking its records and lists, each with the role it names them in. */
final class DataSubjectsNamed {

    /** The roles that make a person the one a case is about; others (contacts, references, nominators) are named in it. */
    static final List<String> PRIMARY_ROLES = List.of("applicant", "participant", "nominee", "holder", "mentor",
            "candidate", "trainer");

    record Named(String role, DataSubject subject) {
        boolean primary() {
            return PRIMARY_ROLES.contains(role);
        }
    }

    private DataSubjectsNamed() {
    }

    static List<Named> in(Object payload) {
        var found = new ArrayList<Named>();
        if (payload instanceof DataSubject subject) {
            found.add(new Named("contact-person", subject));
        }
        walk(payload, found, 0);
        return found;
    }

    private static void walk(Object value, List<Named> found, int depth) {
        if (value == null || depth > 4 || !value.getClass().isRecord()) {
            return;
        }
        for (var component : value.getClass().getRecordComponents()) {
            Object child;
            try {
                child = component.getAccessor().invoke(value);
            } catch (IllegalAccessException | InvocationTargetException e) {
                continue;
            }
            var children = child instanceof Collection<?> many ? many : child == null ? List.of() : List.of(child);
            for (var element : children) {
                if (element instanceof DataSubject subject) {
                    found.add(new Named(singular(component.getName()), subject));
                }
                walk(element, found, depth + 1);
            }
        }
    }

    private static String singular(String name) {
        return name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
    }
}
