package de.casebook.domain.mentoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** The hours signed off for one participant, by session, against the hours the course requires. */
final class SignedOffHours {

    private final Map<String, BigDecimal> bySession = new HashMap<>();
    private final Map<String, LocalDate> dateBySession = new HashMap<>();
    private final Map<String, String> moduleBySession = new HashMap<>();
    private BigDecimal required = BigDecimal.ZERO;
    private BigDecimal total = BigDecimal.ZERO;

    void require(BigDecimal requiredHours) {
        required = requiredHours;
    }

    void add(String sessionId, LocalDate date, BigDecimal hours, String module) {
        bySession.put(sessionId, hours);
        dateBySession.put(sessionId, date);
        moduleBySession.put(sessionId, module);
        total = total.add(hours);
    }

    void remove(String sessionId) {
        dateBySession.remove(sessionId);
        moduleBySession.remove(sessionId);
        var hours = bySession.remove(sessionId);
        if (hours != null) {
            total = total.subtract(hours);
        }
    }

    boolean contains(String sessionId) {
        return bySession.containsKey(sessionId);
    }

    BigDecimal of(String sessionId) {
        return bySession.get(sessionId);
    }

    /** The hours signed off for sessions on that day. */
    BigDecimal onDay(LocalDate date) {
        return dateBySession.entrySet().stream().filter(session -> session.getValue().equals(date))
                .map(session -> bySession.get(session.getKey())).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Whether a session on that day, not revoked, already covered that module. */
    boolean coversModuleOnDay(String module, LocalDate date) {
        return dateBySession.entrySet().stream().anyMatch(session -> session.getValue().equals(date)
                && module.equals(moduleBySession.get(session.getKey())));
    }

    BigDecimal total() {
        return total;
    }

    BigDecimal required() {
        return required;
    }

    boolean meetsRequirement() {
        return total.compareTo(required) >= 0;
    }
}
