package de.casebook.app.training;

import static de.casebook.app.cases.CaseIndexing.CaseChange.to;

import de.casebook.app.cases.CaseIndexing;
import de.casebook.app.cases.CaseTypes;
import de.casebook.domain.training.api.TrainerCandidateAdmittedEvent;
import de.casebook.domain.training.api.TrainerCandidateDeclinedEvent;
import de.casebook.domain.training.api.TrainerCandidateProposedEvent;
import de.casebook.domain.training.api.TrainerListedEvent;
import de.casebook.domain.training.api.TrainerQualificationStatus;
import de.casebook.domain.training.api.TrainerRegisteredEvent;
import de.casebook.domain.training.api.TrainerRequirementsMetEvent;
import de.casebook.domain.training.api.TrainerWithdrawnEvent;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.stereotype.Component;

/**
 * A trainer qualification in the case index, named by the candidate. A registered trainer's case
 * stays open: it is their register entry for as long as they train (its data kept, its account linked).
 */
@Component
class TrainerQualificationIndexing implements CaseIndexing {

    /** The statuses of {@link TrainerQualificationView}, by the event that leads to them. */
    static final Map<Class<?>, CaseChange> CHANGES = Map.of(
            TrainerCandidateAdmittedEvent.class, to(TrainerQualificationStatus.IN_TRAINING.code()).deciding(),
            TrainerCandidateDeclinedEvent.class, to(TrainerQualificationStatus.DECLINED.code()).deciding().closing(),
            TrainerRequirementsMetEvent.class, to(TrainerQualificationStatus.REQUIREMENTS_MET.code()),
            TrainerRegisteredEvent.class, to(TrainerQualificationStatus.REGISTERED.code()),
            TrainerListedEvent.class, to(TrainerQualificationStatus.REGISTERED.code()).deciding(),
            TrainerWithdrawnEvent.class, to(TrainerQualificationStatus.WITHDRAWN.code()).closing());

    @Override
    public String caseType() {
        return CaseTypes.TRAINER_QUALIFICATION;
    }

    @Override
    public String aggregateType() {
        return TrainerQualifications.AGGREGATE;
    }

    @Override
    public OpenedCase opened(DomainEventMessage<?> first) {
        if (first.getPayload() instanceof TrainerListedEvent listed) {
            return new OpenedCase(listed.caseNumber(), null, listed.trainer().name(), null, List.of(),
                    TrainerQualificationStatus.REGISTERED.code());
        }
        var proposed = (TrainerCandidateProposedEvent) first.getPayload();
        return new OpenedCase(proposed.caseNumber(), null, proposed.candidate().name(), proposed.mentorCaseId(),
                List.of(), TrainerQualificationStatus.PROPOSED.code());
    }

    @Override
    public CaseChange change(Class<?> eventType) {
        return CHANGES.get(eventType);
    }
}
