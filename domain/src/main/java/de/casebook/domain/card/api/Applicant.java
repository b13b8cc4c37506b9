package de.casebook.domain.card.api;

import de.casebook.domain.shared.DataSubject;
import de.casebook.domain.shared.PersonalData;
import java.time.LocalDate;

@PersonalData
public record Applicant(String name, LocalDate birthDate, String street, String postalCode, String city, String email)
        implements DataSubject {

    @Override
    public String subjectName() {
        return name;
    }

    @Override
    public String subjectIdentity() {
        return DataSubject.identity(name, birthDate);
    }

    @Override
    public LocalDate subjectBirthDate() {
        return birthDate;
    }

    @Override
    public String subjectEmail() {
        return email;
    }
}
