package de.casebook.app.platform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * What a person entered in a form that was refused (or sent after their session had ended): shown
 * again in the same fields by casebook.js, so that nothing entered is lost and no choice falls back
 * to its default. One mechanism for every form.
 */
public final class SubmittedForm {

    public static final String ATTRIBUTE = "submittedForm";
    private static final Set<String> NEVER_KEPT = Set.of("_csrf", "password");
    private static final ObjectMapper JSON = new ObjectMapper();

    private SubmittedForm() {
    }

    /** The current request's form fields (the CSRF token and passwords left out). */
    public static String ofCurrentRequest() {
        var attributes = RequestContextHolder.getRequestAttributes();
        return attributes instanceof ServletRequestAttributes servlet ? of(servlet.getRequest()) : null;
    }

    public static String of(HttpServletRequest request) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, entered) -> {
            if (!NEVER_KEPT.contains(name)) {
                values.put(name, Arrays.asList(entered));
            }
        });
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
