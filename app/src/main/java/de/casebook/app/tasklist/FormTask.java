package de.casebook.app.tasklist;

/** A {@link TaskCompletion} that names its task and form once, in the constructor. */
public abstract class FormTask<B> implements TaskCompletion<B> {

    private final String taskKey;
    private final Class<B> formType;

    protected FormTask(String taskKey, Class<B> formType) {
        this.taskKey = taskKey;
        this.formType = formType;
    }

    @Override
    public final String taskKey() {
        return taskKey;
    }

    @Override
    public final Class<B> formType() {
        return formType;
    }
}
