package de.casebook.domain.network.api;

/** A goal of a network, reviewed every {@code reviewEveryMonths} months. */
public record Goal(String goalId, String text, int reviewEveryMonths) {
}
