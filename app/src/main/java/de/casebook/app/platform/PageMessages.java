package de.casebook.app.platform;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Runs a page action; a rejection (rule, state, race, access) becomes a message on the next page
 * instead of an error page. Genuine failures still propagate.
 */
@Component
public class PageMessages {

    private final Problems problems;

    public PageMessages(Problems problems) {
        this.problems = problems;
    }

    public boolean attempt(Runnable action, RedirectAttributes redirect, String successCode) {
        try {
            action.run();
            redirect.addFlashAttribute("success", problems.text(successCode));
            return true;
        } catch (RuntimeException exception) {
            var problem = problems.known(exception).orElseThrow(() -> exception);
            redirect.addFlashAttribute("error", problem.getDetail());
            return false;
        }
    }
}
