package de.casebook.processes.honours;

import de.casebook.domain.shared.CaseCalendar;
import java.time.LocalDate;
import java.util.Date;

/** Names shared by the model {@code honours-nomination.bpmn}, its bridge code and its tests. */
public final class HonoursProcess {

    public static final String KEY = "honours-nomination";

    public static final String USER_FORMAL_CHECK = "user_formal_check";
    public static final String RECEIVE_INFORMATION = "receive_information";
    public static final String USER_SCORE = "user_score";
    public static final String USER_DECIDE = "user_decide";
    public static final String USER_FORWARD = "user_forward";
    public static final String RECEIVE_EXTERNAL_DECISION = "receive_external_decision";
    public static final String USER_FOLLOW_UP_EXTERNAL = "user_follow_up_external";
    public static final String USER_SCHEDULE_CEREMONY = "user_schedule_ceremony";
    public static final String TIMER_CEREMONY = "timer_ceremony";
    public static final String USER_CONFIRM_HANDOVER = "user_confirm_handover";
    public static final String END_REJECTED = "end_rejected";
    public static final String END_DECLINED = "end_declined";
    public static final String END_CLOSED = "end_closed";

    public static final String MESSAGE_INFORMATION_SUPPLIED = "InformationSupplied";
    public static final String MESSAGE_STATEMENT_SUBMITTED = "StatementSubmitted";
    public static final String MESSAGE_EXTERNAL_DECISION = "ExternalDecision";

    public static final String VAR_MUNICIPALITY = "municipality";
    public static final String VAR_AWARD_KIND = "awardKind";
    public static final String VAR_REFERENCE_COUNT = "referenceCount";
    public static final String VAR_REFERENCE_INDEX = "referenceIndex";
    public static final String VAR_ANSWERING_REFERENCE = "answeringReference";
    public static final String VAR_STATEMENT_DEADLINE = "statementDeadline";
    public static final String VAR_JURY = "jury";
    public static final String VAR_QUORUM = "quorum";
    public static final String VAR_FORMAL_DECISION = "formalDecision";
    public static final String VAR_AWARDED = "awarded";
    public static final String VAR_CEREMONY_AT = "ceremonyAt";

    private HonoursProcess() {
    }

    /** The hand-over is confirmed from the ceremony day on (its start, in Berlin). */
    public static Date ceremonyAt(LocalDate day) {
        return CaseCalendar.startDate(day);
    }
}
