package de.casebook.domain.shared;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records that the case's process was moved to another version of its model. Every case aggregate
 * handles it under the name {@link #nameFor(String)}, since one command type has one handler per name.
 */
public record RecordProcessMigrationCommand(@TargetAggregateIdentifier String caseId, String processKey,
                                            int fromVersion, int toVersion) {

    public static String nameFor(String aggregateType) {
        return aggregateType + ".RecordProcessMigration";
    }
}
