package de.casebook.domain.card.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;

/**
 * What the eligibility rules (the DMN table {@code card-eligibility}) decide on, computed from the
 * application and the organisations that confirmed it. Only confirmed organisations count.
 */
public record EligibilityFacts(String program, int age, BigDecimal hoursPerWeek, int hoursPerYear,
                               int yearsOfEngagement, int requiredYears, boolean unpaid, boolean resident,
                               String qualification, int confirmedOrganisations) {

    public static final String JUBILEE = "nrw-jubilaeum";

    public static EligibilityFacts of(CardApplicationSubmittedEvent application, Set<Integer> confirmed,
                                      LocalDate today, boolean resident) {
        var counted = confirmed.stream().sorted().map(application.organisations()::get).toList();
        var weekly = counted.stream().map(Organisation::hoursPerWeek).filter(hours -> hours != null)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        var yearly = counted.stream().map(Organisation::hoursPerYear).filter(hours -> hours != null)
                .mapToInt(Integer::intValue).sum();
        return new EligibilityFacts(application.program().code(),
                Period.between(application.applicant().birthDate(), today).getYears(), weekly, yearly,
                years(application.program().code(), counted, today), application.program().requiredYears(),
                counted.stream().allMatch(Organisation::unpaid), resident,
                application.qualification() == null ? "" : application.qualification(), counted.size());
    }

    /**
     * Full years of engagement: the longest single engagement, or, for the jubilee card, where
     * interruptions are allowed and organisations add up, the sum of all of them.
     */
    private static int years(String program, List<Organisation> organisations, LocalDate today) {
        var months = organisations.stream().map(organisation -> Period.between(organisation.since(), today))
                .mapToLong(Period::toTotalMonths);
        return (int) ((JUBILEE.equals(program) ? months.sum() : months.max().orElse(0)) / 12);
    }
}
