package de.casebook.domain.mentoring.api;

import de.casebook.domain.shared.PersonalData;

@PersonalData
public record Participant(String name, String email, String phone) {
}
