package de.casebook.processes.training;

/** Names shared by the model {@code trainer-qualification.bpmn}, its bridge code and its tests. */
public final class TrainerQualificationProcess {

    public static final String KEY = "trainer-qualification";

    public static final String USER_ADMIT_TRAINER_CANDIDATE = "user_admit_trainer_candidate";
    public static final String RECEIVE_TRAINER_REQUIREMENTS_MET = "receive_trainer_requirements_met";
    public static final String USER_REGISTER_TRAINER = "user_register_trainer";
    public static final String END_REGISTERED = "end_registered";
    public static final String END_DECLINED = "end_declined";
    public static final String END_WITHDRAWN = "end_withdrawn";

    public static final String MESSAGE_TRAINER_REQUIREMENTS_MET = "TrainerRequirementsMet";
    public static final String MESSAGE_TRAINER_WITHDRAWN = "TrainerWithdrawn";

    public static final String VAR_MUNICIPALITY = "municipality";
    public static final String VAR_ADMITTED = "admitted";

    private TrainerQualificationProcess() {
    }
}
