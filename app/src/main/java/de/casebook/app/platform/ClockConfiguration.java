package de.casebook.app.platform;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    /** Every rule that depends on "today" asks this clock, so tests can move time. */
    @Bean
    Clock clock() {
        return Clock.system(BERLIN);
    }
}
