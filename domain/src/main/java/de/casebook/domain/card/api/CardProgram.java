package de.casebook.domain.card.api;

/**
 * The program an application is for, with the municipality's choices recorded at submission:
 * required years of prior engagement and validity in years ({@code null}: unlimited).
 */
public record CardProgram(String code, int requiredYears, Integer validityYears) {
}
