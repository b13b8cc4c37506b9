package de.casebook.domain.card.api;

import de.casebook.domain.shared.DataSubject;
import de.casebook.domain.shared.PersonalData;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Where the applicant volunteers, with the contact who confirms it: the contact's name and address
 * are the contact's personal data; the engagement is the applicant's.
 */
public record Organisation(String name, @PersonalData String contactName, @PersonalData String contactEmail,
                           BigDecimal hoursPerWeek, Integer hoursPerYear, LocalDate since, String role, boolean unpaid)
        implements DataSubject {

    @Override
    public String subjectName() {
        return contactName;
    }

    @Override
    public String subjectIdentity() {
        return DataSubject.identity(contactName, contactEmail);
    }

    @Override
    public String subjectEmail() {
        return contactEmail;
    }
}
