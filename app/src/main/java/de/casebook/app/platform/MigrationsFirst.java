package de.casebook.app.platform;

import java.util.Arrays;
import java.util.stream.Stream;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Flyway migrates before Camunda creates its tables. Otherwise the schema may already hold Camunda's
 * tables when Flyway looks, and Flyway would refuse to run (or, with baselining, skip our first
 * migration).
 */
@Configuration(proxyBeanMethods = false)
class MigrationsFirst {

    static final String FLYWAY_INITIALIZER = "flywayInitializer";
    static final String CAMUNDA_ENGINE = "processEngineFactoryBean";

    @Bean
    static BeanFactoryPostProcessor camundaAfterFlyway() {
        return beanFactory -> dependOnFlyway(beanFactory, CAMUNDA_ENGINE);
    }

    private static void dependOnFlyway(ConfigurableListableBeanFactory beanFactory, String beanName) {
        if (!beanFactory.containsBeanDefinition(beanName) || !beanFactory.containsBeanDefinition(FLYWAY_INITIALIZER)) {
            return;
        }
        var definition = beanFactory.getBeanDefinition(beanName);
        var dependsOn = definition.getDependsOn() == null ? new String[0] : definition.getDependsOn();
        definition.setDependsOn(Stream.concat(Arrays.stream(dependsOn), Stream.of(FLYWAY_INITIALIZER))
                .distinct().toArray(String[]::new));
    }
}
