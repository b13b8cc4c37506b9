package de.casebook.app;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Requests that open a case of each type, for tests that need cases rather than a particular rule. */
public final class CaseRequests {

    private CaseRequests() {
    }

    /** A volunteer card (NRW) for a person of Musterstadt engaged five hours a week since 2020. */
    public static Map<String, Object> cardApplication(String name, LocalDate birthDate) {
        var request = new HashMap<String, Object>();
        request.put("program", "nrw");
        request.put("applicant", Map.of("name", name, "birthDate", birthDate.toString(), "street", "Hauptstraße 1",
                "postalCode", "12345", "city", "Musterstadt", "email", "antrag@example.org"));
        request.put("organisations", List.of(Map.of("name", "Sportverein Musterstadt", "contactName", "Jürgen Weiß",
                "contactEmail", "verein@example.org", "hoursPerWeek", 5, "since", "2020-01-01", "role", "Übungsleitung",
                "unpaid", true)));
        return request;
    }

    /** A thank-you letter from the mayor for someone engaged for ten years. */
    public static Map<String, Object> nomination(String nominee, LocalDate today) {
        var request = new HashMap<String, Object>();
        request.put("awardKind", "thank-you-letter");
        request.put("nominator", Map.of("name", "Nina Nominiert", "email", "nina@example.org"));
        request.put("nominee", Map.of("name", nominee, "birthDate", "1960-02-03", "street", "Markt 1",
                "postalCode", "12345", "city", "Musterstadt"));
        request.put("engagementSince", today.minusYears(10).toString());
        request.put("justification", "Seit zehn Jahren leitet sie die Tafel und hat viele Menschen gewonnen.");
        request.put("references", List.of());
        return request;
    }

    public static Map<String, Object> network(String name, LocalDate today) {
        return Map.of("name", name, "kind", "municipalities", "leadOrganisation", "Landesnetzwerk",
                "coordinators", List.of("coordinator"),
                "goals", List.of(Map.of("text", "Ehrenamtskarte in allen Mitgliedskommunen", "reviewEveryMonths", 12)),
                "endDate", today.plusYears(3).toString());
    }
}
