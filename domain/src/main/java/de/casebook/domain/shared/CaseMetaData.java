package de.casebook.domain.shared;

import java.util.HashMap;
import java.util.Map;

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

    /**
     * The metadata of a command sent on someone's behalf; its events inherit it. The task id is
     * left out when no task caused the step.
     */
    public static Map<String, Object> of(String user, String role, String municipality, String correlationId,
                                         String taskId) {
        var metaData = new HashMap<String, Object>();
        metaData.put(USER, user);
        metaData.put(ROLE, role);
        metaData.put(MUNICIPALITY, municipality);
        metaData.put(CORRELATION_ID, correlationId);
        if (taskId != null) {
            metaData.put(TASK_ID, taskId);
        }
        return metaData;
    }
}
