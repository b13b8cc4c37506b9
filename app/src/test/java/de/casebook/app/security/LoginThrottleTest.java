package de.casebook.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final String OFFICE = "10.1.2.3";

    /** A clock the test moves. */
    private static final class Hands extends Clock {
        private Instant now = Instant.parse("2026-11-30T08:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }
    }

    private final Hands clock = new Hands();
    private final LoginThrottle throttle = new LoginThrottle(clock, new LoginThrottle.Policy(3, 10),
            new LoginThrottle.Policy(20, 100), Duration.ofMinutes(15));

    @Test
    void aClockSetBackDoesNotLengthenTheWait() {
        throttle.failed("çiğdem", OFFICE);
        clock.advance(Duration.ofHours(-4));
        assertThat(throttle.waitBefore("çiğdem", OFFICE)).as("a free failure stays free").isEmpty();
        clock.advance(Duration.ofHours(4));
        for (int i = 0; i < 3; i++) {
            throttle.failed("çiğdem", OFFICE);
        }
        assertThat(throttle.waitBefore("çiğdem", OFFICE)).contains(Duration.ofSeconds(2));
        clock.advance(Duration.ofHours(-4));
        assertThat(throttle.waitBefore("çiğdem", OFFICE)).as("no longer than the failures earned")
                .contains(Duration.ofSeconds(2));
    }

    @Test
    void threeFailuresAreFreeThenTheWaitDoublesThenTheNameIsLocked() {
        for (int i = 0; i < 2; i++) {
            throttle.failed("jürgen.weiß", OFFICE);
        }
        assertThat(throttle.waitBefore("jürgen.weiß", OFFICE)).isEmpty();
        throttle.failed("jürgen.weiß", OFFICE);
        assertThat(throttle.waitBefore("jürgen.weiß", OFFICE)).contains(Duration.ofSeconds(1));
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.waitBefore("jürgen.weiß", OFFICE)).isEmpty();
        throttle.failed("Jürgen.Weiß", OFFICE);
        assertThat(throttle.waitBefore("jürgen.weiß", OFFICE)).as("names ignore case")
                .contains(Duration.ofSeconds(2));

        for (int failures = 5; failures <= 10; failures++) {
            clock.advance(Duration.ofMinutes(1));
            throttle.failed("jürgen.weiß", OFFICE);
        }
        assertThat(throttle.waitBefore("jürgen.weiß", OFFICE)).as("locked").contains(Duration.ofMinutes(15));
        assertThat(throttle.waitBefore("çiğdem", OFFICE)).as("a colleague at the same address may sign in").isEmpty();
        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        assertThat(throttle.waitBefore("jürgen.weiß", OFFICE)).as("the lock ends").isEmpty();
    }

    @Test
    void anAddressTryingManyNamesIsSlowedDownToo() {
        for (int i = 0; i < 20; i++) {
            throttle.failed("name-" + i, "203.0.113.9");
        }
        assertThat(throttle.waitBefore("someone-else", "203.0.113.9")).contains(Duration.ofSeconds(1));
        assertThat(throttle.waitBefore("someone-else", OFFICE)).isEmpty();
    }

    @Test
    void aSuccessfulSignInClearsTheName() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("anna", OFFICE);
        }
        clock.advance(Duration.ofMinutes(1));
        throttle.succeeded("anna");
        throttle.failed("anna", OFFICE);
        assertThat(throttle.waitBefore("anna", OFFICE)).isEmpty();
    }
}
