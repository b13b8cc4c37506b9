package de.casebook.app.mentoring;

import de.casebook.domain.mentoring.api.ActivityProfileAgreedEvent;
import de.casebook.domain.mentoring.api.CertificateIssuedEvent;
import de.casebook.domain.mentoring.api.CertifiedMentorTakenOverEvent;
import de.casebook.domain.mentoring.api.CourseHoursSignOffRevokedEvent;
import de.casebook.domain.mentoring.api.CourseHoursSignedOffEvent;
import de.casebook.domain.mentoring.api.Participant;
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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;

/** A participant's qualification case as its events tell it, up to any point in time. */
public record QualificationView(String caseId, String caseNumber, String courseId, String status, BigDecimal hoursSignedOff,
                                BigDecimal requiredHours, LocalDate windowEnd, String certificateNumber,
                                LocalDate certificateIssuedOn, List<String> activityProfile, Participant participant,
                                List<SignOff> signOffs) {

    /** The day of the session with which the signed-off hours (revoked ones left out) reached the required ones. */
    public LocalDate requirementsMetOn() {
        var total = BigDecimal.ZERO;
        for (var signOff : signOffs.stream().filter(signOff -> !signOff.revoked())
                .sorted(Comparator.comparing(SignOff::date)).toList()) {
            total = total.add(signOff.hours());
            if (total.compareTo(requiredHours) >= 0) {
                return signOff.date();
            }
        }
        return null;
    }

    public record SignOff(String sessionId, LocalDate date, BigDecimal hours, String module, boolean revoked,
                          String revocationReason) {
    }

    public static QualificationView of(List<DomainEventMessage<?>> events) {
        if (events.get(0).getPayload() instanceof CertifiedMentorTakenOverEvent takenOver) {
            return takenOver(takenOver);
        }
        var fold = new Fold((ParticipantRegisteredEvent) events.get(0).getPayload());
        events.forEach(event -> fold.apply(event.getPayload()));
        return fold.view();
    }

    /** A mentor certified before Casebook: no course, no sign-offs here; the certificate keeps its old number. */
    private static QualificationView takenOver(CertifiedMentorTakenOverEvent takenOver) {
        return new QualificationView(takenOver.caseId(), takenOver.caseNumber(), null,
                QualificationStatus.CERTIFIED.code(), null, null, null, takenOver.previousCertificateNumber(),
                takenOver.certifiedOn(), List.of(), takenOver.mentor(), List.of());
    }

    /** Whether the case was taken over from the previous register rather than run in a course here. */
    public boolean takenOver() {
        return courseId == null;
    }

    private static final class Fold {
        private final ParticipantRegisteredEvent registered;
        private QualificationStatus status = QualificationStatus.REGISTERED;
        private BigDecimal hours = BigDecimal.ZERO;
        private LocalDate windowEnd;
        private CertificateIssuedEvent certificate;
        private List<String> profile = List.of();
        private final List<SignOff> signOffs = new ArrayList<>();

        Fold(ParticipantRegisteredEvent registered) {
            this.registered = registered;
            this.windowEnd = registered.windowEnd();
        }

        void apply(Object event) {
            if (event instanceof ParticipantAdmittedEvent || event instanceof QualificationRequirementsNoLongerMetEvent) {
                status = QualificationStatus.ATTENDING;
            } else if (event instanceof ParticipantDeclinedEvent) {
                status = QualificationStatus.DECLINED;
            } else if (event instanceof CourseHoursSignedOffEvent signedOff) {
                hours = signedOff.hoursSignedOff();
                signOffs.add(new SignOff(signedOff.sessionId(), signedOff.date(), signedOff.hours(), signedOff.module(),
                        false, null));
            } else if (event instanceof CourseHoursSignOffRevokedEvent revoked) {
                hours = revoked.hoursSignedOff();
                signOffs.replaceAll(signOff -> signOff.sessionId().equals(revoked.sessionId()) && !signOff.revoked()
                        ? new SignOff(signOff.sessionId(), signOff.date(), signOff.hours(), signOff.module(), true,
                        revoked.reason())
                        : signOff);
            } else if (event instanceof QualificationRequirementsMetEvent) {
                status = QualificationStatus.REQUIREMENTS_MET;
            } else if (event instanceof QualificationWindowEndedEvent) {
                status = QualificationStatus.INCOMPLETE;
            } else if (event instanceof QualificationWindowExtendedEvent extended) {
                windowEnd = extended.newWindowEnd();
                status = QualificationStatus.ATTENDING;
            } else if (event instanceof QualificationClosedEvent) {
                status = QualificationStatus.CLOSED;
            } else if (event instanceof ParticipantWithdrawnEvent) {
                status = QualificationStatus.WITHDRAWN;
            } else if (event instanceof CertificateIssuedEvent issued) {
                certificate = issued;
                status = QualificationStatus.CERTIFIED;
            } else if (event instanceof ActivityProfileAgreedEvent agreed) {
                profile = agreed.fields();
                status = QualificationStatus.COMPLETED;
            }
        }

        QualificationView view() {
            return new QualificationView(registered.caseId(), registered.caseNumber(), registered.courseId(), status.code(), hours,
                    registered.requiredHours(), windowEnd, certificate == null ? null : certificate.certificateNumber(),
                    certificate == null ? null : certificate.issuedOn(), profile, registered.participant(),
                    List.copyOf(signOffs));
        }
    }
}
