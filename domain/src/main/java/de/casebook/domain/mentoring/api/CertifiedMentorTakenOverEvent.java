package de.casebook.domain.mentoring.api;

import de.casebook.domain.shared.TakenOverFrom;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * The case opens with a mentor certified before Casebook (outside any course held here): the case
 * is certified and ended from the start; the certificate keeps its number from the previous register.
 */
@Revision("1")
public record CertifiedMentorTakenOverEvent(
        String caseId,
        String caseNumber,
        String municipality,
        Participant mentor,
        LocalDate certifiedOn,
        String previousCertificateNumber,
        LocalDate takenOverOn,
        TakenOverFrom source) {
}
