package de.casebook.domain.honours.api;

import de.casebook.domain.shared.DataSubject;
import de.casebook.domain.shared.PersonalData;
import java.time.LocalDate;

/** The person nominated; never contacted while the case runs. {@code diedOn} is set when known. */
@PersonalData
public record Nominee(String name, LocalDate birthDate, String street, String postalCode, String city,
                      String organisation, LocalDate diedOn) implements DataSubject {

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
}
