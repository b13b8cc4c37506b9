package de.casebook.domain.mentoring.api;

import de.casebook.domain.shared.DataSubject;
import de.casebook.domain.shared.PersonalData;

@PersonalData
public record Participant(String name, String email, String phone) implements DataSubject {

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
