package de.casebook.domain.network.api;

import org.axonframework.serialization.Revision;

@Revision("1")
public record GrantDeclinedEvent(String networkId, String grantId, String municipality, String reason) {
}
