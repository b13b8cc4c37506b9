package de.casebook.app.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.casebook.app.security.CurrentActor;
import de.casebook.app.security.Role;
import de.casebook.domain.shared.CaseMetaData;
import java.time.Instant;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Every event of a case in order, with who did it, when, in which role: what auditors replay. */
@RestController
@RequestMapping("/api/cases")
class CaseHistoryController {

    private final CaseEvents caseEvents;
    private final CurrentActor currentActor;
    private final ObjectMapper json;

    CaseHistoryController(CaseEvents caseEvents, CurrentActor currentActor, ObjectMapper json) {
        this.caseEvents = caseEvents;
        this.currentActor = currentActor;
        this.json = json;
    }

    record HistoryEntry(long sequence, String type, Instant occurredAt, String actor, String role,
                        String municipality, String taskId, String correlationId, JsonNode payload) {
    }

    @GetMapping("/{caseId}/history")
    List<HistoryEntry> history(@PathVariable String caseId, @RequestParam(required = false) Instant until) {
        var actor = currentActor.actingAs(Role.AUDITOR, Role.STAFF, Role.ADMIN, Role.MINISTRY);
        return CaseEvents.until(caseEvents.visibleTo(actor, caseId, null), until).stream()
                .map(this::entry)
                .toList();
    }

    private HistoryEntry entry(DomainEventMessage<?> event) {
        var metaData = event.getMetaData();
        return new HistoryEntry(event.getSequenceNumber(), event.getPayloadType().getSimpleName(),
                event.getTimestamp(), (String) metaData.get(CaseMetaData.USER), (String) metaData.get(CaseMetaData.ROLE),
                (String) metaData.get(CaseMetaData.MUNICIPALITY), (String) metaData.get(CaseMetaData.TASK_ID),
                (String) metaData.get(CaseMetaData.CORRELATION_ID), json.valueToTree(event.getPayload()));
    }
}
