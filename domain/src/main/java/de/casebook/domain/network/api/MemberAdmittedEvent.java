package de.casebook.domain.network.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A municipality became a member; {@code memberUntil} is null when memberships have no term. */
@Revision("1")
public record MemberAdmittedEvent(String networkId, String applicationId, String municipality, LocalDate admittedOn,
                                  LocalDate memberUntil) {
}
