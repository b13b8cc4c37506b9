package de.casebook.app.platform;

import java.time.Duration;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * German unless a person chose English on the pages ({@code ?lang=en}, kept in a cookie; the
 * browser's language does not decide: the offices work in German) or an API client asks for it
 * ({@code Accept-Language: en}).
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    @Bean
    static LocaleResolver localeResolver() {
        var resolver = new CookieLocaleResolver("casebook-language");
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieHttpOnly(true);
        resolver.setCookieSameSite("Lax");
        resolver.setDefaultLocaleFunction(request -> {
            var api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
            var asked = !api || request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) == null ? null : request.getLocale();
            return asked != null && Locale.ENGLISH.getLanguage().equals(asked.getLanguage()) ? Locale.ENGLISH : Locale.GERMAN;
        });
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        var change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change).excludePathPatterns("/api/**");
    }
}
