package de.casebook.app.platform;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every rejection into a problem detail a clerk can read (see {@link Problems#known}).
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final Problems problems;

    ApiExceptionHandler(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(Exception.class)
    Object handle(Exception exception, HttpServletRequest request) {
        var problem = problems.known(exception).orElseGet(() -> {
            log.error("Unexpected failure", exception);
            return problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "error.unexpected");
        });
        if (problem.getStatus() == HttpStatus.SERVICE_UNAVAILABLE.value()) {
            log.warn("request {} {} not served, the database is unavailable: {}", request.getMethod(),
                    request.getRequestURI(), exception.getClass().getSimpleName());
        }
        if (!wantsJson(request)) {
            return errorPage(problem);
        }
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    /** API callers, and callers of the public links that send or accept JSON, get problem details. */
    private static boolean wantsJson(HttpServletRequest request) {
        var path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            return true;
        }
        var contentType = String.valueOf(request.getContentType());
        var accept = String.valueOf(request.getHeader("Accept"));
        return path.startsWith("/public/") && (contentType.contains("json")
                || accept.contains("json") && !accept.contains("text/html"));
    }

    /** People using the pages get a page, not JSON. */
    private static ModelAndView errorPage(ProblemDetail problem) {
        var page = new ModelAndView("error", Map.of("status", problem.getStatus(), "message", problem.getDetail()));
        page.setStatus(HttpStatus.valueOf(problem.getStatus()));
        return page;
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
        for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof CheckedJsonFactory.UnstorableTextException unstorable) {
                return fieldProblem(fieldName(unstorable.field()), "request." + unstorable.problem().code(),
                        unstorable.problem().detail());
            }
            if (cause instanceof MismatchedInputException mismatched && !mismatched.getPath().isEmpty()) {
                return fieldProblem(fieldName(mismatched.getPath()), "request.wrong-type");
            }
        }
        return ResponseEntity.badRequest().body(problems.of(HttpStatus.BAD_REQUEST, "request.unreadable"));
    }

    /** A refused field, named as the API documents it ({@code applicant.birthDate}, {@code organisations[1].name}). */
    private ResponseEntity<Object> fieldProblem(String field, String code, Object... details) {
        var arguments = new Object[details.length + 1];
        arguments[0] = field;
        System.arraycopy(details, 0, arguments, 1, details.length);
        var problem = problems.of(HttpStatus.BAD_REQUEST, code, arguments);
        problem.setProperty("errors", List.of(Map.of("field", field, "message", problem.getDetail())));
        return ResponseEntity.badRequest().body(problem);
    }

    private static String fieldName(String pointer) {
        return pointer.replaceFirst("^/", "").replaceAll("/(\\d+)(?=/|$)", "[$1]").replace('/', '.');
    }

    private static String fieldName(List<JsonMappingException.Reference> path) {
        var name = new StringBuilder();
        for (var reference : path) {
            if (reference.getFieldName() != null) {
                name.append(name.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                name.append('[').append(reference.getIndex()).append(']');
            }
        }
        return name.toString();
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
