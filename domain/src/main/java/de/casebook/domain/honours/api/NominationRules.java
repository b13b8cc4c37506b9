package de.casebook.domain.honours.api;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The formal rules of one award kind as the municipality configured them when the nomination came
 * in: minimum years of engagement and age, minimum length of the justification, how recent the
 * merits must be, and the call's deadline (prizes). Absent values do not apply.
 */
public record NominationRules(int minYears, Integer minAge, int minJustificationLength, Integer meritsWithinYears,
                              LocalDate deadline, List<String> jury, int quorum) {

    /** What keeps the nomination from passing the formal check; empty when it meets every rule. */
    public List<String> findings(NominationSubmittedEvent nomination, String supplements, LocalDate today) {
        var findings = new ArrayList<String>();
        var nominee = nomination.nominee();
        if (normalised(nomination.nominator().name()).equals(normalised(nominee.name()))) {
            findings.add("self-nomination");
        }
        if (nominee.diedOn() != null) {
            findings.add("nominee-deceased");
        }
        if (Period.between(nomination.engagementSince(), today).getYears() < minYears) {
            findings.add("too-few-years");
        }
        if (minAge != null && Period.between(nominee.birthDate(), today).getYears() < minAge) {
            findings.add("too-young");
        }
        var justification = nomination.justification().strip().length() + (supplements == null ? 0 : supplements.length());
        if (justification < minJustificationLength) {
            findings.add("justification-too-short");
        }
        if (meritsWithinYears != null && nomination.engagementUntil() != null
                && nomination.engagementUntil().isBefore(today.minusYears(meritsWithinYears))) {
            findings.add("merits-too-old");
        }
        if (deadline != null && nomination.submittedOn().isAfter(deadline)) {
            findings.add("after-deadline");
        }
        return findings;
    }

    private static String normalised(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.GERMAN);
    }
}
