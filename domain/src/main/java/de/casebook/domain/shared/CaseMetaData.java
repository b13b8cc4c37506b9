package de.casebook.domain.shared;

/** Keys of the metadata every command and event carries: who acted, in which role, where, why. */
public final class CaseMetaData {

    public static final String USER = "user";
    public static final String ROLE = "role";
    public static final String MUNICIPALITY = "municipality";
    public static final String CORRELATION_ID = "correlationId";
    public static final String TASK_ID = "taskId";

    /** The actor recorded when the process engine acts on its own (a timer fired). */
    public static final String SYSTEM_USER = "system";
    public static final String SYSTEM_ROLE = "SYSTEM";

    private CaseMetaData() {
    }
}
