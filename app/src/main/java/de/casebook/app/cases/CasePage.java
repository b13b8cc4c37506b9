package de.casebook.app.cases;

import de.casebook.app.platform.ApiException;
import de.casebook.app.security.CurrentActor;
import de.casebook.app.security.Role;
import de.casebook.domain.shared.CaseMetaData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.axonframework.eventhandling.DomainEventMessage;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** A case's whole story: summary, documents, timeline of events, and where its process stands. */
@Controller
class CasePage {

    record TimelineEntry(long sequence, String type, Instant occurredAt, String actor, String role, String reason,
                         String taskId) {
    }

    private final CaseEvents caseEvents;
    private final CurrentActor currentActor;
    private final Map<String, CaseSummaries> summaries;
    private final HistoryService historyService;
    private final RuntimeService runtimeService;
    private final RepositoryService repositoryService;

    CasePage(CaseEvents caseEvents, CurrentActor currentActor, List<CaseSummaries> summaries,
             HistoryService historyService, RuntimeService runtimeService, RepositoryService repositoryService) {
        this.caseEvents = caseEvents;
        this.currentActor = currentActor;
        this.summaries = summaries.stream().collect(Collectors.toMap(CaseSummaries::aggregateType, Function.identity()));
        this.historyService = historyService;
        this.runtimeService = runtimeService;
        this.repositoryService = repositoryService;
    }

    @GetMapping("/cases/{caseId}")
    String casePage(@PathVariable String caseId, Model model) {
        var actor = currentActor.actingAs(Role.STAFF, Role.AUDITOR, Role.TRAINER, Role.ADMIN);
        var events = caseEvents.visibleTo(actor, caseId, null);
        var summary = summaries.get(events.get(0).getType());
        if (summary == null) {
            throw ApiException.notFound("case.not-found", caseId);
        }
        model.addAttribute("caseId", caseId);
        model.addAttribute("caseType", summary.caseType());
        model.addAttribute("summary", summary.summary(actor, caseId));
        model.addAttribute("summaryFragment", summary.summaryFragment());
        model.addAttribute("timeline", events.stream().map(CasePage::entry).toList());
        var process = historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseId)
                .singleResult();
        if (process != null) {
            model.addAttribute("diagramActive", String.join(" ", process.getEndTime() == null
                    ? runtimeService.getActiveActivityIds(process.getId()) : List.of()));
            model.addAttribute("diagramCompleted", historyService.createHistoricActivityInstanceQuery()
                    .processInstanceId(process.getId()).finished().list().stream()
                    .map(HistoricActivityInstance::getActivityId).distinct().collect(Collectors.joining(" ")));
        }
        return "case";
    }

    @GetMapping("/cases/{caseId}/diagram")
    ResponseEntity<String> diagram(@PathVariable String caseId) throws IOException {
        caseEvents.visibleTo(currentActor.actingAs(Role.STAFF, Role.AUDITOR, Role.TRAINER, Role.ADMIN), caseId, null);
        var process = historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseId)
                .singleResult();
        if (process == null) {
            throw ApiException.notFound("case.not-found", caseId);
        }
        try (var xml = repositoryService.getProcessModel(process.getProcessDefinitionId())) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML)
                    .body(new String(xml.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    static TimelineEntry entry(DomainEventMessage<?> event) {
        var metaData = event.getMetaData();
        return new TimelineEntry(event.getSequenceNumber(), event.getPayloadType().getSimpleName(), event.getTimestamp(),
                (String) metaData.get(CaseMetaData.USER), (String) metaData.get(CaseMetaData.ROLE),
                reasonOf(event.getPayload()), (String) metaData.get(CaseMetaData.TASK_ID));
    }

    private static String reasonOf(Object payload) {
        try {
            var accessor = payload.getClass().getMethod("reason");
            return (String) accessor.invoke(payload);
        } catch (ReflectiveOperationException | ClassCastException notThere) {
            return null;
        }
    }

    @GetMapping("/cases")
    String find(@RequestParam(required = false) String caseId) {
        return caseId == null || caseId.isBlank() ? "find-case" : "redirect:/cases/" + caseId.strip();
    }
}
