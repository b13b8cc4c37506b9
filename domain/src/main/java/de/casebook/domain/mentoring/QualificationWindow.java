package de.casebook.domain.mentoring;

import de.casebook.domain.shared.CaseStateConflictException;
import de.casebook.domain.shared.RuleViolationException;
import java.time.Clock;
import java.time.LocalDate;

/**
 * The dates within which a participant's hours count. It may be extended once, by at most the
 * configured number of months beyond the original end.
 */
record QualificationWindow(LocalDate start, LocalDate end, LocalDate originalEnd, int maxExtensionMonths,
                           boolean extended) {

    QualificationWindow(LocalDate start, LocalDate end, int maxExtensionMonths) {
        this(start, end, end, maxExtensionMonths, false);
    }

    boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }

    void checkExtension(LocalDate newEnd, Clock clock) {
        if (extended) {
            throw new CaseStateConflictException("window.already-extended");
        }
        if (newEnd == null || !newEnd.isAfter(end) || newEnd.isBefore(LocalDate.now(clock))) {
            throw new RuleViolationException("window.extension-not-after-end", end);
        }
        var latest = originalEnd.plusMonths(maxExtensionMonths);
        if (newEnd.isAfter(latest)) {
            throw new RuleViolationException("window.extension-too-long", maxExtensionMonths, latest);
        }
    }

    QualificationWindow extendedTo(LocalDate newEnd) {
        return new QualificationWindow(start, newEnd, originalEnd, maxExtensionMonths, true);
    }
}
