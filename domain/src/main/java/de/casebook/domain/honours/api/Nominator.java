package de.casebook.domain.honours.api;

import de.casebook.domain.shared.DataSubject;
import de.casebook.domain.shared.PersonalData;

@PersonalData
public record Nominator(String name, String email, String organisation) implements DataSubject {

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
