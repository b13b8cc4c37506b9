package de.casebook.app.mentoring;

import static de.casebook.app.cases.CaseIndexing.CaseChange.to;

import de.casebook.app.cases.CaseIndexing;
import de.casebook.app.cases.CaseTypes;
import de.casebook.domain.mentoring.api.ActivityProfileAgreedEvent;
import de.casebook.domain.mentoring.api.CertificateIssuedEvent;
import de.casebook.domain.mentoring.api.CertifiedMentorTakenOverEvent;
import de.casebook.domain.mentoring.api.ParticipantAdmittedEvent;
import de.casebook.domain.mentoring.api.ParticipantDeclinedEvent;
import de.casebook.domain.mentoring.api.ParticipantRegisteredEvent;
import de.casebook.domain.mentoring.api.ParticipantWithdrawnEvent;
import de.casebook.domain.mentoring.api.QualificationClosedEvent;
import de.casebook.domain.mentoring.api.QualificationRequirementsMetEvent;
import de.casebook.domain.mentoring.api.QualificationRequirementsNoLongerMetEvent;
import de.casebook.domain.mentoring.api.QualificationStatus;
import de.casebook.domain.mentoring.api.QualificationWindowEndedEvent;
import de.casebook.domain.mentoring.api.QualificationWindowExtendedEvent;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.stereotype.Component;

/** A participant's case in the case index: named by the participant, under their course. */
@Component
class QualificationIndexing implements CaseIndexing {

    /** The statuses of {@link QualificationView}, by the event that leads to them. */
    static final Map<Class<?>, CaseChange> CHANGES = Map.ofEntries(
            Map.entry(ParticipantAdmittedEvent.class, to(QualificationStatus.ATTENDING.code()).deciding()),
            Map.entry(ParticipantDeclinedEvent.class, to(QualificationStatus.DECLINED.code()).deciding().closing()),
            Map.entry(QualificationRequirementsMetEvent.class, to(QualificationStatus.REQUIREMENTS_MET.code())),
            Map.entry(QualificationRequirementsNoLongerMetEvent.class, to(QualificationStatus.ATTENDING.code())),
            Map.entry(QualificationWindowEndedEvent.class, to(QualificationStatus.INCOMPLETE.code())),
            Map.entry(QualificationWindowExtendedEvent.class, to(QualificationStatus.ATTENDING.code())),
            Map.entry(QualificationClosedEvent.class, to(QualificationStatus.CLOSED.code()).closing()),
            Map.entry(ParticipantWithdrawnEvent.class, to(QualificationStatus.WITHDRAWN.code()).closing()),
            Map.entry(CertificateIssuedEvent.class, to(QualificationStatus.CERTIFIED.code())),
            Map.entry(ActivityProfileAgreedEvent.class, to(QualificationStatus.COMPLETED.code()).closing()),
            Map.entry(CertifiedMentorTakenOverEvent.class,
                    to(QualificationStatus.CERTIFIED.code()).deciding().closing()));

    @Override
    public String caseType() {
        return CaseTypes.QUALIFICATION;
    }

    @Override
    public String aggregateType() {
        return Courses.QUALIFICATION;
    }

    @Override
    public OpenedCase opened(DomainEventMessage<?> first) {
        if (first.getPayload() instanceof CertifiedMentorTakenOverEvent takenOver) {
            return new OpenedCase(takenOver.caseNumber(), null, takenOver.mentor().name(), null, List.of(),
                    QualificationStatus.CERTIFIED.code());
        }
        var registered = (ParticipantRegisteredEvent) first.getPayload();
        return new OpenedCase(registered.caseNumber(), null, registered.participant().name(), registered.courseId(),
                List.of(), QualificationStatus.REGISTERED.code());
    }

    @Override
    public CaseChange change(Class<?> eventType) {
        return CHANGES.get(eventType);
    }
}
