package de.casebook.app.platform;

import java.util.Locale;
import java.util.Map;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * How documents name a municipality: {@code casebook.municipalities.<code>.name} ("Stadt Musterstadt"),
 * {@code .place} (the town a letter is dated in) and {@code .office} (who signs for it). A municipality
 * without settings is named after its code, so that no document ever prints a blank.
 */
@Component
public class Municipalities {

    public record Municipality(String name, String place, String office) {
    }

    private final Map<String, Municipality> configured;

    Municipalities(Environment environment) {
        this.configured = Binder.get(environment)
                .bind("casebook.municipalities", Bindable.mapOf(String.class, Municipality.class))
                .orElse(Map.of());
    }

    public Municipality of(String code) {
        var fallback = fallbackName(code);
        var settings = configured.get(code);
        if (settings == null) {
            return new Municipality(fallback, fallback, "Stadtverwaltung " + fallback);
        }
        var place = settings.place() == null ? fallback : settings.place();
        return new Municipality(settings.name() == null ? place : settings.name(), place,
                settings.office() == null ? "Stadtverwaltung " + place : settings.office());
    }

    private static String fallbackName(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        return code.substring(0, 1).toUpperCase(Locale.GERMANY) + code.substring(1);
    }
}
