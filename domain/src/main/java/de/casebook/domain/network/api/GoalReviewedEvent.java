package de.casebook.domain.network.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

@Revision("1")
public record GoalReviewedEvent(
        String networkId,
        String goalId,
        GoalReviewOutcome outcome,
        String newText,
        String comment,
        LocalDate reviewedOn) {
}
