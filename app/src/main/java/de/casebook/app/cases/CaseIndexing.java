package de.casebook.app.cases;

import java.util.List;
import java.util.Set;
import org.axonframework.eventhandling.DomainEventMessage;

/**
 * What the case index needs to know of one case type: how a case opens, and how each kind of event
 * changes its status. One implementation per case type; the views of a single case fold the same
 * events, and a test holds both to the same statuses.
 */
public interface CaseIndexing {

    /** The case type as the API names it, e.g. {@code card-application}. */
    String caseType();

    /** The aggregate type whose streams are cases of this type, e.g. {@code CardApplication}. */
    String aggregateType();

    /** The case as its first event opens it (the only event whose payload the index reads). */
    OpenedCase opened(DomainEventMessage<?> first);

    /** How an event of this type changes the case; null when it only adds to the history. */
    CaseChange change(Class<?> eventType);

    /**
     * A case as it opens: its number, the kind within its type (a card's program, a nomination's
     * award kind, a network's kind), whom it is about, the course a qualification belongs to, and
     * the people named in it who may see it (a network's coordinators, a call's jurors).
     */
    record OpenedCase(String caseNumber, String kind, String person, String parentId, List<String> namedUsers,
                      String status) {
    }

    /**
     * A change of status: to {@code status}; or, where the next stage depends on the kind (a prize
     * with a jury), to {@code status} for {@code kinds} and to {@code otherwise} for the rest. Null
     * statuses leave the status as it is. A decision (approved, rejected, admitted) and an end are
     * recorded with their time.
     */
    record CaseChange(String status, Set<String> kinds, String otherwise, boolean decides, boolean closes) {

        public static CaseChange to(String status) {
            return new CaseChange(status, null, null, false, false);
        }

        public static CaseChange byKind(Set<String> kinds, String status, String otherwise) {
            return new CaseChange(status, Set.copyOf(kinds), otherwise, false, false);
        }

        public static CaseChange decision() {
            return new CaseChange(null, null, null, true, false);
        }

        public CaseChange deciding() {
            return new CaseChange(status, kinds, otherwise, true, closes);
        }

        public CaseChange closing() {
            return new CaseChange(status, kinds, otherwise, decides, true);
        }

        /** The status after this change for a case of the kind; null if the status stays. */
        public String statusFor(String kind) {
            if (kinds == null) {
                return status;
            }
            return kinds.contains(kind) ? status : otherwise;
        }
    }
}
