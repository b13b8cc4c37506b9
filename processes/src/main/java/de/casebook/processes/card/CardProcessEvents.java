package de.casebook.processes.card;

import static de.casebook.processes.card.CardApplicationProcess.*;

import de.casebook.domain.card.api.ApplicationWithdrawnEvent;
import de.casebook.domain.card.api.CardApplicationSubmittedEvent;
import de.casebook.domain.card.api.CardRevokedEvent;
import de.casebook.domain.card.api.CardTakenOverEvent;
import de.casebook.domain.card.api.OrganisationConfirmedEvent;
import de.casebook.domain.card.api.OrganisationDisputedEvent;
import de.casebook.processes.shared.ProcessCorrelation;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Starts and moves the card process on the events of its case, in the transaction that appended them. */
@Component
@ProcessingGroup(ProcessCorrelation.PROCESSING_GROUP)
public class CardProcessEvents {

    private final RuntimeService runtimeService;
    private final ProcessCorrelation correlation;
    private final String reminderAfter;
    private final String chaseAfter;
    private final int expiryReminderDays;

    public CardProcessEvents(RuntimeService runtimeService, ProcessCorrelation correlation,
                             @Value("${casebook.card.confirmation-reminder-after:P14D}") String reminderAfter,
                             @Value("${casebook.card.confirmation-chase-after:P28D}") String chaseAfter,
                             @Value("${casebook.card.expiry-reminder-days:90}") int expiryReminderDays) {
        this.runtimeService = runtimeService;
        this.correlation = correlation;
        this.reminderAfter = reminderAfter;
        this.chaseAfter = chaseAfter;
        this.expiryReminderDays = expiryReminderDays;
    }

    @EventHandler
    void on(CardApplicationSubmittedEvent event) {
        runtimeService.startProcessInstanceByKey(KEY, event.caseId(), Map.of(
                VAR_MUNICIPALITY, event.municipality(),
                VAR_ORGANISATION_COUNT, event.organisations().size(),
                VAR_REMINDER_AFTER, reminderAfter,
                VAR_CHASE_AFTER, chaseAfter));
    }

    /**
     * A limited card taken over from the previous register joins the process where an issued card
     * waits for its reminder and its expiry; an unlimited one has nothing left to wait for.
     */
    @EventHandler
    void on(CardTakenOverEvent event) {
        if (event.program().validityYears() == null) {
            return;
        }
        runtimeService.createProcessInstanceByKey(KEY).businessKey(event.caseId())
                .setVariables(Map.of(VAR_MUNICIPALITY, event.municipality(),
                        VAR_EXPIRES_AT, expiresAt(event.validUntil()),
                        VAR_EXPIRY_REMINDER_AT, expiryReminderAt(event.validUntil(), expiryReminderDays)))
                .startBeforeActivity(GW_BEFORE_REMINDER)
                .execute();
    }

    @EventHandler
    void on(OrganisationConfirmedEvent event) {
        answered(event.caseId(), event.organisationIndex());
    }

    @EventHandler
    void on(OrganisationDisputedEvent event) {
        answered(event.caseId(), event.organisationIndex());
    }

    @EventHandler
    void on(ApplicationWithdrawnEvent event) {
        correlation.correlate(MESSAGE_APPLICATION_WITHDRAWN, event.caseId());
    }

    @EventHandler
    void on(CardRevokedEvent event) {
        correlation.correlate(MESSAGE_CARD_REVOKED, event.caseId());
    }

    private void answered(String caseId, int index) {
        runtimeService.createMessageCorrelation(MESSAGE_ORGANISATION_ANSWERED)
                .processInstanceBusinessKey(caseId)
                .localVariableEquals(VAR_ANSWERING_ORGANISATION, index)
                .correlateAllWithResult();
    }
}
