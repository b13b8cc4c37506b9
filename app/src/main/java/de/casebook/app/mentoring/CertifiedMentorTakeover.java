package de.casebook.app.mentoring;

import de.casebook.app.cases.CaseClaims;
import de.casebook.app.cases.CaseCommands;
import de.casebook.app.cases.CaseTypes;
import de.casebook.app.readmodel.SearchKeys;
import de.casebook.app.security.Actor;
import de.casebook.app.takeover.RowReader;
import de.casebook.app.takeover.TakeoverKind;
import de.casebook.domain.mentoring.Qualification;
import de.casebook.domain.mentoring.api.Participant;
import de.casebook.domain.mentoring.api.TakeOverCertifiedMentorCommand;
import de.casebook.domain.shared.DomainException;
import de.casebook.domain.shared.TakenOverFrom;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Mentors certified before Casebook, from the previous register: each row a certified qualification
 * case without a course; a person (name and e-mail address) is taken over once.
 */
@Component
class CertifiedMentorTakeover implements TakeoverKind<CertifiedMentorTakeover.Mentor> {

    static final String RULE = "qualification-takeover";
    static final Column NAME = Column.required("Name");
    static final Column EMAIL = Column.required("E-Mail", "Mail", "E-Mail-Adresse");
    static final Column PHONE = Column.optional("Telefon", "Telefonnummer");
    static final Column CERTIFIED_ON = Column.required("Zertifiziert am", "Zertifikat vom", "Zertifizierung");
    static final Column CERTIFICATE_NUMBER = Column.required("Zertifikatsnummer", "Zertifikat-Nr.", "Zertifikat");

    record Mentor(Participant person, LocalDate certifiedOn, String certificateNumber) {
    }

    private final CaseCommands commands;
    private final CaseClaims claims;

    CertifiedMentorTakeover(CaseCommands commands, CaseClaims claims) {
        this.commands = commands;
        this.claims = claims;
    }

    @Override
    public String code() {
        return "certified-mentors";
    }

    @Override
    public String caseType() {
        return CaseTypes.QUALIFICATION;
    }

    @Override
    public List<Column> columns() {
        return List.of(NAME, EMAIL, PHONE, CERTIFIED_ON, CERTIFICATE_NUMBER);
    }

    @Override
    public Mentor read(RowReader row, String municipality, LocalDate today) {
        var name = row.personName(NAME);
        var email = row.email(EMAIL);
        var phone = row.text(PHONE, 50);
        var certifiedOn = row.date(CERTIFIED_ON);
        var certificateNumber = row.text(CERTIFICATE_NUMBER, 100);
        if (!row.fine()) {
            return null;
        }
        try {
            Qualification.checkTakeOver(certifiedOn, today);
        } catch (DomainException refused) {
            row.refusedBy(CERTIFIED_ON, refused);
            return null;
        }
        return new Mentor(new Participant(name, email, phone), certifiedOn, certificateNumber);
    }

    @Override
    public String duplicateKey(Mentor row) {
        return SearchKeys.of(row.person().name()) + "\u001f" + row.person().email().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public Map<Integer, String> alreadyThere(List<Mentor> rows, String municipality) {
        return claims.holders(RULE, rows.stream().map(CertifiedMentorTakeover::claimParts).toList(), true);
    }

    @Override
    public void takeOver(Mentor row, String caseId, String caseNumber, TakenOverFrom source, Actor actor) {
        claims.claimOnce(RULE, "qualification.mentor-taken-over", caseId, caseNumber, claimParts(row));
        commands.send(new TakeOverCertifiedMentorCommand(caseId, caseNumber, actor.municipality(), row.person(),
                row.certifiedOn(), row.certificateNumber(), source), actor);
    }

    private static Object[] claimParts(Mentor row) {
        return new Object[] {row.person().name(), row.person().email().toLowerCase(java.util.Locale.ROOT)};
    }
}
