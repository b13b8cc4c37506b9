package de.casebook.app.tasklist;

import de.casebook.app.security.Actor;

/** The task being completed, the case it belongs to, and who completes it. */
public record TaskContext(String taskId, String caseId, Actor actor) {
}
