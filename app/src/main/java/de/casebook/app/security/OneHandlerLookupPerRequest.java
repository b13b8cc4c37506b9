package de.casebook.app.security;

import java.util.List;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.web.PathPatternRequestMatcherBuilderFactoryBean;

/**
 * Spring MVC looks up the handler of a request once, in its dispatcher, instead of twice.
 *
 * <p>Spring Security 6.5 matches the paths of {@code requestMatchers("/api/**")} by asking Spring MVC
 * which handler a request goes to ({@code MvcRequestMatcher}), and so wraps its filter chain in a
 * filter that looks up every request's handler in advance ({@code HandlerMappingIntrospector}'s cache
 * filter): the same lookup across all ~160 mappings that the dispatcher makes again afterwards, 9.7 %
 * of the request threads' CPU for the two (docs/benchmark.md). Here the paths are matched as path
 * patterns of the same syntax ({@code PathPatternRequestMatcher}, Spring Security 7's default), which
 * ask Spring MVC nothing, and the filter chain is unwrapped again.
 */
@Configuration(proxyBeanMethods = false)
class OneHandlerLookupPerRequest {

    static final String FILTER_CHAIN = "springSecurityFilterChain";
    private static final String CONFIGURATION = "org.springframework.security.config.annotation.web.configuration.";
    /** Wraps the chain as [the handler lookup in advance, the chain]. */
    private static final String WRAPPED_FOR_LOOKUP = CONFIGURATION + "WebMvcSecurityConfiguration$CompositeFilterChainProxy";
    /** Wraps the chain as [the request path parsed once for path patterns, the chain]: kept. */
    private static final String WRAPPED_FOR_PATHS = CONFIGURATION + "WebSecurityConfiguration$CompositeFilterChainProxy";

    /** {@code requestMatchers(String…)} and {@code securityMatcher(String…)} build path pattern matchers. */
    @Bean
    PathPatternRequestMatcherBuilderFactoryBean pathPatternRequestMatchers() {
        return new PathPatternRequestMatcherBuilderFactoryBean();
    }

    /**
     * Runs after Spring Security's registry post-processors have wrapped the chain (in either order):
     * the wrapper for the lookup is replaced by the chain it wraps, its second filter.
     */
    @Bean
    static BeanFactoryPostProcessor filterChainWithoutHandlerLookup() {
        return beanFactory -> {
            if (beanFactory instanceof BeanDefinitionRegistry registry && registry.containsBeanDefinition(FILTER_CHAIN)) {
                var chain = registry.getBeanDefinition(FILTER_CHAIN);
                var unwrapped = withoutLookup(chain);
                if (unwrapped != chain) {
                    registry.removeBeanDefinition(FILTER_CHAIN);
                    registry.registerBeanDefinition(FILTER_CHAIN, unwrapped);
                }
            }
        };
    }

    private static BeanDefinition withoutLookup(BeanDefinition chain) {
        var filters = wrapped(chain);
        if (filters == null) {
            return chain;
        }
        if (WRAPPED_FOR_LOOKUP.equals(chain.getBeanClassName())) {
            return withoutLookup((BeanDefinition) filters.get(1));
        }
        filters.set(1, withoutLookup((BeanDefinition) filters.get(1)));
        return chain;
    }

    /** The two filters of one of Spring Security's wrappers, the second the chain; null for anything else. */
    @SuppressWarnings("unchecked")
    private static List<Object> wrapped(BeanDefinition chain) {
        if (!WRAPPED_FOR_LOOKUP.equals(chain.getBeanClassName()) && !WRAPPED_FOR_PATHS.equals(chain.getBeanClassName())) {
            return null;
        }
        var argument = chain.getConstructorArgumentValues().getIndexedArgumentValue(0, null);
        if (argument != null && argument.getValue() instanceof List<?> filters && filters.size() == 2
                && filters.get(1) instanceof BeanDefinition) {
            return (List<Object>) filters;
        }
        return null;
    }
}
