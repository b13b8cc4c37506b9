package de.casebook.app.privacy;

import java.util.function.Supplier;

/**
 * The aggregate whose event or snapshot is being written: a data subject's key belongs to one
 * aggregate, so that a case's retention can end without touching the person's other cases.
 */
public final class PersonalDataScope {

    /** Where no aggregate is known (a parked event written again): such copies go with the person, not a case. */
    static final String NONE = "";
    private static final ThreadLocal<String> AGGREGATE = new ThreadLocal<>();

    private PersonalDataScope() {
    }

    public static <T> T within(String aggregateId, Supplier<T> writing) {
        var outer = AGGREGATE.get();
        AGGREGATE.set(aggregateId);
        try {
            return writing.get();
        } finally {
            if (outer == null) {
                AGGREGATE.remove();
            } else {
                AGGREGATE.set(outer);
            }
        }
    }

    static String aggregate() {
        var current = AGGREGATE.get();
        return current == null ? NONE : current;
    }
}
