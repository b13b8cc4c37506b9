package de.casebook.domain.card.api;

/**
 * Why a confirmation link was sent: first request, the reminder after 14 days, or a resend by staff.
 * Every link replaces the one before (only the newest works); a reminder keeps the first expiry.
 */
public enum ConfirmationPurpose {
    REQUEST, REMINDER, RESEND
}
