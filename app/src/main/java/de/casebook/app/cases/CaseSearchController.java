package de.casebook.app.cases;

import de.casebook.app.platform.ApiException;
import de.casebook.app.platform.Paging;
import de.casebook.app.security.CurrentActor;
import de.casebook.app.security.Role;
import de.casebook.domain.shared.CaseCalendar;
import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Cases of every type the caller may see, found by number, name, type, status and opening period. */
@RestController
@RequestMapping("/api/cases")
class CaseSearchController {

    private final CaseSearch search;
    private final CaseSummaryDirectory caseTypes;
    private final CurrentActor currentActor;

    CaseSearchController(CaseSearch search, CaseSummaryDirectory caseTypes, CurrentActor currentActor) {
        this.search = search;
        this.caseTypes = caseTypes;
        this.currentActor = currentActor;
    }

    @Operation(summary = "Find cases of every type by number, name, type, status and period")
    @GetMapping
    CaseSearch.Page find(@RequestParam(required = false) String q, @RequestParam(required = false) String number,
                         @RequestParam(required = false) String type, @RequestParam(required = false) String status,
                         @RequestParam(required = false) LocalDate openedFrom,
                         @RequestParam(required = false) LocalDate openedTo,
                         @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        var actor = currentActor.actingAs(Role.values());
        return search.find(actor, criteria(q, number, type, status, openedFrom, openedTo, caseTypes),
                Paging.page(page), Paging.size(size));
    }

    /** The criteria as given, checked: a known case type, a period that does not end before it begins. */
    static CaseSearch.Criteria criteria(String q, String number, String type, String status, LocalDate openedFrom,
                                        LocalDate openedTo, CaseSummaryDirectory caseTypes) {
        var caseType = blankToNull(type);
        if (caseType != null && caseTypes.ofCaseType(caseType).isEmpty()) {
            throw ApiException.badRequest("case.unknown-type", caseType, String.join(", ", caseTypes.caseTypes()));
        }
        if (openedFrom != null && openedTo != null && openedTo.isBefore(openedFrom)) {
            throw ApiException.badRequest("case.period-reversed", openedFrom, openedTo);
        }
        var query = blankToNull(q);
        if (query != null && query.length() > 200 || number != null && number.length() > 40
                || status != null && status.length() > 40) {
            throw ApiException.badRequest("request.too-long");
        }
        return new CaseSearch.Criteria(query, blankToNull(number), caseType, blankToNull(status),
                openedFrom == null ? null : CaseCalendar.startOf(openedFrom),
                openedTo == null ? null : CaseCalendar.endOf(openedTo));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
