package de.casebook.processes.network;

import de.casebook.domain.network.api.Goal;
import de.casebook.domain.shared.CaseCalendar;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Names shared by the models {@code network-lifecycle.bpmn}, {@code network-membership.bpmn} and
 * {@code development-grant.bpmn}, their bridge code and their tests. All three run with the
 * network's id as business key; membership and grant processes carry their application's or
 * grant's id as a variable.
 */
public final class NetworkProcesses {

    public static final String LIFECYCLE = "network-lifecycle";
    public static final String MEMBERSHIP = "network-membership";
    public static final String GRANT = "development-grant";

    public static final String USER_HOLD_MEETING = "user_hold_meeting";
    public static final String USER_REVIEW_GOAL = "user_review_goal";
    public static final String USER_AGREE_ENDING = "user_agree_ending";
    public static final String USER_WIND_DOWN = "user_wind_down";
    public static final String TIMER_END_DATE = "timer_end_date";
    public static final String SERVICE_GOALS_ACHIEVED = "service_goals_achieved";
    public static final String SERVICE_END_DATE_REACHED = "service_end_date_reached";
    public static final String END_CLOSED = "end_closed";

    public static final String USER_DECIDE_MEMBERSHIP = "user_decide_membership";
    public static final String TIMER_TERM_ENDS = "timer_term_ends";
    public static final String END_ADMITTED = "end_admitted";
    public static final String END_DECLINED = "end_declined";
    public static final String END_LEFT = "end_left";
    public static final String END_EXPIRED = "end_expired";

    public static final String USER_REVIEW_GRANT = "user_review_grant";
    public static final String USER_DECIDE_GRANT = "user_decide_grant";
    public static final String USER_RECORD_PAYMENT = "user_record_payment";
    public static final String USER_CHECK_PROOF_OF_USE = "user_check_proof_of_use";
    public static final String TIMER_BUDGET_FOLLOW_UP = "timer_budget_follow_up";

    public static final String MESSAGE_MEMBERSHIP_RENEWED = "MembershipRenewed";
    public static final String MESSAGE_MEMBER_LEFT = "MemberLeft";

    public static final String VAR_MUNICIPALITY = "municipality";
    public static final String VAR_STATE = "state";
    public static final String VAR_COORDINATORS = "coordinators";
    public static final String VAR_GOALS = "goals";
    public static final String VAR_GOAL_ID = "goalId";
    public static final String VAR_MEETING_CYCLE = "meetingCycle";
    public static final String VAR_MEETING_INTERVAL = "meetingInterval";
    public static final String VAR_ENDS_AT = "endsAt";
    public static final String VAR_GOAL_OUTCOME = "goalOutcome";
    public static final String VAR_ENDING_AGREED = "endingAgreed";
    public static final String VAR_ENDING_REASON = "endingReason";
    public static final String VAR_APPLICATION_ID = "applicationId";
    public static final String VAR_MEMBER = "member";
    public static final String VAR_ADMITTED = "admitted";
    public static final String VAR_MEMBER_UNTIL = "memberUntil";
    public static final String VAR_GRANT_ID = "grantId";
    public static final String VAR_GRANT_DECISION = "grantDecision";
    public static final String VAR_FOLLOW_UP_AT = "followUpAt";
    public static final String VAR_PAID_IN_FULL = "paidInFull";

    private NetworkProcesses() {
    }

    /** The goals as the lifecycle process carries them: ids and review intervals, no texts. */
    public static String goalsVariable(List<Goal> goals) {
        return goals.stream().map(goal -> goal.goalId() + ":" + goal.reviewEveryMonths())
                .collect(Collectors.joining(","));
    }

    /** The period between meetings: whole months where the year divides evenly, days otherwise. */
    public static String meetingInterval(int meetingsPerYear) {
        return 12 % meetingsPerYear == 0 ? "P" + 12 / meetingsPerYear + "M" : "P" + 365 / meetingsPerYear + "D";
    }

    public static String meetingCycle(int meetingsPerYear) {
        return "R/" + meetingInterval(meetingsPerYear);
    }

    public static Date startOf(LocalDate day) {
        return CaseCalendar.startDate(day);
    }

    /** The first day after a date, when something that lasts until that date is over. */
    public static Date after(LocalDate lastDay) {
        return CaseCalendar.endDate(lastDay);
    }
}
