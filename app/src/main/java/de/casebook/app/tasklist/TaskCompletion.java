package de.casebook.app.tasklist;

import java.util.Map;

/**
 * What completing one kind of user task means for the case: it reads the task's form, sends the
 * domain command, and returns the process variables the model's gateways need.
 *
 * @param <B> the form of the task, validated before {@link #complete} is called
 */
public interface TaskCompletion<B> {

    /** The BPMN id of the user task, e.g. {@code user_admit_participant}. */
    String taskKey();

    Class<B> formType();

    Map<String, Object> complete(TaskContext task, B form);
}
