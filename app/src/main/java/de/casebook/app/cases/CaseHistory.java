package de.casebook.app.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.casebook.domain.shared.CaseMetaData;
import java.time.Instant;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.stereotype.Component;

/** Events as auditors read them: who, when, in which role, for which task and request, and what. */
@Component
public class CaseHistory {

    public record Entry(long sequence, String type, Instant occurredAt, String actor, String role, String municipality,
                        String taskId, String correlationId, JsonNode payload) {

        /** The reason given for this step, where one applies. */
        public String reason() {
            return payload.hasNonNull("reason") ? payload.get("reason").asText() : null;
        }
    }

    private final ObjectMapper json;

    public CaseHistory(ObjectMapper json) {
        this.json = json;
    }

    public List<Entry> entries(List<DomainEventMessage<?>> events) {
        return events.stream().map(this::entry).toList();
    }

    private Entry entry(DomainEventMessage<?> event) {
        var metaData = event.getMetaData();
        return new Entry(event.getSequenceNumber(), event.getPayloadType().getSimpleName(), event.getTimestamp(),
                (String) metaData.get(CaseMetaData.USER), (String) metaData.get(CaseMetaData.ROLE),
                (String) metaData.get(CaseMetaData.MUNICIPALITY), (String) metaData.get(CaseMetaData.TASK_ID),
                (String) metaData.get(CaseMetaData.CORRELATION_ID), json.valueToTree(event.getPayload()));
    }
}
