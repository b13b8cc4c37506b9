package de.casebook.domain.network;

import de.casebook.domain.network.api.GrantRules;
import de.casebook.domain.shared.CaseStateConflictException;
import de.casebook.domain.shared.RuleViolationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The development grants of a network, where each one stands, and the rules a new request must
 * meet. A declined request no longer counts against its municipality's yearly limits; an approved
 * one counts with the approved amount.
 */
final class GrantLedger {

    enum Stage { REQUESTED, REVIEWED, DEFERRED, APPROVED, DECLINED, CLOSED }

    private static final class Grant {
        private final String municipality;
        private final int year;
        private BigDecimal amount;
        private Stage stage = Stage.REQUESTED;
        private int instalments;
        private int paidInstalments;
        private BigDecimal paid = BigDecimal.ZERO;

        private Grant(String municipality, int year, BigDecimal amount) {
            this.municipality = municipality;
            this.year = year;
            this.amount = amount;
        }

        /** For a network restored from a snapshot: the fields are then set from the snapshot. */
        private Grant() {
            this(null, 0, null);
        }

        private boolean paidInFull() {
            return paid.compareTo(amount) >= 0;
        }

        /** By value, so that Axon's test fixture can compare the state it sourced with the state it handled. */
        @Override
        public boolean equals(Object other) {
            return other instanceof Grant grant && municipality.equals(grant.municipality) && year == grant.year
                    && amount.equals(grant.amount) && stage == grant.stage && instalments == grant.instalments
                    && paidInstalments == grant.paidInstalments && paid.equals(grant.paid);
        }

        @Override
        public int hashCode() {
            return Objects.hash(municipality, year, amount, stage);
        }
    }

    private final Map<String, Grant> grants = new LinkedHashMap<>();

    void checkRequest(GrantRules rules, String municipality, BigDecimal amount, LocalDate measureStart,
                      LocalDate today) {
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
        var counted = grants.values().stream()
                .filter(grant -> grant.stage != Stage.DECLINED)
                .filter(grant -> grant.municipality.equals(municipality) && grant.year == year).toList();
        if (counted.size() >= rules.maxRequestsPerYear()) {
            throw new RuleViolationException("grant.too-many-requests", rules.maxRequestsPerYear(), year);
        }
        var total = counted.stream().map(grant -> grant.amount).reduce(BigDecimal.ZERO, BigDecimal::add).add(amount);
        if (total.compareTo(rules.maxTotalPerYear()) > 0) {
            throw new RuleViolationException("grant.total-too-high", rules.maxTotalPerYear(), year);
        }
    }

    /** The grant, if it is at one of the stages; otherwise the step does not fit (409). */
    void requireAt(String grantId, Stage first, Stage... others) {
        var grant = grants.get(grantId);
        if (grant == null) {
            throw new RuleViolationException("grant.unknown", grantId);
        }
        if (!EnumSet.of(first, others).contains(grant.stage)) {
            throw new CaseStateConflictException("grant.not-open", grantId);
        }
    }

    void checkApproval(String grantId, BigDecimal approvedAmount, int instalments) {
        requireAt(grantId, Stage.REVIEWED, Stage.DEFERRED);
        if (approvedAmount.signum() <= 0 || approvedAmount.compareTo(grants.get(grantId).amount) > 0) {
            throw new RuleViolationException("grant.approved-amount-invalid", grants.get(grantId).amount);
        }
        if (instalments < 1 || instalments > 2) {
            throw new RuleViolationException("grant.instalments-invalid");
        }
    }

    /** The number of the instalment being paid; the last allowed one must pay the rest. */
    int checkPayment(String grantId, BigDecimal amount) {
        requireAt(grantId, Stage.APPROVED);
        var grant = grants.get(grantId);
        if (grant.paidInFull()) {
            throw new CaseStateConflictException("grant.paid-in-full", grantId);
        }
        var rest = grant.amount.subtract(grant.paid);
        var instalment = grant.paidInstalments + 1;
        var mustPayRest = instalment == grant.instalments;
        if (amount.signum() <= 0 || amount.compareTo(rest) > 0 || mustPayRest && amount.compareTo(rest) != 0) {
            throw new RuleViolationException("grant.payment-invalid", rest, instalment, grant.instalments);
        }
        return instalment;
    }

    boolean paidInFullAfter(String grantId, BigDecimal amount) {
        var grant = grants.get(grantId);
        return grant.paid.add(amount).compareTo(grant.amount) >= 0;
    }

    void checkProofOfUse(String grantId) {
        requireAt(grantId, Stage.APPROVED);
        if (!grants.get(grantId).paidInFull()) {
            throw new CaseStateConflictException("grant.not-paid-yet", grantId);
        }
    }

    String municipalityOf(String grantId) {
        return grants.get(grantId).municipality;
    }

    void requested(String grantId, String municipality, LocalDate requestedOn, BigDecimal amount) {
        grants.put(grantId, new Grant(municipality, requestedOn.getYear(), amount));
    }

    void moved(String grantId, Stage stage) {
        grants.get(grantId).stage = stage;
    }

    void approved(String grantId, BigDecimal amount, int instalments) {
        var grant = grants.get(grantId);
        grant.stage = Stage.APPROVED;
        grant.amount = amount;
        grant.instalments = instalments;
    }

    void paid(String grantId, BigDecimal amount) {
        var grant = grants.get(grantId);
        grant.paid = grant.paid.add(amount);
        grant.paidInstalments++;
    }
}
