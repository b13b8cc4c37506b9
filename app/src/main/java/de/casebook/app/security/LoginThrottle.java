package de.casebook.app.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slows down password guessing, per user name and per address: the first failures cost nothing,
 * each further one doubles the wait before the next attempt (1 s, 2 s, 4 s …), and after more failures
 * the name or address is locked for a while. An address gets more room than a name, since a whole
 * town hall may sign in from one address. A failure older than the lock time is forgotten; a
 * successful sign-in clears its user name.
 */
class LoginThrottle {

    /** Failures free of any wait, and failures after which the key is locked for {@code lockFor}. */
    record Policy(int freeAttempts, int lockAfter) {
    }

    private static final Logger SECURITY = LoggerFactory.getLogger("casebook.security");
    private static final int MAX_TRACKED = 100_000;

    private record Failures(int count, Instant last) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Policy perUser;
    private final Policy perAddress;
    private final Duration lockFor;

    LoginThrottle(Clock clock, Policy perUser, Policy perAddress, Duration lockFor) {
        this.clock = clock;
        this.perUser = perUser;
        this.perAddress = perAddress;
        this.lockFor = lockFor;
    }

    /** How long the user name or the address must still wait before it may try again, if at all. */
    Optional<Duration> waitBefore(String username, String address) {
        var now = clock.instant();
        return Optional.ofNullable(longer(waitOf(userKey(username), perUser, now),
                waitOf(addressKey(address), perAddress, now)));
    }

    void failed(String username, String address) {
        var now = clock.instant();
        if (failures.size() >= MAX_TRACKED) {
            failures.values().removeIf(entry -> entry.last().plus(lockFor).isBefore(now));
        }
        var byUser = record(userKey(username), now);
        var byAddress = record(addressKey(address), now);
        var wait = longer(delay(byUser, perUser), delay(byAddress, perAddress));
        if (!wait.isZero()) {
            SECURITY.warn("sign-in failed for user name '{}' from {}: failure {} of the name, {} of the address;"
                    + " next attempt in {}", username, address, byUser, byAddress, wait);
        } else {
            SECURITY.info("sign-in failed for user name '{}' from {}", username, address);
        }
    }

    void succeeded(String username) {
        failures.remove(userKey(username));
    }

    private int record(String key, Instant now) {
        if (key == null) {
            return 0;
        }
        return failures.compute(key, (k, earlier) -> earlier == null || forgotten(earlier, now)
                ? new Failures(1, now) : new Failures(earlier.count() + 1, now)).count();
    }

    private Duration waitOf(String key, Policy policy, Instant now) {
        var known = key == null ? null : failures.get(key);
        if (known == null || forgotten(known, now)) {
            return null;
        }
        // a clock set back (a time server's correction) must not turn a free failure into hours of waiting
        var since = known.last().isAfter(now) ? now : known.last();
        var until = since.plus(delay(known.count(), policy));
        return until.isAfter(now) ? Duration.between(now, until) : null;
    }

    /** No wait for the first failures, then doubling, then the lock. */
    private Duration delay(int failures, Policy policy) {
        if (failures >= policy.lockAfter()) {
            return lockFor;
        }
        if (failures < policy.freeAttempts()) {
            return Duration.ZERO;
        }
        var doubling = Duration.ofSeconds(1L << Math.min(failures - policy.freeAttempts(), 20));
        return doubling.compareTo(lockFor) > 0 ? lockFor : doubling;
    }

    private boolean forgotten(Failures failures, Instant now) {
        return failures.last().plus(lockFor).isBefore(now);
    }

    private static String userKey(String username) {
        return username == null || username.isBlank() ? null : "user:" + username.strip().toLowerCase(Locale.ROOT);
    }

    private static String addressKey(String address) {
        return address == null ? null : "address:" + address;
    }

    private static Duration longer(Duration first, Duration second) {
        if (first == null) {
            return second;
        }
        return second == null || first.compareTo(second) >= 0 ? first : second;
    }
}
