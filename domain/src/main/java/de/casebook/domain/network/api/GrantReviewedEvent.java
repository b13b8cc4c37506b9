package de.casebook.domain.network.api;

import org.axonframework.serialization.Revision;

@Revision("1")
public record GrantReviewedEvent(String networkId, String grantId, boolean recommendApproval, String comment) {
}
