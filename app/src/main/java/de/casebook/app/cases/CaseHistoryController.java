package de.casebook.app.cases;

import de.casebook.app.security.CurrentActor;
import de.casebook.app.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import java.time.Instant;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Every event of a case in order, with who did it, when, in which role: what auditors replay. */
@RestController
@RequestMapping("/api/cases")
class CaseHistoryController {

    private final CaseSummaryDirectory summaries;
    private final CaseHistory caseHistory;
    private final CurrentActor currentActor;

    CaseHistoryController(CaseSummaryDirectory summaries, CaseHistory caseHistory, CurrentActor currentActor) {
        this.summaries = summaries;
        this.caseHistory = caseHistory;
        this.currentActor = currentActor;
    }

    @Operation(summary = "A case's history: every event with who, when, in which role and why (until an instant)")
    @GetMapping("/{caseId}/history")
    List<CaseHistory.Entry> history(@PathVariable String caseId, @RequestParam(required = false) Instant until) {
        var actor = currentActor.actingAs(Role.AUDITOR, Role.STAFF, Role.ADMIN, Role.MINISTRY, Role.COORDINATOR,
                Role.MAYOR);
        return caseHistory.entries(CaseEvents.until(summaries.visibleEvents(actor, caseId), until));
    }
}
