package de.casebook.app.tasklist;

import de.casebook.app.security.Actor;
import java.util.function.Function;

/**
 * The task being completed, the case it belongs to, and who completes it. Tasks of processes that
 * run beside others in one case (a network's grants) find their subject in a process variable.
 */
public record TaskContext(String taskId, String caseId, Actor actor, Function<String, Object> variables) {

    /** A variable visible from the task, e.g. the {@code grantId} of a grant process's task. */
    public String variable(String name) {
        var value = variables.apply(name);
        return value == null ? null : value.toString();
    }
}
