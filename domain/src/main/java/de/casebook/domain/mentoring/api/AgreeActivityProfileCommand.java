package de.casebook.domain.mentoring.api;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record AgreeActivityProfileCommand(@TargetAggregateIdentifier String caseId, List<String> fields) {
}
