package de.casebook.app.honours;

import de.casebook.domain.honours.api.CeremonyScheduledEvent;
import de.casebook.domain.honours.api.ExternalDecisionFollowedUpEvent;
import de.casebook.domain.honours.api.FormalCheckPassedEvent;
import de.casebook.domain.honours.api.HonourHandedOverEvent;
import de.casebook.domain.honours.api.HonourRevokedEvent;
import de.casebook.domain.honours.api.InformationRequestedEvent;
import de.casebook.domain.honours.api.InformationSuppliedEvent;
import de.casebook.domain.honours.api.JuryRecommendedEvent;
import de.casebook.domain.honours.api.NominationAwardedEvent;
import de.casebook.domain.honours.api.NominationDeclinedEvent;
import de.casebook.domain.honours.api.NominationForwardedEvent;
import de.casebook.domain.honours.api.NominationRejectedEvent;
import de.casebook.domain.honours.api.NominationWithdrawnEvent;
import de.casebook.domain.honours.api.NominationRulesCheckedEvent;
import de.casebook.domain.honours.api.NominationScoredEvent;
import de.casebook.domain.honours.api.NominationSubmittedEvent;
import de.casebook.domain.honours.api.ReferencesClosedEvent;
import de.casebook.domain.honours.api.StatementMissedEvent;
import de.casebook.domain.honours.api.StatementRequestedEvent;
import de.casebook.domain.honours.api.StatementSubmittedEvent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;

/** A nomination as its events tell it, up to any point in time. */
record NominationView(String caseId, String caseNumber, String municipality, String awardKind, String category, String status,
                      Person nominator, Person nominee, LocalDate engagementSince, LocalDate engagementUntil,
                      String justification, List<String> findings, List<Question> information,
                      List<ReferenceView> references, List<Score> scores, Recommendation recommendation,
                      Decision decision, String forwardedTo, List<String> followUps, Ceremony ceremony,
                      LocalDate handedOverOn, String revocationReason, Instant submittedAt) {

    record Person(String name, String email, String organisation, LocalDate birthDate, String city) {
    }

    record Question(String question, String answer) {
    }

    record ReferenceView(String name, String email, String status, String statement) {
    }

    record Score(String juror, int score, String comment) {
    }

    record Recommendation(BigDecimal averageScore, int votesInFavour, boolean recommended) {
    }

    record Decision(String outcome, String decidedBy, String reason) {
    }

    record Ceremony(LocalDate date, String place) {
    }

    static NominationView of(List<DomainEventMessage<?>> events) {
        var submitted = (NominationSubmittedEvent) events.get(0).getPayload();
        var status = "formal-check";
        List<String> findings = List.of();
        var information = new ArrayList<Question>();
        var references = new ArrayList<ReferenceView>();
        submitted.references().forEach(reference -> references.add(
                new ReferenceView(reference.name(), reference.email(), "not-asked", null)));
        var scores = new ArrayList<Score>();
        var followUps = new ArrayList<String>();
        Recommendation recommendation = null;
        Decision decision = null;
        String forwardedTo = null;
        Ceremony ceremony = null;
        LocalDate handedOverOn = null;
        String revocation = null;
        for (var message : events) {
            var event = message.getPayload();
            if (event instanceof NominationRulesCheckedEvent checked) {
                findings = checked.findings();
            } else if (event instanceof InformationRequestedEvent requested) {
                status = "information-requested";
                information.add(new Question(requested.question(), null));
            } else if (event instanceof InformationSuppliedEvent supplied) {
                status = "formal-check";
                var last = information.remove(information.size() - 1);
                information.add(new Question(last.question(), supplied.answer()));
            } else if (event instanceof FormalCheckPassedEvent) {
                status = "references";
            } else if (event instanceof NominationRejectedEvent rejected) {
                status = "declined";
                decision = new Decision("rejected", "staff", rejected.reason());
            } else if (event instanceof NominationWithdrawnEvent) {
                status = "withdrawn";
            } else if (event instanceof StatementRequestedEvent requested) {
                reference(references, requested.referenceIndex(), "asked", null);
            } else if (event instanceof StatementSubmittedEvent statement) {
                reference(references, statement.referenceIndex(), "submitted", statement.statement());
            } else if (event instanceof StatementMissedEvent missed) {
                reference(references, missed.referenceIndex(), "missed", null);
            } else if (event instanceof ReferencesClosedEvent) {
                status = submitted.awardKind().hasJury() ? "jury" : "decision";
            } else if (event instanceof NominationScoredEvent scored) {
                scores.add(new Score(scored.juror(), scored.score(), scored.comment()));
            } else if (event instanceof JuryRecommendedEvent recommended) {
                status = "decision";
                recommendation = new Recommendation(recommended.averageScore(), recommended.votesInFavour(),
                        recommended.recommended());
            } else if (event instanceof NominationForwardedEvent forwarded) {
                status = "forwarded";
                forwardedTo = forwarded.authority();
            } else if (event instanceof ExternalDecisionFollowedUpEvent followedUp) {
                followUps.add(followedUp.note());
            } else if (event instanceof NominationAwardedEvent awarded) {
                status = "awarded";
                decision = new Decision("award", awarded.decidedBy(), awarded.reason());
            } else if (event instanceof NominationDeclinedEvent declined) {
                status = "declined";
                decision = new Decision("decline", declined.decidedBy(), declined.reason());
            } else if (event instanceof CeremonyScheduledEvent scheduled) {
                ceremony = new Ceremony(scheduled.date(), scheduled.place());
            } else if (event instanceof HonourHandedOverEvent handedOver) {
                status = "closed";
                handedOverOn = handedOver.handedOverOn();
            } else if (event instanceof HonourRevokedEvent revoked) {
                status = "revoked";
                revocation = revoked.reason();
            }
        }
        var nominator = submitted.nominator();
        var nominee = submitted.nominee();
        return new NominationView(submitted.caseId(), submitted.caseNumber(), submitted.municipality(), submitted.awardKind().code(),
                submitted.category(), status,
                new Person(nominator.name(), nominator.email(), nominator.organisation(), null, null),
                new Person(nominee.name(), null, nominee.organisation(), nominee.birthDate(), nominee.city()),
                submitted.engagementSince(), submitted.engagementUntil(), submitted.justification(), findings,
                information, references, scores, recommendation, decision, forwardedTo, followUps, ceremony,
                handedOverOn, revocation, events.get(0).getTimestamp());
    }

    private static void reference(List<ReferenceView> references, int index, String status, String statement) {
        var reference = references.get(index);
        references.set(index, new ReferenceView(reference.name(), reference.email(), status, statement));
    }

    /** What a juror sees: the nomination, not the other jurors' scores or the contact details. */
    NominationView forJuror(String juror) {
        return new NominationView(caseId, caseNumber, municipality, awardKind, category, status,
                new Person(nominator.name(), null, nominator.organisation(), null, null), nominee, engagementSince,
                engagementUntil, justification, findings, List.of(), references.stream()
                        .map(reference -> new ReferenceView(reference.name(), null, reference.status(),
                                reference.statement())).toList(),
                scores.stream().filter(score -> score.juror().equals(juror)).toList(), null, null, null, List.of(),
                null, null, null, submittedAt);
    }
}
