package de.casebook.processes.mentoring;

import de.casebook.domain.shared.CaseCalendar;
import java.time.LocalDate;
import java.util.Date;

/** Names shared by the model {@code mentor-qualification.bpmn}, its bridge code and its tests. */
public final class MentorQualificationProcess {

    public static final String KEY = "mentor-qualification";

    public static final String USER_ADMIT_PARTICIPANT = "user_admit_participant";
    public static final String RECEIVE_REQUIREMENTS_MET = "receive_requirements_met";
    public static final String TIMER_WINDOW_ENDS = "timer_window_ends";
    public static final String SERVICE_RECORD_WINDOW_ENDED = "service_record_window_ended";
    public static final String USER_DECIDE_INCOMPLETE = "user_decide_incomplete";
    public static final String USER_ISSUE_CERTIFICATE = "user_issue_certificate";
    public static final String USER_AGREE_ACTIVITY_PROFILE = "user_agree_activity_profile";
    public static final String END_COMPLETED = "end_completed";
    public static final String END_DECLINED = "end_declined";
    public static final String END_CLOSED = "end_closed";
    public static final String END_WITHDRAWN = "end_withdrawn";

    public static final String MESSAGE_REQUIREMENTS_MET = "RequirementsMet";
    public static final String MESSAGE_REQUIREMENTS_LOST = "RequirementsLost";
    public static final String MESSAGE_PARTICIPANT_WITHDRAWN = "ParticipantWithdrawn";

    public static final String VAR_MUNICIPALITY = "municipality";
    public static final String VAR_WINDOW_ENDS_AT = "windowEndsAt";
    public static final String VAR_ADMITTED = "admitted";
    public static final String VAR_EXTEND = "extend";

    private MentorQualificationProcess() {
    }

    public static Date windowEndsAt(LocalDate lastDayOfWindow) {
        return CaseCalendar.endDate(lastDayOfWindow);
    }
}
