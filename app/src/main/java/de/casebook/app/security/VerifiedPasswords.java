package de.casebook.app.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks a password with BCrypt once, then remembers for a short while that this user name and
 * password match, so that an API client sending HTTP Basic on every request does not pay tens of
 * milliseconds of BCrypt each time. Only a SHA-256 of user name and password is kept, never the
 * password; a wrong password is always checked in full. When the minute is over, the next request
 * checks again while requests with the same name and password that arrive meanwhile wait for its
 * answer: without that, every client of a busy account ran BCrypt at the same moment (8 clients, 8
 * checks of ~75 ms CPU each per minute, measured in the benchmark's profile).
 */
class VerifiedPasswords extends DaoAuthenticationProvider {

    private static final int MAX_REMEMBERED = 10_000;

    /** Until when (in {@link System#nanoTime()}) a verified sign-in counts. */
    private record Remembered(Authentication authentication, long until) {
    }

    private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<Authentication>> checking = new ConcurrentHashMap<>();
    private final long rememberNanos;
    private final LoginThrottle throttle;

    VerifiedPasswords(UserDetailsService users, Duration remember, LoginThrottle throttle) {
        super(users);
        this.rememberNanos = remember.toNanos();
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        var key = key(authentication);
        var now = System.nanoTime();
        var known = key == null ? null : remembered.get(key);
        // verified a moment ago: the throttle is for guesses, and this is none
        if (known != null && known.until() - now > 0) {
            return known.authentication();
        }
        if (key == null) {
            return verify(authentication, null, now);
        }
        var mine = new CompletableFuture<Authentication>();
        var running = checking.putIfAbsent(key, mine);
        if (running != null) {
            try {
                return running.join();
            } catch (CompletionException refused) {
                // the other check said no (or was throttled): this request is checked in full on its own
                return verify(authentication, key, now);
            }
        }
        try {
            var verified = verify(authentication, key, now);
            mine.complete(verified);
            return verified;
        } catch (RuntimeException | Error failure) {
            mine.completeExceptionally(failure);
            throw failure;
        } finally {
            checking.remove(key, mine);
        }
    }

    private Authentication verify(Authentication authentication, String key, long now) {
        var address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        var wait = throttle.waitBefore(authentication.getName(), address);
        if (wait.isPresent()) {
            throw new SignInThrottledException(wait.get());
        }
        Authentication verified;
        try {
            verified = super.authenticate(authentication);
        } catch (BadCredentialsException failure) {
            throttle.failed(authentication.getName(), address);
            throw failure;
        }
        throttle.succeeded(authentication.getName());
        if (key != null) {
            if (remembered.size() >= MAX_REMEMBERED) {
                remembered.values().removeIf(entry -> entry.until() - now <= 0);
            }
            if (remembered.size() < MAX_REMEMBERED) {
                remembered.put(key, new Remembered(verified, now + rememberNanos));
            }
        }
        return verified;
    }

    private static String key(Authentication authentication) {
        if (!(authentication instanceof UsernamePasswordAuthenticationToken)
                || !(authentication.getCredentials() instanceof String password)) {
            return null;
        }
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            digest.update(authentication.getName().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(password.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
