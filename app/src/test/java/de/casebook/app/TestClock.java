package de.casebook.app;

import de.casebook.domain.shared.CaseCalendar;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** A clock tests can move; it moves Camunda's clock along, so timers and rules agree on "now". */
public class TestClock extends Clock {

    /**
     * One clock for every application context of the test run: events are stamped by a clock that
     * Axon keeps in a static field, so all contexts must agree on it.
     */
    static final TestClock SHARED = new TestClock();

    private volatile Instant fixed;

    @Override
    public ZoneId getZone() {
        return CaseCalendar.ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        var now = fixed;
        return now != null ? now : Instant.now();
    }

    public LocalDate today() {
        return LocalDate.now(this);
    }

    public void moveTo(Instant instant) {
        fixed = instant;
        ClockUtil.setCurrentTime(Date.from(instant));
    }

    public void reset() {
        fixed = null;
        ClockUtil.reset();
    }
}
