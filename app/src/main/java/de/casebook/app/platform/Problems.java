package de.casebook.app.platform;

import de.casebook.domain.shared.CaseStateConflictException;
import de.casebook.domain.shared.DomainException;
import de.casebook.domain.shared.NotPermittedException;
import de.casebook.domain.shared.RuleViolationException;
import jakarta.servlet.http.HttpServletRequest;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.axonframework.modelling.command.ConcurrencyException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.springframework.context.MessageSource;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.LocaleResolver;

/** RFC 9457 problem details whose texts are in the caller's language (German unless asked otherwise). */
@Component
public class Problems {

    /** unique_violation, serialization_failure, deadlock_detected, lock_not_available */
    private static final Set<String> RACE_SQL_STATES = Set.of("23505", "40001", "40P01", "55P03");

    private final MessageSource messages;
    private final LocaleResolver localeResolver;

    private static final String INVALID_FIELDS = "request.invalid-fields";

    public Problems(MessageSource messages, LocaleResolver localeResolver) {
        this.messages = messages;
        this.localeResolver = localeResolver;
    }

    public ProblemDetail of(HttpStatus status, String code, Object... arguments) {
        return of(locale(), status, code, arguments);
    }

    /** For a request the web server answers itself, outside Spring's dispatch: its language by the same rule. */
    public ProblemDetail of(HttpServletRequest request, HttpStatus status, String code) {
        return of(localeResolver.resolveLocale(request), status, code);
    }

    private ProblemDetail of(Locale locale, HttpStatus status, String code, Object... arguments) {
        var problem = ProblemDetail.forStatusAndDetail(status, textIn(locale, code, INVALID_FIELDS.equals(code)
                ? new Object[] {fieldLabels(locale, arguments)} : arguments));
        problem.setTitle(messages.getMessage("title." + status.value(), null, status.getReasonPhrase(), locale));
        problem.setProperty("code", code);
        return problem;
    }

    /** Field names as a person reads them ("Teilnehmende" for {@code participants}); unknown ones as they are. */
    private String fieldLabels(Locale locale, Object... arguments) {
        if (arguments.length == 0 || arguments[0] == null) {
            return "";
        }
        return Arrays.stream(arguments[0].toString().split(",\\s*"))
                .map(field -> fieldLabel(locale, field))
                .collect(java.util.stream.Collectors.joining(", "));
    }

    private String fieldLabel(Locale locale, String field) {
        var path = field.replaceAll("\\[\\d+]", "");
        var last = path.substring(path.lastIndexOf('.') + 1);
        return messages.getMessage("field." + path, null,
                messages.getMessage("field." + last, null, field, locale), locale);
    }

    public String text(String code, Object... arguments) {
        return textIn(locale(), code, arguments);
    }

    private String textIn(Locale locale, String code, Object... arguments) {
        return messages.getMessage(code, readable(arguments, locale), code, locale);
    }

    /** Dates as the reader writes them (12.11.2026 in German); numbers get their decimal comma from the message format. */
    private static Object[] readable(Object[] arguments, Locale locale) {
        if (arguments == null) {
            return null;
        }
        var german = DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.GERMANY);
        return Arrays.stream(arguments)
                .map(argument -> argument instanceof LocalDate date && Locale.GERMAN.getLanguage().equals(locale.getLanguage())
                        ? german.format(date) : argument)
                .toArray();
    }

    /**
     * The language rule of {@link WebConfiguration#localeResolver()}, asked directly so that it also
     * holds before the dispatcher (sign-in and access errors of the security filters).
     */
    private Locale locale() {
        var attributes = RequestContextHolder.getRequestAttributes();
        if (attributes instanceof ServletRequestAttributes servlet) {
            return localeResolver.resolveLocale(servlet.getRequest());
        }
        return Locale.GERMAN;
    }

    /**
     * The problem detail for a rejection, if it is one: rejections may arrive wrapped by Axon or
     * Camunda, so the cause chain is searched for the reason. Empty for a genuine failure.
     */
    public Optional<ProblemDetail> known(Throwable exception) {
        for (var cause = exception; cause != null; cause = cause.getCause()) {
            var problem = problemFor(cause);
            if (problem != null) {
                return Optional.of(problem);
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return Optional.empty();
    }

    /** Whether the failure is a rejection answered with 4xx (the caller's mistake or a lost race), not a fault. */
    public boolean isRejection(Throwable failure) {
        return known(failure).filter(problem -> problem.getStatus() < 500).isPresent();
    }

    private ProblemDetail problemFor(Throwable cause) {
        if (cause instanceof ApiException api) {
            return of(api.status(), api.code(), api.arguments());
        }
        if (cause instanceof DomainException domain) {
            return of(statusOf(domain), domain.code(), domain.arguments());
        }
        if (cause instanceof AccessDeniedException) {
            return of(HttpStatus.FORBIDDEN, "access.denied");
        }
        if (cause instanceof TaskAlreadyClaimedException) {
            return of(HttpStatus.CONFLICT, "task.claimed-by-other");
        }
        if (isLostRace(cause)) {
            return of(HttpStatus.CONFLICT, "conflict.concurrent-change");
        }
        if (isDatabaseUnavailable(cause)) {
            return of(HttpStatus.SERVICE_UNAVAILABLE, "error.database-unavailable");
        }
        return null;
    }

    private static boolean isLostRace(Throwable cause) {
        return cause instanceof ConcurrencyException
                || cause instanceof OptimisticLockingException
                || cause instanceof ConcurrencyFailureException
                || cause instanceof DuplicateKeyException
                || cause instanceof SQLException sql && sql.getSQLState() != null
                        && RACE_SQL_STATES.contains(sql.getSQLState());
    }

    /**
     * The database went away (connection lost or refused, server shutting down or starting up, commit or
     * rollback failed on the connection): the request can be sent again once it is back; should its
     * commit have gone through after all, the duplicate rules and an Idempotency-Key catch the repetition.
     */
    private static boolean isDatabaseUnavailable(Throwable cause) {
        return cause instanceof CannotGetJdbcConnectionException
                || cause instanceof CannotCreateTransactionException
                || cause instanceof TransactionSystemException
                || cause instanceof DataAccessResourceFailureException
                || cause instanceof SQLTransientConnectionException
                || cause instanceof SQLException sql && sql.getSQLState() != null
                        && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"));
    }

    private static HttpStatus statusOf(DomainException exception) {
        if (exception instanceof RuleViolationException) {
            return HttpStatus.UNPROCESSABLE_ENTITY;
        }
        if (exception instanceof CaseStateConflictException) {
            return HttpStatus.CONFLICT;
        }
        if (exception instanceof NotPermittedException) {
            return HttpStatus.FORBIDDEN;
        }
        return HttpStatus.UNPROCESSABLE_ENTITY;
    }
}
