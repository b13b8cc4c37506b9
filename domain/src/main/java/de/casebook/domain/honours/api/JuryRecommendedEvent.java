package de.casebook.domain.honours.api;

import java.math.BigDecimal;
import org.axonframework.serialization.Revision;

@Revision("1")
public record JuryRecommendedEvent(
        String caseId,
        BigDecimal averageScore,
        int votesInFavour,
        boolean recommended) {
}
