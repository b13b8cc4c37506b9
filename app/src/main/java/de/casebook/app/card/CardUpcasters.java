package de.casebook.app.card;

import com.fasterxml.jackson.databind.node.BooleanNode;
import de.casebook.app.cases.FieldAddedUpcaster;
import de.casebook.domain.card.api.CardIssuedEvent;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Revision 2 of {@link CardIssuedEvent} says whether the card was taken over; every card issued before was not. */
@Configuration(proxyBeanMethods = false)
class CardUpcasters {

    @Bean
    EventUpcaster cardIssuedTakenOverAdded() {
        return new FieldAddedUpcaster(CardIssuedEvent.class, "1", "2", "takenOver", BooleanNode.FALSE);
    }
}
