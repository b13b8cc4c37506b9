package de.casebook.processes.card;

import de.casebook.domain.shared.CaseCalendar;
import java.time.LocalDate;
import java.util.Date;

/** Names shared by the model {@code card-application.bpmn}, its bridge code and its tests. */
public final class CardApplicationProcess {

    public static final String KEY = "card-application";
    public static final String DECISION = "card-eligibility";

    public static final String RECEIVE_ANSWER = "receive_answer";
    public static final String USER_CHASE_CONFIRMATION = "user_chase_confirmation";
    public static final String USER_REVIEW_APPLICATION = "user_review_application";
    public static final String GW_BEFORE_REMINDER = "gw_before_reminder";
    public static final String GW_BEFORE_EXPIRY = "gw_before_expiry";
    public static final String END_REJECTED = "end_rejected";
    public static final String END_ISSUED_UNLIMITED = "end_issued_unlimited";
    public static final String END_EXPIRED = "end_expired";
    public static final String END_REVOKED = "end_revoked";
    public static final String END_WITHDRAWN = "end_withdrawn";
    public static final String END_GIVEN_UP = "end_given_up";

    public static final String MESSAGE_ORGANISATION_ANSWERED = "OrganisationAnswered";
    public static final String MESSAGE_APPLICATION_WITHDRAWN = "ApplicationWithdrawn";
    public static final String MESSAGE_CARD_REVOKED = "CardRevoked";

    public static final String VAR_MUNICIPALITY = "municipality";
    public static final String VAR_ORGANISATION_COUNT = "organisationCount";
    public static final String VAR_ORGANISATION_INDEX = "organisationIndex";
    public static final String VAR_ANSWERING_ORGANISATION = "answeringOrganisation";
    public static final String VAR_REMINDER_AFTER = "reminderAfter";
    public static final String VAR_CHASE_AFTER = "chaseAfter";
    public static final String VAR_RESEND = "resend";
    public static final String VAR_APPROVED = "approved";
    public static final String VAR_EXPIRES_AT = "expiresAt";
    public static final String VAR_EXPIRY_REMINDER_AT = "expiryReminderAt";

    private CardApplicationProcess() {
    }

    /** A card valid until a day expires when that day is over, in Berlin. */
    public static Date expiresAt(LocalDate lastValidDay) {
        return CaseCalendar.endDate(lastValidDay);
    }

    /** The reminder goes out at the start of the day {@code daysBefore} the last valid day. */
    public static Date expiryReminderAt(LocalDate lastValidDay, int daysBefore) {
        return lastValidDay == null ? null : CaseCalendar.startDate(lastValidDay.minusDays(daysBefore));
    }
}
