package de.casebook.app.cases;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The prefixes of case numbers per case type, e.g. {@code EK} for {@code EK-2026-00042}. */
@ConfigurationProperties("casebook.case-numbers")
public record CaseNumberProperties(
        @DefaultValue("BM") String qualification,
        @DefaultValue("EK") String cardApplication,
        @DefaultValue("EH") String nomination,
        @DefaultValue("NW") String network,
        @DefaultValue("MT") String trainerQualification) {
}
