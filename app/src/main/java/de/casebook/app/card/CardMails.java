package de.casebook.app.card;

import de.casebook.app.mail.Outbox;
import de.casebook.app.platform.PublicLinks;
import de.casebook.domain.card.api.ApplicationRejectedEvent;
import de.casebook.domain.card.api.CardIssuedEvent;
import de.casebook.domain.card.api.CardRevokedEvent;
import de.casebook.domain.card.api.ExpiryReminderSentEvent;
import de.casebook.processes.shared.ProcessCorrelation;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Tells the applicant what happened, in German, through the outbox: in the transaction of the step,
 * so that a step and its mail are stored together.
 */
@Component
@ProcessingGroup(ProcessCorrelation.PROCESSING_GROUP)
class CardMails {

    private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final java.util.Locale GERMAN = java.util.Locale.GERMAN;

    private final CardApplications applications;
    private final Outbox outbox;
    private final MessageSource messages;
    private final PublicLinks links;

    CardMails(CardApplications applications, Outbox outbox, MessageSource messages, PublicLinks links) {
        this.applications = applications;
        this.outbox = outbox;
        this.messages = messages;
        this.links = links;
    }

    @EventHandler
    void on(CardIssuedEvent event) {
        mail(event.caseId(), "Ihre Ehrenamtskarte ist ausgestellt", """
                Ihr Antrag auf die Ehrenamtskarte ist bewilligt.

                Kartennummer: %s
                Gültig ab: %s
                Gültig bis: %s

                Die Karte kann jederzeit hier geprüft werden: %s
                """.formatted(event.cardNumber(), date(event.validFrom()),
                event.validUntil() == null ? "unbefristet" : date(event.validUntil()),
                links.to("/public/cards/" + event.verificationCode())));
    }

    @EventHandler
    void on(ApplicationRejectedEvent event) {
        var reason = messages.getMessage("rejection." + event.reason().code(), null, event.reason().code(), GERMAN);
        mail(event.caseId(), "Ihr Antrag auf die Ehrenamtskarte", """
                Ihr Antrag auf die Ehrenamtskarte konnte leider nicht bewilligt werden.

                Grund: %s
                %s
                Bei Fragen wenden Sie sich bitte an Ihre Ehrenamtskarten-Stelle.
                """.formatted(reason, event.comment() == null ? "" : "\n" + event.comment() + "\n"));
    }

    @EventHandler
    void on(ExpiryReminderSentEvent event) {
        mail(event.caseId(), "Ihre Ehrenamtskarte läuft bald ab", """
                Ihre Ehrenamtskarte ist noch bis zum %s gültig.

                Wenn Sie sich weiter engagieren, können Sie jetzt die Verlängerung beantragen.
                """.formatted(date(event.validUntil())));
    }

    @EventHandler
    void on(CardRevokedEvent event) {
        mail(event.caseId(), "Ihre Ehrenamtskarte wurde entzogen", """
                Ihre Ehrenamtskarte ist nicht mehr gültig.

                Grund: %s
                """.formatted(event.reason()));
    }

    private void mail(String caseId, String subject, String body) {
        var application = applications.submitted(caseId);
        outbox.enqueue(application.municipality(), caseId, application.applicant().email(),
                Outbox.subject(subject, application.caseNumber()),
                "Guten Tag " + application.applicant().name() + ",\n\n" + body
                        + "\nMit freundlichen Grüßen\nIhre Ehrenamtskarten-Stelle\n");
    }

    private static String date(LocalDate date) {
        return date.format(GERMAN_DATE);
    }
}
