package de.casebook.app.cases;

import de.casebook.app.security.Actor;
import java.time.Instant;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;

/**
 * What the pages need to know of one case type: who may see a case (one rule, used by every
 * endpoint and page, and as SQL by lists and searches) and a summary to show beside tasks and on
 * the case page. One implementation per case type.
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

    /** Whether the actor may see the whole case (its history, page, exports): the case type's access rule. */
    boolean maySee(Actor actor, List<DomainEventMessage<?>> events);

    /**
     * Whether {@link #maySee} decides on a case's first event alone, so that the case as it was at an
     * instant is read without the events after it.
     */
    default boolean decidesOnFirstEvent() {
        return true;
    }

    /**
     * The same rule as {@link #maySee} as an SQL condition on the case index {@code c}, with the
     * parameters {@code :actorMunicipality} and {@code :actorUser}: which of this type's cases the
     * actor may find in searches and lists. {@code FALSE} for none.
     */
    String visibleCases(Actor actor);

    /** The case as the pages show it, as it was at {@code asOf} (now if null); see {@link #summaryFragment()}. */
    Object summary(Actor actor, String caseId, Instant asOf);

    /** The Thymeleaf fragment that renders {@link #summary}, e.g. {@code mentoring/summary :: summary}. */
    String summaryFragment();
}
