package de.casebook.app.platform;

import de.casebook.domain.shared.CaseCalendar;
import java.time.Clock;
import org.axonframework.eventhandling.GenericEventMessage;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    /** Every rule that depends on "today" asks this clock, so tests can move time. */
    @Bean
    Clock clock() {
        return Clock.system(CaseCalendar.ZONE);
    }

    /**
     * Events are stamped by the same clock: a case opened "today" was opened today for lists,
     * statistics and as-of views alike, also when a test has moved time. Axon keeps its clock in a
     * static field; the clock it had before is given back when the application stops.
     */
    @Bean
    static EventClock eventsStampedByTheClock(Clock clock) {
        return new EventClock(clock);
    }

    static final class EventClock implements InitializingBean, DisposableBean {

        private final Clock clock;
        private Clock before;

        EventClock(Clock clock) {
            this.clock = clock;
        }

        @Override
        public void afterPropertiesSet() {
            before = GenericEventMessage.clock;
            GenericEventMessage.clock = clock;
        }

        @Override
        public void destroy() {
            GenericEventMessage.clock = before;
        }
    }
}
