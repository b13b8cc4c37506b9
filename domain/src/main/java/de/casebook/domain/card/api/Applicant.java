package de.casebook.domain.card.api;

import de.casebook.domain.shared.PersonalData;
import java.time.LocalDate;

@PersonalData
public record Applicant(String name, LocalDate birthDate, String street, String postalCode, String city, String email) {
}
