package de.casebook.domain.mentoring.api;

import java.math.BigDecimal;

/**
 * How long one signed-off session may be and in which steps hours are counted. Recorded with the
 * course so that a later change of the defaults does not change the rules of a running course.
 */
public record SessionRules(BigDecimal maxHours, BigDecimal step) {

    public boolean allows(BigDecimal hours) {
        return hours.signum() > 0
                && hours.compareTo(maxHours) <= 0
                && hours.remainder(step).signum() == 0;
    }
}
