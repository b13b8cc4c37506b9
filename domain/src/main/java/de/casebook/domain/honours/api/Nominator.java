package de.casebook.domain.honours.api;

import de.casebook.domain.shared.PersonalData;

@PersonalData
public record Nominator(String name, String email, String organisation) {
}
