package de.casebook.app.card;

import de.casebook.app.cases.CaseCommands;
import de.casebook.app.cases.CaseEvents;
import de.casebook.app.mail.Outbox;
import de.casebook.app.platform.PublicLinks;
import de.casebook.app.platform.Tokens;
import de.casebook.app.security.Actor;
import de.casebook.domain.card.api.CardApplicationSubmittedEvent;
import de.casebook.domain.card.api.ConfirmationPurpose;
import de.casebook.domain.card.api.ConfirmationRequestedEvent;
import de.casebook.domain.card.api.EligibilityFacts;
import de.casebook.domain.card.api.OrganisationConfirmedEvent;
import de.casebook.domain.card.api.RequestConfirmationCommand;
import de.casebook.domain.shared.CaseCalendar;
import de.casebook.processes.card.CardApplicationPorts;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Confirmation links: a random token mailed to the organisation's contact; the case keeps only its
 * SHA-256, and each new link replaces the one before. Also gives the card process its rule facts.
 */
@Component
class ConfirmationLinks implements CardApplicationPorts {

    private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final CaseEvents caseEvents;
    private final CaseCommands commands;
    private final Outbox outbox;
    private final JdbcClient jdbc;
    private final CardProperties settings;
    private final PublicLinks links;
    private final Clock clock;

    ConfirmationLinks(CaseEvents caseEvents, CaseCommands commands, Outbox outbox, JdbcClient jdbc,
                      CardProperties settings, PublicLinks links, Clock clock) {
        this.caseEvents = caseEvents;
        this.commands = commands;
        this.outbox = outbox;
        this.jdbc = jdbc;
        this.settings = settings;
        this.links = links;
        this.clock = clock;
    }

    @Override
    public void sendConfirmationLink(String caseId, int index, ConfirmationPurpose purpose) {
        send(caseId, index, purpose, Optional.empty());
    }

    /** Sends a new link; a reminder keeps the first link's expiry, a request or resend starts a new one. */
    void send(String caseId, int index, ConfirmationPurpose purpose, Optional<Actor> staff) {
        var application = (CardApplicationSubmittedEvent) caseEvents.creation(caseId,
                CardApplications.CARD_APPLICATION).getPayload();
        var expiresAt = purpose == ConfirmationPurpose.REMINDER
                ? caseEvents.existing(caseId, CardApplications.CARD_APPLICATION).stream()
                        .map(message -> message.getPayload())
                        .filter(event -> event instanceof ConfirmationRequestedEvent requested
                                && requested.organisationIndex() == index)
                        .map(event -> ((ConfirmationRequestedEvent) event).expiresAt())
                        .reduce((first, later) -> later).orElseThrow()
                : clock.instant().plus(Duration.ofDays(settings.confirmationLinkDays()));
        var token = Tokens.newToken();
        var command = new RequestConfirmationCommand(caseId, index, Tokens.hash(token), expiresAt, purpose);
        if (staff.isPresent()) {
            commands.send(command, staff.get());
        } else {
            commands.sendAsSystem(command, application.municipality());
        }
        jdbc.sql("INSERT INTO confirmation_link (token_hash, case_id, organisation_index, created_at) VALUES (?, ?, ?, ?)")
                .params(Tokens.hash(token), caseId, index, Timestamp.from(clock.instant()))
                .update();
        var organisation = application.organisations().get(index);
        var until = CaseCalendar.dayOf(expiresAt);
        outbox.enqueue(application.municipality(), caseId, organisation.contactEmail(),
                Outbox.subject((purpose == ConfirmationPurpose.REMINDER ? "Erinnerung: " : "")
                        + "Bitte bestätigen Sie das Engagement von " + application.applicant().name(),
                        application.caseNumber()),
                """
                        Guten Tag %s,

                        %s hat die Ehrenamtskarte beantragt und angegeben, sich bei %s zu engagieren \
                        (seit %s, als %s).

                        Bitte bestätigen Sie diese Angaben oder widersprechen Sie ihnen über diesen Link \
                        (einmalig nutzbar, gültig bis %s):

                        %s

                        Ein früher gesendeter Link gilt nicht mehr.

                        Mit freundlichen Grüßen
                        Ihre Ehrenamtskarten-Stelle
                        """.formatted(organisation.contactName(), application.applicant().name(), organisation.name(),
                        organisation.since().format(GERMAN_DATE), organisation.role(), until.format(GERMAN_DATE),
                        Outbox.LINK),
                links.to("/public/confirmations/" + token));
    }

    @Override
    public EligibilityFacts eligibilityFacts(String caseId) {
        var events = caseEvents.existing(caseId, CardApplications.CARD_APPLICATION);
        var application = (CardApplicationSubmittedEvent) events.get(0).getPayload();
        var confirmed = new HashSet<Integer>();
        events.forEach(message -> {
            if (message.getPayload() instanceof OrganisationConfirmedEvent event) {
                confirmed.add(event.organisationIndex());
            }
        });
        return EligibilityFacts.of(application, confirmed, LocalDate.now(clock), resident(application));
    }

    private boolean resident(CardApplicationSubmittedEvent application) {
        var municipality = settings.municipalities().get(application.municipality());
        var postalCodes = municipality == null ? null : municipality.postalCodes();
        return postalCodes == null || postalCodes.isEmpty()
                || postalCodes.contains(application.applicant().postalCode().strip());
    }

}
