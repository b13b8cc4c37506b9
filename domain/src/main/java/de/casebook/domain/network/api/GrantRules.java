package de.casebook.domain.network.api;

import java.math.BigDecimal;

/**
 * The rules of development grants (KEB) a network was founded with: at most {@code maxPerRequest}
 * a request, at most {@code maxRequestsPerYear} requests and {@code maxTotalPerYear} in total per
 * municipality and calendar year, requested at least {@code minDaysBeforeStart} days before the
 * measure starts, and (if {@code sameYear}) for a measure starting in the year of the request.
 */
public record GrantRules(BigDecimal maxPerRequest, int maxRequestsPerYear, BigDecimal maxTotalPerYear,
                         int minDaysBeforeStart, boolean sameYear) {
}
