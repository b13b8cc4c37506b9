package de.casebook.domain.card.api;

import de.casebook.domain.shared.PersonalData;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Where the applicant volunteers, with the contact who confirms it (personal data of the contact). */
@PersonalData
public record Organisation(String name, String contactName, String contactEmail, BigDecimal hoursPerWeek,
                           Integer hoursPerYear, LocalDate since, String role, boolean unpaid) {
}
