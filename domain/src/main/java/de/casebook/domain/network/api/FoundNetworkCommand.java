package de.casebook.domain.network.api;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record FoundNetworkCommand(
        @TargetAggregateIdentifier String networkId,
        String caseNumber,
        String name,
        NetworkKind kind,
        String leadOrganisation,
        List<String> coordinators,
        List<Goal> goals,
        LocalDate endDate,
        int meetingsPerYear,
        GrantRules grantRules,
        List<MembershipPrerequisite> membershipPrerequisites,
        Integer membershipTermYears) {
}
