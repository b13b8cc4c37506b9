package de.casebook.app.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * A changing API request sent with an {@code Idempotency-Key} header is carried out once per user and
 * key: the request runs in one transaction that first records the key, and a successful answer is
 * stored with it, so a second request with that key (a double click, a retry after a lost answer, the
 * same request at the same moment) waits for the first and gets its answer again without changing
 * anything. A failed request leaves no key behind and may be retried. The same key with another
 * request is refused (422). Answers are kept for a day.
 */
public final class IdempotentRequests extends OncePerRequestFilter {

    public static final String HEADER = "Idempotency-Key";
    private static final Duration KEPT = Duration.ofDays(1);
    private static final int MAX_KEY_LENGTH = 200;

    private record Stored(String requestHash, Integer status, String contentType, String location, byte[] body) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Problems problems;
    private final Clock clock;
    private final ObjectMapper json;

    public IdempotentRequests(JdbcClient jdbc, TransactionTemplate transactions, Problems problems, Clock clock,
                              ObjectMapper json) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.problems = problems;
        this.clock = clock;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getHeader(HEADER) == null || "GET".equals(request.getMethod())
                || "HEAD".equals(request.getMethod()) || "OPTIONS".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        var key = request.getHeader(HEADER).strip();
        if (authentication == null || !authentication.isAuthenticated()) {
            chain.doFilter(request, response);
            return;
        }
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH || StorableText.problemOf(key).isPresent()) {
            refuse(response, HttpStatus.BAD_REQUEST, "idempotency.key-invalid", MAX_KEY_LENGTH);
            return;
        }
        var body = request.getInputStream().readAllBytes();
        var requestHash = hash(request.getMethod() + " " + request.getRequestURI() + "?" + request.getQueryString(), body);
        var username = authentication.getName();
        var answer = new ContentCachingResponseWrapper(response);
        Optional<Stored> replay;
        try {
            replay = transactions.execute(status -> handleOnce(request, chain, body, answer, username, key, requestHash,
                    status));
        } catch (FilterFailure failure) {
            if (failure.getCause() instanceof ServletException servlet) {
                throw servlet;
            }
            throw (IOException) failure.getCause();
        }
        if (replay.isEmpty()) {
            answer.copyBodyToResponse();
        } else if (!replay.get().requestHash().equals(requestHash)) {
            refuse(response, HttpStatus.UNPROCESSABLE_ENTITY, "idempotency.key-reused");
        } else {
            replayTo(response, replay.get());
        }
    }

    private Optional<Stored> handleOnce(HttpServletRequest request, FilterChain chain, byte[] body,
                                        ContentCachingResponseWrapper answer, String username, String key,
                                        String requestHash, TransactionStatus status) {
        var recorded = jdbc.sql("""
                        INSERT INTO idempotent_request (username, request_key, request_hash, created_at)
                        VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(username, key, requestHash, Timestamp.from(clock.instant())).update();
        if (recorded == 0) {
            // answered before (or just now, by the request this one waited for); forgotten already: refused
            return Optional.of(stored(username, key).orElse(new Stored("", null, null, null, null)));
        }
        try {
            chain.doFilter(new ReplayedBody(request, body), answer);
        } catch (IOException | ServletException e) {
            throw new FilterFailure(e);
        }
        if (HttpStatus.valueOf(answer.getStatus()).is2xxSuccessful()) {
            jdbc.sql("""
                            UPDATE idempotent_request SET status = ?, content_type = ?, location = ?, body = ?
                            WHERE username = ? AND request_key = ?""")
                    .params(answer.getStatus(), answer.getContentType(), answer.getHeader(HttpHeaders.LOCATION),
                            answer.getContentAsByteArray(), username, key).update();
        } else {
            status.setRollbackOnly();
        }
        return Optional.empty();
    }

    private Optional<Stored> stored(String username, String key) {
        return jdbc.sql("""
                        SELECT request_hash, status, content_type, location, body FROM idempotent_request
                        WHERE username = ? AND request_key = ?""")
                .params(username, key)
                .query((row, number) -> new Stored(row.getString(1), (Integer) row.getObject(2), row.getString(3),
                        row.getString(4), row.getBytes(5)))
                .optional();
    }

    private static void replayTo(HttpServletResponse response, Stored stored) throws IOException {
        response.setStatus(stored.status());
        response.setHeader("Idempotent-Replayed", "true");
        if (stored.contentType() != null) {
            response.setContentType(stored.contentType());
        }
        if (stored.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, stored.location());
        }
        if (stored.body() != null) {
            response.getOutputStream().write(stored.body());
        }
    }

    private void refuse(HttpServletResponse response, HttpStatus status, String code, Object... arguments)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType("application/problem+json");
        json.writeValue(response.getOutputStream(), problems.of(status, code, arguments));
    }

    /** Answers older than a day are forgotten. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    public void forgetOldAnswers() {
        jdbc.sql("DELETE FROM idempotent_request WHERE created_at < ?")
                .param(Timestamp.from(clock.instant().minus(KEPT))).update();
    }

    private static String hash(String line, byte[] body) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            digest.update(line.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            return HexFormat.of().formatHex(digest.digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static final class FilterFailure extends RuntimeException {
        FilterFailure(Exception cause) {
            super(cause);
        }
    }

    /** The request with its body read once here and handed on unchanged. */
    private static final class ReplayedBody extends jakarta.servlet.http.HttpServletRequestWrapper {

        private final byte[] body;

        ReplayedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public jakarta.servlet.ServletInputStream getInputStream() {
            var in = new java.io.ByteArrayInputStream(body);
            return new jakarta.servlet.ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                /** The whole body is in memory: it is available at once, and then all read. */
                @Override
                public void setReadListener(jakarta.servlet.ReadListener listener) {
                    try {
                        listener.onDataAvailable();
                        listener.onAllDataRead();
                    } catch (IOException e) {
                        listener.onError(e);
                    }
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }
            };
        }

        @Override
        public java.io.BufferedReader getReader() {
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }
    }
}
