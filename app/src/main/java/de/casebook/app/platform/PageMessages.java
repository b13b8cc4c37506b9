package de.casebook.app.platform;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Runs a page action; a rejection (rule, state, race, access) becomes a message on the next page
 * instead of an error page. Genuine failures still propagate.
 */
@Component
public class PageMessages {

    private static Optional<List<String>> invalidFieldsOf(Throwable exception) {
        for (var cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidFormException invalid) {
                return Optional.of(invalid.fields());
            }
        }
        return Optional.empty();
    }

    private final Problems problems;

    public PageMessages(Problems problems) {
        this.problems = problems;
    }

    public String text(String code, Object... arguments) {
        return problems.text(code, arguments);
    }

    public boolean attempt(Runnable action, RedirectAttributes redirect, String successCode) {
        try {
            action.run();
            redirect.addFlashAttribute("success", problems.text(successCode));
            return true;
        } catch (RuntimeException exception) {
            var problem = problems.known(exception).orElseThrow(() -> exception);
            redirect.addFlashAttribute("error", problem.getDetail());
            if (problem.getProperties() != null && problem.getProperties().get("code") != null) {
                redirect.addFlashAttribute("errorCode", problem.getProperties().get("code"));
            }
            invalidFieldsOf(exception).ifPresent(fields -> redirect.addFlashAttribute("invalidFields", fields));
            redirect.addFlashAttribute(SubmittedForm.ATTRIBUTE, SubmittedForm.ofCurrentRequest());
            return false;
        }
    }
}
