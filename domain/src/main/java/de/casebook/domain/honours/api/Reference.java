package de.casebook.domain.honours.api;

import de.casebook.domain.shared.PersonalData;

@PersonalData
public record Reference(String name, String email) {
}
