package de.casebook.app.honours;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Honours per municipality: the award kinds it gives, and its prize calls (categories) with their
 * yearly deadline, jury (user names) and quorum (votes in favour needed for a recommendation).
 */
@ConfigurationProperties("casebook.honours")
public record HonoursProperties(
        @DefaultValue("P21D") String statementDeadline,
        @DefaultValue("28") int informationLinkDays,
        Map<String, Municipality> municipalities) {

    public record Municipality(List<String> awardKinds, Map<String, Call> calls) {
    }

    /**
     * A prize call that recurs every year: its deadline is a day of the year ({@code 10-31}); a
     * nomination belongs to the round whose deadline is the next one on the day it is submitted.
     */
    public record Call(MonthDay deadline, List<String> jury, int quorum) {

        @ConstructorBinding
        public Call(String deadline, List<String> jury, int quorum) {
            this(dayOfYear(deadline), jury, quorum);
        }

        /** The deadline of the round a nomination submitted that day belongs to. */
        public LocalDate deadlineFor(LocalDate submittedOn) {
            var thisYear = deadline.atYear(submittedOn.getYear());
            return submittedOn.isAfter(thisYear) ? deadline.atYear(submittedOn.getYear() + 1) : thisYear;
        }

        private static MonthDay dayOfYear(String text) {
            var day = text.strip();
            try {
                return MonthDay.parse(day.startsWith("--") ? day : "--" + day);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("a prize call's deadline is a day of the year like 10-31, not "
                        + text, e);
            }
        }
    }

    public Map<String, Municipality> municipalities() {
        return municipalities == null ? Map.of() : municipalities;
    }
}
