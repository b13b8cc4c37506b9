package de.casebook.domain.network.api;

import org.axonframework.serialization.Revision;

@Revision("1")
public record GrantClosedEvent(String networkId, String grantId, String comment) {
}
