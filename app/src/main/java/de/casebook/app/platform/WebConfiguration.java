package de.casebook.app.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.http.HttpHeaders;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
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

    @Bean
    IdempotentRequests idempotentRequests(JdbcClient jdbc, PlatformTransactionManager transactionManager,
                                          Problems problems, Clock clock, ObjectMapper json) {
        return new IdempotentRequests(jdbc, new TransactionTemplate(transactionManager), problems, clock, json);
    }

    /** After Spring Security (which knows the user), for the API only. */
    @Bean
    FilterRegistrationBean<IdempotentRequests> idempotentRequestsRegistration(IdempotentRequests filter) {
        var registration = new FilterRegistrationBean<>(filter);
        registration.addUrlPatterns("/api/*");
        registration.setOrder(0);
        return registration;
    }

    /** Dates and decimals of page forms as a German office types them (see {@link FormValues}). */
    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatterForFieldType(LocalDate.class, new Formatter<LocalDate>() {
            @Override
            public LocalDate parse(String text, Locale locale) {
                return FormValues.parseDate(text);
            }

            @Override
            public String print(LocalDate date, Locale locale) {
                return date.toString();
            }
        });
        registry.addFormatterForFieldType(BigDecimal.class, new Formatter<BigDecimal>() {
            @Override
            public BigDecimal parse(String text, Locale locale) {
                return FormValues.parseDecimal(text);
            }

            @Override
            public String print(BigDecimal number, Locale locale) {
                return number.toPlainString();
            }
        });
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        var change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change).excludePathPatterns("/api/**");
        registry.addInterceptor(new StorableParameters());
    }

    /**
     * Request bodies are read strictly: text that cannot be stored is refused, and a value of the wrong
     * JSON type is not coerced (a number is no name, {@code 12345} no date). Events in the store are
     * read by Axon's own mapper, which stays lenient towards what was stored before.
     */
    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        converters.stream()
                .filter(MappingJackson2HttpMessageConverter.class::isInstance)
                .map(MappingJackson2HttpMessageConverter.class::cast)
                .forEach(converter -> converter.setObjectMapper(strict(converter.getObjectMapper())));
    }

    static ObjectMapper strict(ObjectMapper mapper) {
        var strict = mapper.copyWith(new CheckedJsonFactory());
        for (var type : List.of(LogicalType.Textual, LogicalType.DateTime, LogicalType.Boolean, LogicalType.Enum)) {
            strict.coercionConfigFor(type)
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        }
        for (var type : List.of(LogicalType.Integer, LogicalType.Float)) {
            strict.coercionConfigFor(type)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        }
        return strict;
    }
}
