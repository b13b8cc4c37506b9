package de.casebook.app.training;

import de.casebook.app.cases.CaseEvents;
import de.casebook.app.mentoring.QualificationView;
import de.casebook.app.security.Actor;
import de.casebook.app.security.Role;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see a trainer qualification case: staff, auditors and admins of its municipality, the
 * coordinators who decide on it, and the municipality's registered trainers who sign off its modules.
 */
@Component
class TrainerQualifications {

    static final String AGGREGATE = "TrainerQualification";
    private static final String MENTOR_CASE = "Qualification";
    private static final Set<Role> OFFICE = Set.of(Role.STAFF, Role.AUDITOR, Role.ADMIN, Role.COORDINATOR);

    private final CaseEvents caseEvents;
    private final TrainerAccounts accounts;

    TrainerQualifications(CaseEvents caseEvents, TrainerAccounts accounts) {
        this.caseEvents = caseEvents;
        this.accounts = accounts;
    }

    List<DomainEventMessage<?>> events(Actor actor, String caseId, Instant asOf) {
        return caseEvents.shownAsOf(caseId, AGGREGATE, asOf, first -> maySee(actor, first),
                "trainer-qualification.not-yours");
    }

    /** The mentor case a candidate is proposed from: of the actor's municipality (else 403). */
    QualificationView mentorCase(Actor actor, String qualificationCaseId) {
        var events = caseEvents.existing(qualificationCaseId.strip(), MENTOR_CASE);
        if (!actor.municipality().equals(CaseEvents.municipalityOf(events))) {
            throw new AccessDeniedException("qualification.not-yours");
        }
        return QualificationView.of(events);
    }

    /** Refuses (404, 403) unless the actor may see the case, reading only its first event. */
    void requireMaySee(Actor actor, String caseId) {
        if (!maySee(actor, caseEvents.creation(caseId, AGGREGATE))) {
            throw new AccessDeniedException("trainer-qualification.not-yours");
        }
    }

    TrainerQualificationView view(Actor actor, String caseId) {
        return TrainerQualificationView.of(events(actor, caseId, null));
    }

    boolean maySee(Actor actor, DomainEventMessage<?> opening) {
        return actor.municipality().equals(CaseEvents.municipalityOf(List.of(opening))) && mayTakePart(actor);
    }

    /** {@link #maySee} for the case index {@code c}. */
    String visibleCases(Actor actor) {
        return mayTakePart(actor) ? "c.municipality = :actorMunicipality" : "FALSE";
    }

    private boolean mayTakePart(Actor actor) {
        return OFFICE.contains(actor.role())
                || actor.role() == Role.TRAINER && accounts.isRegisteredIn(actor.username(), actor.municipality());
    }
}
