package de.casebook.app.network;

import static org.assertj.core.api.Assertions.assertThat;

import de.casebook.app.CasebookIntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

class NetworkApiIT extends CasebookIntegrationTest {

    private Map<String, Object> network(List<String> coordinators) {
        return Map.of("name", "Kommunen-Netzwerk: engagiert", "kind", "municipalities",
                "leadOrganisation", "Landesnetzwerk", "coordinators", coordinators,
                "goals", List.of(Map.of("text", "Ehrenamtskarte in allen Mitgliedskommunen", "reviewEveryMonths", 12)),
                "endDate", clock.today().plusYears(3).toString());
    }

    @Test
    void theMinistryFoundsANetworkWithTheGrantRuleDefaults() {
        var networkId = as("ministry").ok("/api/networks", network(List.of("coordinator"))).get("networkId").asText();

        var view = as("coordinator").read("/api/networks/" + networkId);
        assertThat(view.get("status").asText()).isEqualTo("active");
        assertThat(view.get("meetingsPerYear").asInt()).isEqualTo(2);
        assertThat(view.get("grantRules").get("maxPerRequest").decimalValue()).isEqualByComparingTo("3000");
        assertThat(view.get("grantRules").get("minDaysBeforeStart").asInt()).isEqualTo(28);
        assertThat(view.get("goals").get(0).get("reviewEveryMonths").asInt()).isEqualTo(12);
        assertThat(view.get("members")).isEmpty();

        var history = as("coordinator").read("/api/networks/" + networkId + "/history");
        assertThat(history.get(0).get("type").asText()).isEqualTo("NetworkFoundedEvent");
        assertThat(history.get(0).get("role").asText()).isEqualTo("MINISTRY");
    }

    @Test
    void badNetworksAreRejectedAndChangeNothing() {
        var before = eventCount();
        assertProblem(as("ministry").post("/api/networks", Map.of("name", "")), HttpStatus.BAD_REQUEST,
                "request.invalid-fields");
        assertProblem(as("ministry").post("/api/networks", network(List.of("staff"))), HttpStatus.UNPROCESSABLE_ENTITY,
                "network.unknown-coordinator");
        var inThePast = new java.util.HashMap<>(network(List.of("coordinator")));
        inThePast.put("endDate", clock.today().toString());
        assertProblem(as("ministry").post("/api/networks", inThePast), HttpStatus.UNPROCESSABLE_ENTITY,
                "network.end-in-past");
        assertProblem(as("auditor").post("/api/networks", network(List.of("coordinator"))), HttpStatus.FORBIDDEN, null);
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void onlyTheMinistryItsCoordinatorsAndItsMunicipalitySeeANetworkInFull() {
        var networkId = as("ministry").ok("/api/networks", network(List.of("coordinator"))).get("networkId").asText();
        as("staff-b").ok("/api/networks/" + networkId + "/membership-applications", Map.of("municipality",
                "beispielheim", "contactPerson", "Frau Beispiel", "declarationSigned", true));
        var outsider = as("staff").read("/api/networks/" + networkId);
        assertThat(outsider.get("goals")).hasSize(1);
        assertThat(outsider.get("applications")).as("contact persons stay with those involved").isEmpty();
        assertThat(as("staff-b").read("/api/networks/" + networkId).get("applications").get(0)
                .get("contactPerson").asText()).isEqualTo("Frau Beispiel");
        assertProblem(as("staff").get("/api/networks/" + networkId + "/history"), HttpStatus.FORBIDDEN, "access.denied");
        assertProblem(as("trainer").get("/api/networks/" + networkId), HttpStatus.FORBIDDEN, "access.denied");
        assertProblem(as("ministry").get("/api/networks/unknown"), HttpStatus.NOT_FOUND, "case.not-found");
        assertThat(as("ministry").read("/api/networks/" + networkId).get("name").asText())
                .isEqualTo("Kommunen-Netzwerk: engagiert");
    }
}
