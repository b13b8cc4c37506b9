package de.casebook.domain.network;

import de.casebook.domain.network.api.GrantRules;
import de.casebook.domain.shared.RuleViolationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The development grants requested in a network, and the rules a new request must meet. A declined
 * request no longer counts against its municipality's yearly limits.
 */
final class GrantLedger {

    private record Entry(String municipality, int year, BigDecimal amount) {
    }

    private final Map<String, Entry> active = new LinkedHashMap<>();

    void check(GrantRules rules, String municipality, BigDecimal amount, LocalDate measureStart, LocalDate today) {
        if (amount.signum() <= 0 || amount.compareTo(rules.maxPerRequest()) > 0) {
            throw new RuleViolationException("grant.amount-too-high", rules.maxPerRequest());
        }
        if (ChronoUnit.DAYS.between(today, measureStart) < rules.minDaysBeforeStart()) {
            throw new RuleViolationException("grant.too-late", rules.minDaysBeforeStart());
        }
        if (rules.sameYear() && measureStart.getYear() != today.getYear()) {
            throw new RuleViolationException("grant.other-year", today.getYear());
        }
        var year = today.getYear();
        var requests = active.values().stream()
                .filter(entry -> entry.municipality().equals(municipality) && entry.year() == year).toList();
        if (requests.size() >= rules.maxRequestsPerYear()) {
            throw new RuleViolationException("grant.too-many-requests", rules.maxRequestsPerYear(), year);
        }
        var total = requests.stream().map(Entry::amount).reduce(BigDecimal.ZERO, BigDecimal::add).add(amount);
        if (total.compareTo(rules.maxTotalPerYear()) > 0) {
            throw new RuleViolationException("grant.total-too-high", rules.maxTotalPerYear(), year);
        }
    }

    boolean contains(String grantId) {
        return active.containsKey(grantId);
    }

    String municipalityOf(String grantId) {
        return active.get(grantId).municipality();
    }

    void requested(String grantId, String municipality, LocalDate requestedOn, BigDecimal amount) {
        active.put(grantId, new Entry(municipality, requestedOn.getYear(), amount));
    }

    void declined(String grantId) {
        active.remove(grantId);
    }
}
