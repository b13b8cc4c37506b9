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

    /** A card taken over from the previous register is already in its holder's hands: no mail. */
    @EventHandler
    void on(CardIssuedEvent event) {
        if (event.takenOver()) {
            return;
        }
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

    /** The previous register may not have known a holder's address: then staff write by post. */
    private void mail(String caseId, String subject, String body) {
        var holder = applications.holder(caseId);
        var email = holder.person().email();
        if (email == null || email.isBlank()) {
            return;
        }
        outbox.enqueue(holder.municipality(), caseId, email, Outbox.subject(subject, holder.caseNumber()),
                "Guten Tag " + holder.person().name() + ",\n\n" + body
                        + "\nMit freundlichen Grüßen\nIhre Ehrenamtskarten-Stelle\n");
    }

    private static String date(LocalDate date) {
        return date.format(GERMAN_DATE);
    }
}
