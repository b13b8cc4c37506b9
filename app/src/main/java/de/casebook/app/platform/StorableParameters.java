package de.casebook.app.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Query and form parameters with text that cannot be stored ({@link StorableText}) are refused before
 * any page or endpoint sees them; the refusal is answered like any other (a page or a problem detail).
 */
final class StorableParameters implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        request.getParameterMap().forEach((name, values) -> {
            var label = StorableText.problemOf(name).isPresent() ? "?" : name;
            check(label, name);
            for (var value : values) {
                check(label, value);
            }
        });
        return true;
    }

    private static void check(String name, String text) {
        StorableText.problemOf(text).ifPresent(problem ->
                { throw ApiException.badRequest("request." + problem.code(), name, problem.detail()); });
    }
}
