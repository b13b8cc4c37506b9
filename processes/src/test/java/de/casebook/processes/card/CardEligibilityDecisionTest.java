package de.casebook.processes.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The eligibility table at its thresholds, per program: one row a case, the reasons it must give. */
class CardEligibilityDecisionTest {

    private static DmnEngine engine;
    private static DmnDecision decision;

    @BeforeAll
    static void parse() throws Exception {
        engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream model = CardEligibilityDecisionTest.class.getResourceAsStream("/bpmn/card-eligibility.dmn")) {
            decision = engine.parseDecision("card-eligibility", model);
        }
    }

    @ParameterizedTest(name = "{0}: age {1}, {2} h/week, {3} h/year, {4} of {5} years, {6} -> [{7}]")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            nrw           | 30 | 5    | 0   | 2  | 2  |                  | none
            nrw           | 30 | 4.99 | 0   | 2  | 2  |                  | hours-too-low
            nrw           | 30 | 4.9  | 249 | 2  | 2  |                  | hours-too-low
            nrw           | 30 | 0    | 250 | 2  | 2  |                  | none
            nrw           | 30 | 0    | 249 | 2  | 2  |                  | hours-too-low
            nrw           | 16 | 5    | 0   | 1  | 1  |                  | none
            nrw           | 15 | 5    | 0   | 1  | 1  |                  | too-young
            nrw           | 30 | 5    | 0   | 1  | 2  |                  | engagement-too-short
            rlp           | 14 | 5    | 0   | 1  | 1  |                  | none
            rlp           | 13 | 5    | 0   | 1  | 1  |                  | too-young
            rlp           | 13 | 0    | 0   | 0  | 1  |                  | too-young,hours-too-low,engagement-too-short
            nrw-jubilaeum | 12 | 0    | 0   | 25 | 25 |                  | none
            nrw-jubilaeum | 70 | 0    | 0   | 24 | 25 |                  | engagement-too-short
            by-blue       | 16 | 5    | 0   | 2  | 2  |                  | none
            by-blue       | 16 | 1    | 0   | 0  | 2  |                  | hours-too-low,engagement-too-short
            by-blue       | 16 | 1    | 0   | 0  | 2  | juleica          | none
            by-blue       | 15 | 1    | 0   | 0  | 2  | fire-brigade     | too-young
            by-gold       | 60 | 5    | 0   | 25 | 25 |                  | none
            by-gold       | 60 | 5    | 0   | 24 | 25 |                  | engagement-too-short
            by-gold       | 60 | 0    | 0   | 3  | 25 | service-medal-25 | none
            by-gold       | 60 | 0    | 0   | 3  | 25 | juleica          | hours-too-low,engagement-too-short
            """)
    void decidesByProgramAtTheThresholds(String program, int age, String hoursPerWeek, int hoursPerYear, int years,
                                         int requiredYears, String qualification, String reasons) {
        assertThat(reasons(facts(program, age, hoursPerWeek, hoursPerYear, years, requiredYears, qualification)))
                .containsExactlyInAnyOrderElementsOf(reasons == null ? List.of() : List.of(reasons.split(",")));
    }

    @ParameterizedTest
    @CsvSource({"unpaid, false, paid-engagement", "resident, false, not-resident",
            "confirmedOrganisations, 0, no-confirmed-organisation"})
    void everyProgramNeedsUnpaidEngagementResidenceAndAConfirmation(String fact, String value, String reason) {
        var facts = facts("nrw-jubilaeum", 60, "0", 0, 30, 25, null);
        facts.put(fact, "0".equals(value) ? (Object) 0 : Boolean.valueOf(value));
        assertThat(reasons(facts)).containsExactly(reason);
    }

    private static Map<String, Object> facts(String program, int age, String hoursPerWeek, int hoursPerYear,
                                             int years, int requiredYears, String qualification) {
        var facts = new HashMap<String, Object>();
        facts.put("program", program);
        facts.put("age", age);
        facts.put("hoursPerWeek", new BigDecimal(hoursPerWeek));
        facts.put("hoursPerYear", hoursPerYear);
        facts.put("yearsOfEngagement", years);
        facts.put("requiredYears", requiredYears);
        facts.put("unpaid", true);
        facts.put("resident", true);
        facts.put("qualification", qualification == null ? "" : qualification);
        facts.put("confirmedOrganisations", 1);
        return facts;
    }

    private static List<String> reasons(Map<String, Object> facts) {
        return engine.evaluateDecisionTable(decision, facts).collectEntries("reason");
    }
}
