package de.casebook.app.platform;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** RFC 9457 problem details whose texts are in the caller's language (German unless asked otherwise). */
@Component
public class Problems {

    private final MessageSource messages;

    public Problems(MessageSource messages) {
        this.messages = messages;
    }

    public ProblemDetail of(HttpStatus status, String code, Object... arguments) {
        var problem = ProblemDetail.forStatusAndDetail(status, text(code, arguments));
        problem.setTitle(text("title." + status.value()));
        problem.setProperty("code", code);
        return problem;
    }

    public String text(String code, Object... arguments) {
        return messages.getMessage(code, arguments, code, locale());
    }

    /**
     * German unless the caller asks for English. Also right before the dispatcher (sign-in and access
     * errors of the security filters), where no locale resolver has run yet.
     */
    private static Locale locale() {
        var attributes = RequestContextHolder.getRequestAttributes();
        if (attributes instanceof ServletRequestAttributes servlet
                && servlet.getRequest().getHeader(HttpHeaders.ACCEPT_LANGUAGE) == null) {
            return Locale.GERMAN;
        }
        var requested = LocaleContextHolder.getLocale();
        return Locale.ENGLISH.getLanguage().equals(requested.getLanguage()) ? Locale.ENGLISH : Locale.GERMAN;
    }
}
