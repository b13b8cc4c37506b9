package de.casebook.app.platform;

import de.casebook.domain.shared.CaseCalendar;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    /** Every rule that depends on "today" asks this clock, so tests can move time. */
    @Bean
    Clock clock() {
        return Clock.system(CaseCalendar.ZONE);
    }
}
