package de.casebook.app.card;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import de.casebook.domain.card.api.CardIssuedEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;

class CardUpcastersTest {

    private final JacksonSerializer serializer = JacksonSerializer.builder()
            .objectMapper(new ObjectMapper().registerModule(new JavaTimeModule())).build();

    @Test
    void aCardIssuedBeforeTakeoversExistedWasNotTakenOver() {
        var stored = new GenericDomainEventEntry<>("CardApplication", "c1", 6, "e1", Instant.now(),
                CardIssuedEvent.class.getName(), "1",
                "{\"caseId\":\"c1\",\"cardNumber\":\"EK-2026-00001\",\"verificationCode\":\"V\",\"validFrom\":\"2026-01-01\",\"validUntil\":\"2028-12-31\"}",
                "{}");
        var upcasted = new CardUpcasters().cardIssuedTakenOverAdded()
                .upcast(Stream.<IntermediateEventRepresentation>of(new InitialEventRepresentation(stored, serializer)))
                .findFirst().orElseThrow();
        assertThat(upcasted.getType().getRevision()).isEqualTo("2");
        CardIssuedEvent event = serializer.deserialize(upcasted.getData());
        assertThat(event.takenOver()).isFalse();
        assertThat(event.validUntil()).isEqualTo(LocalDate.of(2028, 12, 31));
    }
}
