package de.casebook.app.security;

import de.casebook.app.platform.SubmittedForm;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * A form sent after its session ended (its CSRF token is then unknown) is not lost: what was entered
 * and the page it came from are kept, the person signs in again and is brought back to that page
 * with the form filled in as they left it. Any other refusal is the styled 403 page.
 */
final class ExpiredSessions extends SavedRequestAwareAuthenticationSuccessHandler implements AccessDeniedHandler {

    static final String RESUME_URL = "casebook.resume.url";
    static final String RESUME_VALUES = "casebook.resume.values";

    ExpiredSessions() {
        setDefaultTargetUrl("/");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        if (denied instanceof CsrfException && HttpMethod.POST.matches(request.getMethod()) && !signedIn()
                && !request.getRequestURI().endsWith("/logout")) {
            var session = request.getSession(true);
            session.setAttribute(RESUME_URL, formPage(request));
            session.setAttribute(RESUME_VALUES, SubmittedForm.of(request));
            response.sendRedirect(request.getContextPath() + "/login?expired");
            return;
        }
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, HttpServletResponse.SC_FORBIDDEN);
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }

    /** Signed in, a form without a valid token is a forged one, not one from an ended session. */
    private static boolean signedIn() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws ServletException, IOException {
        var session = request.getSession(false);
        var resume = session == null ? null : (String) session.getAttribute(RESUME_URL);
        if (resume == null) {
            super.onAuthenticationSuccess(request, response, authentication);
            return;
        }
        session.removeAttribute(RESUME_URL);
        clearAuthenticationAttributes(request);
        response.sendRedirect(request.getContextPath() + resume);
    }

    /** The page the form was on: the referring page of this application, else the form's own address. */
    private static String formPage(HttpServletRequest request) {
        var referer = request.getHeader(HttpHeaders.REFERER);
        if (referer != null) {
            var uri = URI.create(referer);
            var sameOrigin = request.getServerName().equalsIgnoreCase(uri.getHost());
            if (sameOrigin && uri.getRawPath() != null && uri.getRawPath().startsWith(request.getContextPath() + "/")) {
                var path = uri.getRawPath().substring(request.getContextPath().length());
                return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
            }
        }
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
