package de.casebook.domain.network.api;

import de.casebook.domain.shared.DataSubject;
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
        List<MembershipPrerequisite> missingPrerequisites) implements DataSubject {

    /** The contact person is the data subject, told apart from namesakes by the municipality they speak for. */
    @Override
    public String subjectName() {
        return contactPerson;
    }

    @Override
    public String subjectIdentity() {
        return DataSubject.identity(contactPerson, municipality);
    }
}
