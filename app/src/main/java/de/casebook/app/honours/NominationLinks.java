package de.casebook.app.honours;

import de.casebook.app.cases.CaseCommands;
import de.casebook.app.mail.Outbox;
import de.casebook.app.platform.ApiException;
import de.casebook.app.platform.PublicLinks;
import de.casebook.app.platform.Tokens;
import de.casebook.app.security.Actor;
import de.casebook.domain.honours.api.RemindNominatorCommand;
import de.casebook.domain.honours.api.RequestInformationCommand;
import de.casebook.domain.honours.api.RequestStatementCommand;
import de.casebook.domain.shared.CaseCalendar;
import de.casebook.processes.honours.HonoursPorts;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Single-use links for people outside: the nominator answering a question, a reference giving a
 * statement. The nominee is never written to. Only the token's hash is kept.
 */
@Component
class NominationLinks implements HonoursPorts {

    static final String INFORMATION = "information";
    static final String STATEMENT = "statement";
    private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    record Link(String caseId, String purpose, int referenceIndex) {
    }

    private final Nominations nominations;
    private final CaseCommands commands;
    private final Outbox outbox;
    private final JdbcClient jdbc;
    private final HonoursProperties settings;
    private final PublicLinks links;
    private final Clock clock;

    NominationLinks(Nominations nominations, CaseCommands commands, Outbox outbox, JdbcClient jdbc,
                    HonoursProperties settings, PublicLinks links, Clock clock) {
        this.nominations = nominations;
        this.commands = commands;
        this.outbox = outbox;
        this.jdbc = jdbc;
        this.settings = settings;
        this.links = links;
        this.clock = clock;
    }

    /** Staff ask the nominator a question; the answer comes back through the link in the mail. */
    void requestInformation(String caseId, String question, Actor staff, String taskId) {
        var nomination = nominations.submitted(caseId);
        var token = Tokens.newToken();
        var expiresAt = clock.instant().plus(Duration.ofDays(settings.informationLinkDays()));
        commands.sendForTask(new RequestInformationCommand(caseId, question, Tokens.hash(token), expiresAt), staff,
                taskId);
        register(token, caseId, INFORMATION, -1);
        outbox.enqueue(nomination.municipality(), caseId, nomination.nominator().email(),
                Outbox.subject("Rückfrage zu Ihrem Vorschlag für " + nomination.nominee().name(),
                        nomination.caseNumber()), """
                        Guten Tag %s,

                        vielen Dank für Ihren Vorschlag. Wir haben eine Rückfrage:

                        %s

                        Bitte antworten Sie über diesen Link (gültig bis %s):
                        %s

                        Bitte behandeln Sie den Vorschlag vertraulich.

                        Mit freundlichen Grüßen
                        Ihre Stadtverwaltung
                        """.formatted(nomination.nominator().name(), question, date(expiresAt), Outbox.LINK),
                links.to("/public/information/" + token));
    }

    @Override
    public void requestStatement(String caseId, int index) {
        var nomination = nominations.submitted(caseId);
        var reference = nomination.references().get(index);
        var token = Tokens.newToken();
        var dueAt = clock.instant().plus(Duration.parse(settings.statementDeadline()));
        commands.sendAsSystem(new RequestStatementCommand(caseId, index, Tokens.hash(token), dueAt),
                nomination.municipality());
        register(token, caseId, STATEMENT, index);
        outbox.enqueue(nomination.municipality(), caseId, reference.email(),
                Outbox.subject("Bitte um eine Stellungnahme zu " + nomination.nominee().name(),
                        nomination.caseNumber()), """
                        Guten Tag %s,

                        %s wurde für eine Ehrung vorgeschlagen und Sie wurden als Referenz genannt.
                        Bitte schreiben Sie uns bis zum %s eine kurze Stellungnahme über diesen Link:

                        %s

                        Der Vorschlag ist vertraulich: bitte sprechen Sie nicht mit der vorgeschlagenen Person darüber.

                        Mit freundlichen Grüßen
                        Ihre Stadtverwaltung
                        """.formatted(reference.name(), nomination.nominee().name(), date(dueAt), Outbox.LINK),
                links.to("/public/statements/" + token));
    }

    @Override
    public void remindNominator(String caseId) {
        var nomination = nominations.submitted(caseId);
        commands.sendAsSystem(new RemindNominatorCommand(caseId), nomination.municipality());
        outbox.enqueue(nomination.municipality(), caseId, nomination.nominator().email(),
                Outbox.subject("Erinnerung: Rückfrage zu Ihrem Vorschlag", nomination.caseNumber()), """
                        Guten Tag %s,

                        wir haben Ihnen vor zwei Wochen eine Rückfrage zu Ihrem Vorschlag geschickt. Bitte antworten \
                        Sie über den Link in dieser E-Mail; ohne Ihre Antwort können wir den Vorschlag nicht weiter prüfen.

                        Mit freundlichen Grüßen
                        Ihre Stadtverwaltung
                        """.formatted(nomination.nominator().name()));
    }

    Link link(String token) {
        if (token.length() > 100) {
            throw ApiException.notFound("link.unknown");
        }
        return jdbc.sql("SELECT case_id, purpose, reference_index FROM nomination_link WHERE token_hash = ?")
                .param(Tokens.hash(token))
                .query((row, number) -> new Link(row.getString(1), row.getString(2), row.getInt(3)))
                .optional()
                .orElseThrow(() -> ApiException.notFound("link.unknown"));
    }

    private void register(String token, String caseId, String purpose, int referenceIndex) {
        jdbc.sql("""
                        INSERT INTO nomination_link (token_hash, case_id, purpose, reference_index, created_at)
                        VALUES (?, ?, ?, ?, ?)""")
                .params(Tokens.hash(token), caseId, purpose, referenceIndex, Timestamp.from(clock.instant()))
                .update();
    }

    private static String date(java.time.Instant instant) {
        return CaseCalendar.dayOf(instant).format(GERMAN_DATE);
    }
}
