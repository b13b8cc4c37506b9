package de.casebook.app.platform;

import de.casebook.domain.shared.CaseStateConflictException;
import de.casebook.domain.shared.DomainException;
import de.casebook.domain.shared.NotPermittedException;
import de.casebook.domain.shared.RuleViolationException;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.axonframework.modelling.command.ConcurrencyException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every rejection into a problem detail a clerk can read. Rejections may arrive wrapped by
 * Axon or Camunda, so the cause chain is searched for the reason.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);
    /** unique_violation, serialization_failure, deadlock_detected, lock_not_available */
    private static final Set<String> RACE_SQL_STATES = Set.of("23505", "40001", "40P01", "55P03");

    private final Problems problems;

    ApiExceptionHandler(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> handle(Exception exception) {
        var problem = known(exception).orElseGet(() -> {
            log.error("Unexpected failure", exception);
            return problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "error.unexpected");
        });
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    private Optional<ProblemDetail> known(Throwable exception) {
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

    private ProblemDetail problemFor(Throwable cause) {
        if (cause instanceof ApiException api) {
            return problems.of(api.status(), api.code(), api.arguments());
        }
        if (cause instanceof DomainException domain) {
            return problems.of(statusOf(domain), domain.code(), domain.arguments());
        }
        if (cause instanceof AccessDeniedException) {
            return problems.of(HttpStatus.FORBIDDEN, "access.denied");
        }
        if (cause instanceof TaskAlreadyClaimedException) {
            return problems.of(HttpStatus.CONFLICT, "task.claimed-by-other");
        }
        if (isLostRace(cause)) {
            return problems.of(HttpStatus.CONFLICT, "conflict.concurrent-change");
        }
        return null;
    }

    private static boolean isLostRace(Throwable cause) {
        return cause instanceof ConcurrencyException
                || cause instanceof OptimisticLockingException
                || cause instanceof ConcurrencyFailureException
                || cause instanceof DuplicateKeyException
                || cause instanceof SQLException sql && RACE_SQL_STATES.contains(sql.getSQLState());
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

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var fields = exception.getBindingResult().getFieldErrors().stream()
                .map(error -> Map.of("field", error.getField(),
                        "message", problems.text("validation." + error.getCode(), error.getField())))
                .toList();
        var problem = problems.of(HttpStatus.BAD_REQUEST, "request.invalid-fields",
                String.join(", ", fields.stream().map(field -> field.get("field")).toList()));
        problem.setProperty("errors", fields);
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(problems.of(HttpStatus.BAD_REQUEST, "request.unreadable"));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException exception, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(problems.of(HttpStatus.BAD_REQUEST, "request.bad-value",
                exception.getPropertyName(), String.valueOf(exception.getValue())));
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
            WebRequest request) {
        if (body instanceof ProblemDetail problem && problem.getProperties() == null) {
            var localized = problems.of(HttpStatus.valueOf(status.value()), "error." + status.value());
            return ResponseEntity.status(status).headers(headers).body(localized);
        }
        return super.createResponseEntity(body, headers, status, request);
    }
}
