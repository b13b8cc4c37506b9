package de.casebook.domain.network.api;

import de.casebook.domain.shared.PersonalData;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

@Revision("1")
public record MembershipAppliedEvent(
        String networkId,
        String applicationId,
        String municipality,
        @PersonalData String contactPerson,
        LocalDate councilResolutionDate,
        boolean declarationSigned,
        String cardProgramme,
        List<MembershipPrerequisite> missingPrerequisites) {
}
