package de.casebook.domain.mentoring.api;

/**
 * What a participant's case says back to a sign-off it took: {@code moduleRepeatedOnDay} when another
 * session of that day, not revoked, already covered the module (a warning for the trainer, no refusal).
 */
public record CourseHoursSignOff(boolean moduleRepeatedOnDay) {
}
