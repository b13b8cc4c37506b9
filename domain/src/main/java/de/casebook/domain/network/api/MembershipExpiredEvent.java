package de.casebook.domain.network.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

@Revision("1")
public record MembershipExpiredEvent(String networkId, String municipality, LocalDate endedOn) {
}
