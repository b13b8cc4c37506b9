package de.casebook.domain.mentoring;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/** The hours signed off for one participant, by session, against the hours the course requires. */
final class SignedOffHours {

    private final Map<String, BigDecimal> bySession = new HashMap<>();
    private BigDecimal required = BigDecimal.ZERO;
    private BigDecimal total = BigDecimal.ZERO;

    void require(BigDecimal requiredHours) {
        required = requiredHours;
    }

    void add(String sessionId, BigDecimal hours) {
        bySession.put(sessionId, hours);
        total = total.add(hours);
    }

    void remove(String sessionId) {
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
