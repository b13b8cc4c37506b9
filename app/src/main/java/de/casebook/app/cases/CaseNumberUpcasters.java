package de.casebook.app.cases;

import de.casebook.domain.card.api.CardApplicationSubmittedEvent;
import de.casebook.domain.honours.api.NominationSubmittedEvent;
import de.casebook.domain.mentoring.api.ParticipantRegisteredEvent;
import de.casebook.domain.network.api.NetworkFoundedEvent;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Revision 2 of the events that open a case carries the case number. Cases opened before numbering
 * (revision 1) read with none and are shown by their id; they receive a number when one is needed
 * for a document (a card or a certificate).
 */
@Configuration(proxyBeanMethods = false)
class CaseNumberUpcasters {

    @Bean
    EventUpcaster qualificationNumberAdded() {
        return new FieldAddedUpcaster(ParticipantRegisteredEvent.class, "1", "2", "caseNumber");
    }

    @Bean
    EventUpcaster cardApplicationNumberAdded() {
        return new FieldAddedUpcaster(CardApplicationSubmittedEvent.class, "1", "2", "caseNumber");
    }

    @Bean
    EventUpcaster nominationNumberAdded() {
        return new FieldAddedUpcaster(NominationSubmittedEvent.class, "1", "2", "caseNumber");
    }

    @Bean
    EventUpcaster networkNumberAdded() {
        return new FieldAddedUpcaster(NetworkFoundedEvent.class, "1", "2", "caseNumber");
    }
}
