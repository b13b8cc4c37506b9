package de.casebook.app.statistics;

import de.casebook.app.platform.ApiException;
import de.casebook.app.security.CurrentActor;
import de.casebook.app.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Statistics for a municipality's staff, auditors and admins (their own), and for the ministry (any or all). */
@RestController
class StatisticsController {

    private final Statistics statistics;
    private final StatisticsScopes scopes;

    StatisticsController(Statistics statistics, StatisticsScopes scopes) {
        this.statistics = statistics;
        this.scopes = scopes;
    }

    @Operation(summary = "Counts of cases per type and status for a year (all municipalities for the ministry)")
    @GetMapping("/api/statistics")
    Statistics.Report statistics(@RequestParam(required = false) Integer year,
                                 @RequestParam(required = false) String municipality) {
        return statistics.of(scopes.of(year, municipality));
    }

    /** Whose statistics a person may read. */
    @Component
    static class StatisticsScopes {

        private final CurrentActor currentActor;

        StatisticsScopes(CurrentActor currentActor) {
            this.currentActor = currentActor;
        }

        Statistics.Scope of(Integer year, String municipality) {
            if (year != null && (year < 2000 || year > 2200)) {
                throw ApiException.badRequest("request.bad-value", "year", year);
            }
            var actor = currentActor.actingAs(Role.MINISTRY, Role.STAFF, Role.AUDITOR, Role.ADMIN);
            var asked = municipality == null || municipality.isBlank() ? null : municipality.strip();
            if (actor.role() == Role.MINISTRY) {
                return new Statistics.Scope(asked, year);
            }
            if (asked != null && !asked.equals(actor.municipality())) {
                throw new AccessDeniedException("statistics.other-municipality");
            }
            return new Statistics.Scope(actor.municipality(), year);
        }
    }
}
