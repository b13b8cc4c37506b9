package de.casebook.domain.network.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ApplyForMembershipCommand(
        @TargetAggregateIdentifier String networkId,
        String applicationId,
        String municipality,
        String contactPerson,
        LocalDate councilResolutionDate,
        boolean declarationSigned,
        String cardProgramme) {
}
