package de.casebook.app.card;

import de.casebook.app.privacy.PersonalDataCipher;
import de.casebook.domain.card.api.ApplicationRejectedEvent;
import de.casebook.domain.card.api.ApplicationWithdrawnEvent;
import de.casebook.domain.card.api.CardApplicationSubmittedEvent;
import de.casebook.domain.card.api.CardExpiredEvent;
import de.casebook.domain.card.api.CardIssuedEvent;
import de.casebook.domain.card.api.CardRenewalLinkedEvent;
import de.casebook.domain.card.api.CardRevokedEvent;
import de.casebook.domain.card.api.CardTakenOverEvent;
import de.casebook.domain.card.api.ConfirmationAbandonedEvent;
import de.casebook.domain.card.api.ConfirmationRequestedEvent;
import de.casebook.domain.card.api.EligibilityDecidedEvent;
import de.casebook.domain.card.api.OrganisationConfirmedEvent;
import de.casebook.domain.card.api.OrganisationDisputedEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;

/** A volunteer card application as its events tell it, up to any point in time. */
record CardApplicationView(String caseId, String caseNumber, String municipality, String program, String status, Applicant applicant,
                           Eligibility eligibility, List<OrganisationView> organisations, Card card,
                           String renewalOf, String renewedBy, String rejectionReason, String comment,
                           LocalDate submittedOn, Instant submittedAt, TakenOver takenOver) {

    /** A card taken over from the previous register: its number there and the row of the imported file. */
    record TakenOver(String previousCardNumber, String fileName, int row) {
    }

    record Applicant(String name, LocalDate birthDate, String street, String postalCode, String city, String email) {
    }

    record Eligibility(boolean eligible, List<String> reasons) {
    }

    record OrganisationView(String name, String contactName, String contactEmail, String confirmation, String comment) {
    }

    record Card(String number, LocalDate validFrom, LocalDate validUntil, String verificationCode) {
    }

    static CardApplicationView of(List<DomainEventMessage<?>> events) {
        var opening = events.get(0).getPayload();
        var organisations = new ArrayList<OrganisationView>();
        if (opening instanceof CardApplicationSubmittedEvent submitted) {
            submitted.organisations().forEach(organisation -> organisations.add(new OrganisationView(organisation.name(),
                    organisation.contactName(), organisation.contactEmail(), "not-requested", null)));
        }
        var status = "awaiting-confirmation";
        Eligibility eligibility = null;
        Card card = null;
        String renewedBy = null;
        String rejectionReason = null;
        String comment = null;
        for (var message : events) {
            var event = message.getPayload();
            if (event instanceof ConfirmationRequestedEvent requested) {
                answer(organisations, requested.organisationIndex(), "pending", null);
            } else if (event instanceof OrganisationConfirmedEvent confirmed) {
                answer(organisations, confirmed.organisationIndex(), "confirmed", confirmed.comment());
            } else if (event instanceof OrganisationDisputedEvent disputed) {
                answer(organisations, disputed.organisationIndex(), "disputed", disputed.comment());
            } else if (event instanceof ConfirmationAbandonedEvent abandoned) {
                answer(organisations, abandoned.organisationIndex(), "not-confirmed", abandoned.reason());
            } else if (event instanceof EligibilityDecidedEvent decided) {
                status = "in-review";
                eligibility = new Eligibility(decided.eligible(), decided.reasons());
            } else if (event instanceof CardIssuedEvent issued) {
                status = "issued";
                card = new Card(issued.cardNumber(), issued.validFrom(), issued.validUntil(), issued.verificationCode());
            } else if (event instanceof ApplicationRejectedEvent rejected) {
                status = "rejected";
                rejectionReason = rejected.reason().code();
                comment = rejected.comment();
            } else if (event instanceof ApplicationWithdrawnEvent withdrawn) {
                status = "withdrawn";
                comment = withdrawn.reason();
            } else if (event instanceof CardExpiredEvent) {
                status = "expired";
            } else if (event instanceof CardRevokedEvent revoked) {
                status = "revoked";
                comment = revoked.reason();
            } else if (event instanceof CardRenewalLinkedEvent linked) {
                renewedBy = linked.renewedBy();
            }
        }
        var openedAt = events.get(0).getTimestamp();
        if (opening instanceof CardTakenOverEvent takenOver) {
            return new CardApplicationView(takenOver.caseId(), takenOver.caseNumber(), takenOver.municipality(),
                    takenOver.program().code(), status, applicant(takenOver.holder()), null, List.of(), card, null,
                    renewedBy, null, comment, takenOver.takenOverOn(), openedAt,
                    new TakenOver(takenOver.previousCardNumber(), takenOver.source().fileName(), takenOver.source().row()));
        }
        var submitted = (CardApplicationSubmittedEvent) opening;
        return new CardApplicationView(submitted.caseId(), submitted.caseNumber(), submitted.municipality(),
                submitted.program().code(), status, applicant(submitted.applicant()), eligibility, organisations, card,
                submitted.renewalOf(), renewedBy, rejectionReason, comment, submitted.submittedOn(), openedAt, null);
    }

    private static Applicant applicant(de.casebook.domain.card.api.Applicant person) {
        return new Applicant(person.name(), person.birthDate(), person.street(), person.postalCode(), person.city(),
                person.email());
    }

    private static void answer(List<OrganisationView> organisations, int index, String confirmation, String comment) {
        var organisation = organisations.get(index);
        organisations.set(index, new OrganisationView(organisation.name(), organisation.contactName(),
                organisation.contactEmail(), confirmation, comment));
    }

    /** A valid card on the day: issued, not revoked or expired, and (if limited) not past its last day. */
    boolean holdsValidCardOn(LocalDate day) {
        return "issued".equals(status) && (card.validUntil() == null || !card.validUntil().isBefore(day));
    }

    /** The holder's initials, all the public check shows of a person; none once their data is erased. */
    String holderInitials() {
        if (applicant.name() == null || PersonalDataCipher.ERASED.equals(applicant.name())) {
            return "–";
        }
        return java.util.Arrays.stream(applicant.name().trim().split("\\s+"))
                .filter(part -> !part.isEmpty()).map(part -> part.substring(0, 1).toUpperCase(java.util.Locale.GERMAN) + ".")
                .reduce("", String::concat);
    }
}
