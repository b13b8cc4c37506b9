package de.casebook.domain.network.api;

public enum NetworkKind {
    CITIES, MUNICIPALITIES, DISTRICTS, STATE
}
