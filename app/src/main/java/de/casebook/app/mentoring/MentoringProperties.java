package de.casebook.app.mentoring;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Defaults of the mentor programme (domain.md, section 1); a course may set its own. */
@ConfigurationProperties("casebook.mentoring")
public record MentoringProperties(
        @DefaultValue("40") BigDecimal requiredHours,
        @DefaultValue("3") int windowMonths,
        @DefaultValue("14") int maxParticipants,
        @DefaultValue({"Mentorat für Bürgerengagement", "Perspektiven erweitern – Engagement zum Anfassen",
                "Verbindungen schaffen"}) List<String> modules,
        @DefaultValue("12") BigDecimal maxSessionHours,
        @DefaultValue("0.25") BigDecimal hoursStep,
        @DefaultValue("3") int maxExtensionMonths,
        @DefaultValue Plausibility plausibility) {

    /**
     * What a trainer's sign-off may be: never more than {@code maxHoursPerDay} for one participant on
     * one day; sessions longer than {@code usualSessionHours}, older than {@code lateEntryDays}, or a
     * module already signed off for a participant that day need the trainer's confirmation.
     */
    public record Plausibility(@DefaultValue("12") BigDecimal maxHoursPerDay,
                               @DefaultValue("8") BigDecimal usualSessionHours,
                               @DefaultValue("14") int lateEntryDays) {
    }
}
