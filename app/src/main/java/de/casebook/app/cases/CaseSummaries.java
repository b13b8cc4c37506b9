package de.casebook.app.cases;

import de.casebook.app.security.Actor;
import de.casebook.app.security.Role;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.axonframework.eventhandling.DomainEventMessage;

/**
 * What the pages need to know of one case type: whom a case is about (for task lists and search),
 * and a summary to show beside tasks and on the case page. One implementation per case type.
 */
public interface CaseSummaries {

    /** The case type as the API names it, e.g. {@code qualification}. */
    String caseType();

    /** The aggregate type whose streams are cases of this type, e.g. {@code Qualification}. */
    String aggregateType();

    /** The BPMN process that runs a case of this type, e.g. {@code mentor-qualification}; its diagram shows the case. */
    String processKey();

    /** Every BPMN process that may run within a case of this type (a network runs memberships and grants too). */
    default List<String> processKeys() {
        return List.of(processKey());
    }

    /** The roles that read cases of this type at all; jurors and the mayor read only nominations. */
    Set<Role> DEFAULT_READERS = Set.of(Role.STAFF, Role.AUDITOR, Role.TRAINER, Role.ADMIN, Role.COORDINATOR,
            Role.MINISTRY);

    /**
     * Whether the actor may see the whole case: by default, a reader of a case of their own municipality
     * (the ministry: all).
     */
    default boolean maySee(Actor actor, List<DomainEventMessage<?>> events) {
        return DEFAULT_READERS.contains(actor.role()) && actor.belongsTo(CaseEvents.municipalityOf(events));
    }

    /** The name of the person the case is about; the actor must be allowed to see the case. */
    String personName(Actor actor, String caseId);

    /** The case as the pages show it, as it was at {@code asOf} (now if null); see {@link #summaryFragment()}. */
    Object summary(Actor actor, String caseId, Instant asOf);

    /** Cases of the actor's municipality whose person's name contains {@code person} (if given), opened in the range. */
    List<FoundCase> search(Actor actor, String person, Instant openedFrom, Instant openedBefore);

    record FoundCase(String caseId, String caseType, String person, Instant opened) {

        /** Whether the case was opened in the range; either end may be open (null). */
        public boolean openedBetween(Instant from, Instant before) {
            return (from == null || !opened.isBefore(from)) && (before == null || opened.isBefore(before));
        }
    }

    /** The Thymeleaf fragment that renders {@link #summary}, e.g. {@code mentoring/summary :: summary}. */
    String summaryFragment();
}
