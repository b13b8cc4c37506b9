package de.casebook.domain.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;

/**
 * The calendar every rule and every page uses: Berlin's. A date the domain names (a last valid day,
 * a window's end, a ceremony) begins and ends at midnight in Berlin, whatever zone the JVM runs in.
 */
public final class CaseCalendar {

    public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    private CaseCalendar() {
    }

    /** The instant a day begins. */
    public static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZONE).toInstant();
    }

    /** The instant a day is over: the start of the next day. */
    public static Instant endOf(LocalDate lastDay) {
        return startOf(lastDay.plusDays(1));
    }

    /** The day an instant falls on. */
    public static LocalDate dayOf(Instant instant) {
        return instant.atZone(ZONE).toLocalDate();
    }

    /** A wall-clock time as people enter it (a "Stand am" on a page), as an instant. */
    public static Instant instantOf(LocalDateTime localTime) {
        return localTime.atZone(ZONE).toInstant();
    }

    /** The start of a day as the process engine takes timer dates; null stays null. */
    public static Date startDate(LocalDate day) {
        return day == null ? null : Date.from(startOf(day));
    }

    /** The end of a day as the process engine takes timer dates; null stays null. */
    public static Date endDate(LocalDate lastDay) {
        return lastDay == null ? null : Date.from(endOf(lastDay));
    }
}
