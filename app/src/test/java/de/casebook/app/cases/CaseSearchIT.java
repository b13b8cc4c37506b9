package de.casebook.app.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.casebook.app.CaseRequests;
import de.casebook.app.CasebookIntegrationTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** Case numbers people can say and type, and one search over every case type, each case as its type allows. */
class CaseSearchIT extends CasebookIntegrationTest {

    private final String token = Long.toString(System.nanoTime(), 36);

    private String cardApplication(String name) {
        return staff().ok("/api/card-applications",
                CaseRequests.cardApplication(name, LocalDate.of(1980, 1, 1).plusDays(name.length()))).get("caseId").asText();
    }

    private JsonNode find(String api, String query) {
        return as(api).read("/api/cases?" + query);
    }

    private static List<String> ids(JsonNode page) {
        return StreamSupport.stream(page.get("items").spliterator(), false)
                .map(item -> item.get("caseId").asText()).toList();
    }

    @Test
    void everyCaseCarriesANumberOfItsTypeMunicipalityAndYear() {
        var year = clock.today().getYear();
        var card = cardApplication("Jürgen Weiß " + token);
        var qualification = enrol(scheduleCourse());
        var nomination = staff().ok("/api/nominations", CaseRequests.nomination("Erika Muster " + token,
                clock.today())).get("caseId").asText();
        var network = as("ministry").ok("/api/networks", CaseRequests.network("Netzwerk " + token, clock.today()))
                .get("networkId").asText();

        assertThat(staff().read("/api/card-applications/" + card).get("caseNumber").asText())
                .matches("EK-" + year + "-\\d{5}");
        assertThat(qualification(qualification).get("caseNumber").asText()).matches("BM-" + year + "-\\d{4}");
        assertThat(staff().read("/api/nominations/" + nomination).get("caseNumber").asText())
                .matches("EH-" + year + "-\\d{4}");
        assertThat(as("ministry").read("/api/networks/" + network).get("caseNumber").asText())
                .matches("NW-" + year + "-\\d{4}");
    }

    @Test
    void aCaseIsFoundByItsNumberAsPrintedOrAsTyped() {
        var caseId = cardApplication("Anna Nummer " + token);
        var number = staff().read("/api/card-applications/" + caseId).get("caseNumber").asText();
        var digits = Integer.parseInt(number.substring(8));
        var typed = List.of(number, number.toLowerCase(Locale.ROOT), number.replace('-', ' '),
                number.replace('-', '/'), "EK " + number.substring(3, 7) + " " + digits);

        for (var variant : typed) {
            assertThat(ids(find("staff", "number=" + variant))).as(variant).containsExactly(caseId);
            assertThat(ids(find("staff", "q=" + variant))).as(variant).contains(caseId);
        }
        assertThat(find("staff-b", "number=" + number).get("total").asLong()).as("another municipality").isZero();
    }

    @Test
    void aPersonIsFoundByAnyPartOfTheirNameIgnoringCaseAndAccents() {
        var cigdem = cardApplication("Çiğdem Öztürk-Łukasz " + token);
        var juergen = cardApplication("Jürgen Weiß " + token);

        assertThat(ids(find("staff", "q=ozturk " + token))).isEmpty();
        assertThat(ids(find("staff", "q=ÖZTÜRK-ŁUKASZ")).contains(cigdem)).isTrue();
        assertThat(ids(find("staff", "q=cigdem ozturk-lukasz " + token))).containsExactly(cigdem);
        assertThat(ids(find("staff", "q=Lukasz " + token))).containsExactly(cigdem);
        assertThat(ids(find("staff", "q=weiss " + token))).containsExactly(juergen);
        assertThat(ids(find("staff", "q=Weiß " + token))).containsExactly(juergen);
        assertThat(ids(find("staff", "q=" + token))).containsExactlyInAnyOrder(cigdem, juergen);
        assertThat(ids(find("staff", "q=" + token + "&type=qualification"))).isEmpty();
        assertThat(ids(find("staff", "q=" + token + "&type=card-application&status=awaiting-confirmation")))
                .containsExactlyInAnyOrder(cigdem, juergen);
        var today = clock.today();
        assertThat(ids(find("staff", "q=" + token + "&openedFrom=" + today.minusDays(1) + "&openedTo=" + today)))
                .hasSize(2);
        assertThat(ids(find("staff", "q=" + token + "&openedTo=" + today.minusDays(1)))).isEmpty();
    }

    @Test
    void pagesComeFromTheDatabaseWithAnExactTotal() {
        var opened = new java.util.ArrayList<String>();
        for (int i = 0; i < 7; i++) {
            opened.add(cardApplication("Paula Seite " + i + " " + token));
        }
        var pages = List.of(find("staff", "q=" + token + "&size=3&page=0"), find("staff", "q=" + token + "&size=3&page=1"),
                find("staff", "q=" + token + "&size=3&page=2"));

        assertThat(pages).allSatisfy(page -> assertThat(page.get("total").asLong()).isEqualTo(7));
        assertThat(pages).extracting(page -> ids(page).size()).containsExactly(3, 3, 1);
        var all = pages.stream().flatMap(page -> ids(page).stream()).toList();
        java.util.Collections.reverse(opened);
        assertThat(all).as("newest first").containsExactlyElementsOf(opened);
        var item = pages.get(0).get("items").get(0);
        assertThat(item.get("caseType").asText()).isEqualTo("card-application");
        assertThat(item.get("person").asText()).isEqualTo("Paula Seite 6 " + token);
        assertThat(item.get("status").asText()).isEqualTo("awaiting-confirmation");
        assertThat(item.get("caseNumber").asText()).startsWith("EK-");
        assertThat(item.get("openedAt").asText()).isNotBlank();
    }

    @Test
    void everyoneFindsOnlyTheCasesTheirRoleAndMunicipalityAllow() {
        var courseId = scheduleCourse();
        var participant = staff().ok("/api/courses/" + courseId + "/enrolments",
                Map.of("name", "Tara Trainee " + token, "email", "tara@example.org")).get("caseId").asText();
        var card = cardApplication("Karla Karte " + token);
        var nomination = staff().ok("/api/nominations", CaseRequests.nomination("Nora Nominee " + token,
                clock.today())).get("caseId").asText();
        var network = as("ministry").ok("/api/networks", CaseRequests.network("Netz " + token, clock.today()))
                .get("networkId").asText();
        var query = "q=" + token + "&size=50";

        assertThat(ids(find("staff", query))).contains(participant, card, nomination);
        assertThat(ids(find("trainer", query))).as("the course's trainer").containsExactly(participant);
        assertThat(ids(find("trainer2", query))).as("another trainer").isEmpty();
        assertThat(ids(find("auditor", query))).as("auditors: no nominations").contains(participant, card)
                .doesNotContain(nomination);
        assertThat(ids(find("mayor", query))).containsExactly(nomination);
        assertThat(ids(find("staff-b", query))).as("another municipality").isEmpty();
        assertThat(ids(find("ministry", query))).as("the ministry: networks, no personal data").containsExactly(network);
        assertThat(ids(find("coordinator", query))).containsExactly(network);
        assertThat(ids(find("jury1", query))).isEmpty();
    }

    @Test
    void badSearchesAreTurnedDownWithAReason() {
        assertProblem(staff().get("/api/cases?type=parking-permit"), HttpStatus.BAD_REQUEST, "case.unknown-type");
        assertProblem(staff().get("/api/cases?size=0"), HttpStatus.BAD_REQUEST, "request.page-size");
        assertProblem(staff().get("/api/cases?size=5000"), HttpStatus.BAD_REQUEST, "request.page-size");
        assertProblem(staff().get("/api/cases?page=-1"), HttpStatus.BAD_REQUEST, "request.bad-value");
        assertProblem(staff().get("/api/cases?openedFrom=2026-03-01&openedTo=2026-02-01"), HttpStatus.BAD_REQUEST,
                "case.period-reversed");
        assertProblem(staff().get("/api/cases?openedFrom=gestern"), HttpStatus.BAD_REQUEST, "request.bad-value");
        assertProblem(staff().get("/api/cases?q=" + "x".repeat(201)), HttpStatus.BAD_REQUEST, "request.too-long");
        assertThat(find("staff", "q=%25_%5C").get("total").asLong()).as("wildcards are searched for as such").isZero();
    }
}
