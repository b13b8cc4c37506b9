package de.casebook.app.security;

import de.casebook.app.platform.Problems;
import de.casebook.app.platform.SubmittedForm;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The first page shown after signing in again gets the form values kept from the expired session. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class ResumedForms {

    private final Problems problems;

    ResumedForms(Problems problems) {
        this.problems = problems;
    }

    @ModelAttribute
    void resumed(HttpServletRequest request, Model model) {
        var session = request.getSession(false);
        if (session == null || session.getAttribute(ExpiredSessions.RESUME_URL) != null) {
            return;
        }
        var values = session.getAttribute(ExpiredSessions.RESUME_VALUES);
        if (values != null && "GET".equals(request.getMethod())) {
            session.removeAttribute(ExpiredSessions.RESUME_VALUES);
            model.addAttribute(SubmittedForm.ATTRIBUTE, values);
            model.addAttribute("error", problems.text("session.resumed"));
        }
    }
}
