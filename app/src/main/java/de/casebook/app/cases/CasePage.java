package de.casebook.app.cases;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.casebook.app.mail.Outbox;
import de.casebook.app.platform.ApiException;
import de.casebook.app.platform.Paging;
import de.casebook.app.security.CurrentActor;
import de.casebook.app.security.Role;
import de.casebook.domain.shared.CaseCalendar;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;
import org.axonframework.eventhandling.DomainEventMessage;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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

    private final CurrentActor currentActor;
    private final CaseSummaryDirectory summaries;
    private final HistoryService historyService;
    private final RuntimeService runtimeService;
    private final RepositoryService repositoryService;
    private final CaseHistory caseHistory;
    private final CaseSearch search;
    private final CaseNumbers caseNumbers;
    private final Outbox outbox;
    private final CaseHistoryTable historyTable;
    private final ObjectMapper json;
    private final StoredChain storedChain;

    CasePage(CurrentActor currentActor, CaseSummaryDirectory summaries,
             HistoryService historyService, RuntimeService runtimeService, RepositoryService repositoryService,
             CaseHistory caseHistory, CaseSearch search, CaseNumbers caseNumbers, Outbox outbox,
             CaseHistoryTable historyTable, ObjectMapper json, StoredChain storedChain) {
        this.storedChain = storedChain;
        this.outbox = outbox;
        this.historyTable = historyTable;
        this.json = json;
        this.currentActor = currentActor;
        this.summaries = summaries;
        this.historyService = historyService;
        this.runtimeService = runtimeService;
        this.repositoryService = repositoryService;
        this.caseHistory = caseHistory;
        this.search = search;
        this.caseNumbers = caseNumbers;
    }

    static final int FIND_PAGE_SIZE = 50;
    static final String CHAIN_ALGORITHM = "casebook-chain/1";

    @GetMapping("/cases/{caseId}")
    String casePage(@PathVariable String caseId, @RequestParam(required = false) LocalDateTime asOf, Model model) {
        var actor = currentActor.actingAs(Role.values());
        var until = asOf == null ? null : CaseCalendar.instantOf(asOf);
        var shown = summaries.visibleEventsAsOf(actor, caseId, until);
        var summary = summaries.ofAggregateType(shown.get(0).getType())
                .orElseThrow(() -> ApiException.notFound("case.not-found", caseId));
        model.addAttribute("caseId", caseId);
        model.addAttribute("caseNumber", search.displayNumberOf(caseId));
        model.addAttribute("caseType", summary.caseType());
        model.addAttribute("asOf", asOf);
        model.addAttribute("summary", summary.summary(actor, caseId, until));
        model.addAttribute("summaryFragment", summary.summaryFragment());
        model.addAttribute("timeline", caseHistory.entries(shown));
        if (actor.role() == Role.STAFF || actor.role() == Role.ADMIN) {
            model.addAttribute("mails", outbox.ofCase(caseId));
            model.addAttribute("mayResend", actor.role() == Role.STAFF);
        }
        var process = mainProcess(caseId, summary);
        if (process != null) {
            model.addAttribute("processKey", process.getProcessDefinitionKey());
            model.addAttribute("processVersion", process.getProcessDefinitionVersion());
        }
        if (process != null && until == null) {
            model.addAttribute("diagramActive", String.join(" ", process.getEndTime() == null
                    ? runtimeService.getActiveActivityIds(process.getId()) : List.of()));
            model.addAttribute("diagramCompleted", historyService.createHistoricActivityInstanceQuery()
                    .processInstanceId(process.getId()).finished().list().stream()
                    .map(HistoricActivityInstance::getActivityId).distinct().collect(Collectors.joining(" ")));
        }
        return "case";
    }

    /** The history for a German spreadsheet, as it was at {@code asOf} (the "Stand am" of the page) if given. */
    @GetMapping(value = "/cases/{caseId}/history.csv")
    ResponseEntity<String> historyCsv(@PathVariable String caseId, @RequestParam(required = false) LocalDateTime asOf) {
        var entries = caseHistory.entries(shownEvents(caseId, asOf));
        return download(caseId, asOf, "csv", new MediaType("text", "csv", StandardCharsets.UTF_8),
                historyTable.csv(entries, LocaleContextHolder.getLocale()));
    }

    /** The history as an Excel workbook: the same columns as the CSV, with typed dates and numbers. */
    @GetMapping(value = "/cases/{caseId}/history.xlsx")
    ResponseEntity<byte[]> historyXlsx(@PathVariable String caseId, @RequestParam(required = false) LocalDateTime asOf) {
        var entries = caseHistory.entries(shownEvents(caseId, asOf));
        var out = new ByteArrayOutputStream();
        Spreadsheets.xlsx(List.of(new Spreadsheets.Sheet(search.displayNumberOf(caseId),
                historyTable.table(entries, LocaleContextHolder.getLocale(), List.of(), List.of()))), out);
        return ResponseEntity.ok().contentType(CaseExportController.XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName(caseId, asOf,
                        "xlsx"), StandardCharsets.UTF_8).build().toString())
                .body(out.toByteArray());
    }

    /** One event of the JSON export: as the API gives it, with its link in the hash chain. */
    record ExportedEvent(@JsonUnwrapped CaseHistory.Entry event, StoredChain.Link chain) {
    }

    record Export(String caseId, String caseNumber, LocalDateTime asOf, String chainAlgorithm,
                  List<ExportedEvent> events) {
    }

    /**
     * The full history with every payload, as the API gives it, as a file to keep; each event with
     * its hash, so that the case can be checked offline against a digest (docs/audit-trail.md).
     */
    @GetMapping(value = "/cases/{caseId}/history.json")
    ResponseEntity<String> historyJson(@PathVariable String caseId, @RequestParam(required = false) LocalDateTime asOf)
            throws IOException {
        var entries = caseHistory.entries(shownEvents(caseId, asOf));
        var links = storedChain.of(caseId);
        var export = new Export(caseId, search.displayNumberOf(caseId), asOf, CHAIN_ALGORITHM, entries.stream()
                .map(entry -> new ExportedEvent(entry, links.get(entry.sequence()))).toList());
        return download(caseId, asOf, "json", MediaType.APPLICATION_JSON, json.writerWithDefaultPrettyPrinter()
                .writeValueAsString(export));
    }

    private List<DomainEventMessage<?>> shownEvents(String caseId, LocalDateTime asOf) {
        return summaries.visibleEventsAsOf(currentActor.actingAs(Role.values()), caseId,
                asOf == null ? null : CaseCalendar.instantOf(asOf));
    }

    private ResponseEntity<String> download(String caseId, LocalDateTime asOf, String extension, MediaType type,
                                            String body) {
        var name = fileName(caseId, asOf, extension);
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name,
                        StandardCharsets.UTF_8).build().toString())
                .body(body);
    }

    private String fileName(String caseId, LocalDateTime asOf, String extension) {
        return "fall-" + search.displayNumberOf(caseId)
                + (asOf == null ? "" : "-stand-" + asOf.toString().replace(':', '-')) + "." + extension;
    }

    /** The process whose diagram shows the case (a network's lifecycle, not its grants). */
    private HistoricProcessInstance mainProcess(String caseId, CaseSummaries summary) {
        return historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseId)
                .processDefinitionKey(summary.processKey()).singleResult();
    }

    @GetMapping("/cases/{caseId}/diagram")
    ResponseEntity<String> diagram(@PathVariable String caseId) throws IOException {
        var events = summaries.visibleEvents(currentActor.actingAs(Role.values()), caseId);
        var process = summaries.ofAggregateType(events.get(0).getType())
                .map(summary -> mainProcess(caseId, summary)).orElse(null);
        if (process == null) {
            throw ApiException.notFound("case.not-found", caseId);
        }
        try (var xml = repositoryService.getProcessModel(process.getProcessDefinitionId())) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML)
                    .body(new String(xml.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    /** Fall suchen: one field for a case number (as printed) or a name, with type, status and period. */
    @GetMapping("/cases")
    String find(@RequestParam(required = false) String q, @RequestParam(required = false) String type,
                @RequestParam(required = false) String status, @RequestParam(required = false) LocalDate from,
                @RequestParam(required = false) LocalDate to, @RequestParam(defaultValue = "0") int page,
                Model model) {
        var actor = currentActor.actingAs(Role.values());
        var criteria = CaseSearchController.criteria(q, null, type, status, from, to, summaries);
        if (criteria.query() != null && criteria.caseType() == null && criteria.status() == null
                && criteria.openedFrom() == null && criteria.openedBefore() == null) {
            var byNumber = caseNumbers.canonical(criteria.query()).flatMap(number -> search.byNumber(actor, number));
            if (byNumber.isPresent()) {
                return "redirect:/cases/" + byNumber.get().caseId();
            }
        }
        var searched = criteria.query() != null || criteria.caseType() != null || criteria.status() != null
                || from != null || to != null;
        if (searched) {
            var found = search.find(actor, criteria, Paging.page(page), FIND_PAGE_SIZE);
            model.addAttribute("found", found.items());
            model.addAttribute("total", found.total());
            model.addAttribute("page", page);
            model.addAttribute("pages", Paging.pages(found.total(), FIND_PAGE_SIZE));
        }
        model.addAttribute("q", q);
        model.addAttribute("type", type);
        model.addAttribute("status", status);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("caseTypes", summaries.caseTypes());
        return "find-case";
    }
}
