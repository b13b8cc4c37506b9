/**
 * The volunteer card application (Ehrenamtskarte): organisations confirm the engagement, rules
 * decide eligibility, staff approve or reject, the card is issued, expires, is revoked or renewed.
 */
package de.casebook.domain.card;
