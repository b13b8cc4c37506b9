package de.casebook.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

class VerifiedPasswordsTest {

    private static final BCryptPasswordEncoder BCRYPT = new BCryptPasswordEncoder(4);

    /** BCrypt that counts its checks and holds each one until the test lets it go. */
    private static final class HeldChecks implements PasswordEncoder {
        final AtomicInteger checks = new AtomicInteger();
        final CountDownLatch release = new CountDownLatch(1);

        @Override
        public String encode(CharSequence raw) {
            return BCRYPT.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            checks.incrementAndGet();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return BCRYPT.matches(raw, encoded);
        }
    }

    private final HeldChecks encoder = new HeldChecks();
    private final VerifiedPasswords passwords = passwords(encoder);
    private final ExecutorService requests = Executors.newFixedThreadPool(8);

    private static VerifiedPasswords passwords(PasswordEncoder encoder) {
        var users = new InMemoryUserDetailsManager(User.withUsername("juergen.weiss")
                .password(encoder.encode("Geheim-Öztürk-1")).roles("STAFF").build());
        var provider = new VerifiedPasswords(users, Duration.ofMinutes(1), new LoginThrottle(Clock.systemUTC(),
                new LoginThrottle.Policy(10, 20), new LoginThrottle.Policy(20, 100), Duration.ofMinutes(15)));
        provider.setPasswordEncoder(encoder);
        return provider;
    }

    @AfterEach
    void stop() {
        encoder.release.countDown();
        requests.shutdownNow();
    }

    private List<Future<Authentication>> signIns(int count, String password) {
        var signIns = new ArrayList<Future<Authentication>>();
        for (int i = 0; i < count; i++) {
            signIns.add(requests.submit(() -> passwords.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated("juergen.weiss", password))));
        }
        return signIns;
    }

    @Test
    void requestsArrivingWhileTheirPasswordIsCheckedWaitForThatOneCheck() throws Exception {
        var first = signIns(1, "Geheim-Öztürk-1");
        await().until(() -> encoder.checks.get() == 1);
        var meanwhile = signIns(7, "Geheim-Öztürk-1");
        await().until(() -> ((ThreadPoolExecutor) requests).getActiveCount() == 8);
        encoder.release.countDown();

        for (var signIn : first) {
            assertThat(signIn.get().isAuthenticated()).isTrue();
        }
        for (var signIn : meanwhile) {
            assertThat(signIn.get().isAuthenticated()).isTrue();
        }
        assertThat(encoder.checks).as("BCrypt runs once for the eight requests").hasValue(1);
    }

    @Test
    void aWrongPasswordIsCheckedInFullForEveryRequest() throws Exception {
        var first = signIns(1, "falsch");
        await().until(() -> encoder.checks.get() == 1);
        var meanwhile = signIns(3, "falsch");
        encoder.release.countDown();

        for (var signIn : first) {
            assertThatThrownBy(signIn::get).hasCauseInstanceOf(BadCredentialsException.class);
        }
        for (var signIn : meanwhile) {
            assertThatThrownBy(signIn::get).hasCauseInstanceOf(BadCredentialsException.class);
        }
        assertThat(encoder.checks).hasValue(4);
        assertThatThrownBy(() -> passwords.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated("juergen.weiss", "falsch")))
                .isInstanceOf(BadCredentialsException.class);
    }
}
