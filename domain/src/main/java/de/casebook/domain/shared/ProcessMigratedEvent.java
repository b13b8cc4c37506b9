package de.casebook.domain.shared;

import org.axonframework.serialization.Revision;

/** The case's process now runs on version {@code toVersion} of its model (who moved it: the metadata). */
@Revision("1")
public record ProcessMigratedEvent(String caseId, String processKey, int fromVersion, int toVersion) {
}
