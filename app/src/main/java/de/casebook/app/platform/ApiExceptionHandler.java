package de.casebook.app.platform;

import jakarta.servlet.http.HttpServletRequest;
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
