package de.casebook.domain.card;

import static org.assertj.core.api.Assertions.assertThat;

import de.casebook.domain.card.api.Applicant;
import de.casebook.domain.card.api.CardApplicationSubmittedEvent;
import de.casebook.domain.card.api.CardProgram;
import de.casebook.domain.card.api.EligibilityFacts;
import de.casebook.domain.card.api.Organisation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EligibilityFactsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    static Organisation since(LocalDate since, String perWeek, Integer perYear, boolean unpaid) {
        return new Organisation("Verein", "Kontakt", "k@example.org", perWeek == null ? null : new BigDecimal(perWeek),
                perYear, since, "Vorstand", unpaid);
    }

    static CardApplicationSubmittedEvent application(String program, LocalDate birthDate, Organisation... organisations) {
        return new CardApplicationSubmittedEvent("c1", "EK-2026-00001", "musterstadt", new CardProgram(program, 2, 3),
                new Applicant("Anna", birthDate, "Hauptstr. 1", "12345", "Musterstadt", "a@example.org"),
                List.of(organisations), null, null, TODAY);
    }

    @Test
    void oneDayShortOfTheRequiredYearsIsAYearShort() {
        var twoYears = application("nrw", LocalDate.of(1990, 1, 1), since(TODAY.minusYears(2), "5", null, true));
        var oneDayShort = application("nrw", LocalDate.of(1990, 1, 1),
                since(TODAY.minusYears(2).plusDays(1), "5", null, true));
        assertThat(EligibilityFacts.of(twoYears, Set.of(0), TODAY, true).yearsOfEngagement()).isEqualTo(2);
        assertThat(EligibilityFacts.of(oneDayShort, Set.of(0), TODAY, true).yearsOfEngagement()).isEqualTo(1);
    }

    @Test
    void theAgeTurnsOnTheBirthday() {
        var sixteenToday = application("nrw", TODAY.minusYears(16), since(TODAY.minusYears(3), "5", null, true));
        var sixteenTomorrow = application("nrw", TODAY.minusYears(16).plusDays(1),
                since(TODAY.minusYears(3), "5", null, true));
        assertThat(EligibilityFacts.of(sixteenToday, Set.of(0), TODAY, true).age()).isEqualTo(16);
        assertThat(EligibilityFacts.of(sixteenTomorrow, Set.of(0), TODAY, true).age()).isEqualTo(15);
    }

    @Test
    void onlyConfirmedOrganisationsCountAndTheirHoursAddUp() {
        var application = application("nrw", LocalDate.of(1990, 1, 1), since(TODAY.minusYears(3), "2.5", 100, true),
                since(TODAY.minusYears(3), "2.5", 150, false), since(TODAY.minusYears(9), "10", null, true));
        var facts = EligibilityFacts.of(application, Set.of(0, 1), TODAY, true);
        assertThat(facts.hoursPerWeek()).isEqualByComparingTo("5");
        assertThat(facts.hoursPerYear()).isEqualTo(250);
        assertThat(facts.unpaid()).isFalse();
        assertThat(facts.yearsOfEngagement()).isEqualTo(3);
        assertThat(facts.confirmedOrganisations()).isEqualTo(2);
    }

    @Test
    void theJubileeCardAddsEngagementsUp() {
        var application = application("nrw-jubilaeum", LocalDate.of(1950, 1, 1),
                since(TODAY.minusYears(15), null, null, true), since(TODAY.minusYears(10), null, null, true));
        assertThat(EligibilityFacts.of(application, Set.of(0, 1), TODAY, true).yearsOfEngagement()).isEqualTo(25);
        assertThat(EligibilityFacts.of(application, Set.of(0), TODAY, true).yearsOfEngagement()).isEqualTo(15);
    }
}
