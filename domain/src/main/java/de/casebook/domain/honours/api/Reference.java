package de.casebook.domain.honours.api;

import de.casebook.domain.shared.DataSubject;
import de.casebook.domain.shared.PersonalData;

@PersonalData
public record Reference(String name, String email) implements DataSubject {

    @Override
    public String subjectName() {
        return name;
    }

    @Override
    public String subjectIdentity() {
        return DataSubject.identity(name, email);
    }

    @Override
    public String subjectEmail() {
        return email;
    }
}
