package de.casebook.domain.network.api;

import org.axonframework.serialization.Revision;

@Revision("1")
public record MembershipDeclinedEvent(String networkId, String applicationId, String municipality, String reason) {
}
