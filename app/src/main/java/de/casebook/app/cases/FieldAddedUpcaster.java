package de.casebook.app.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * One version step of an event that gained a field: stored events of the older revision read as the
 * new revision with the field empty ({@code null}). Everything that reads events through Axon sees
 * the new revision, so projections and views handle only one shape.
 */
public class FieldAddedUpcaster extends SingleEventUpcaster {

    private final SimpleSerializedType from;
    private final SimpleSerializedType to;
    private final String field;
    private final JsonNode initial;

    FieldAddedUpcaster(Class<?> eventType, String fromRevision, String toRevision, String field) {
        this(eventType, fromRevision, toRevision, field, NullNode.getInstance());
    }

    /** The field reads {@code initial} in events stored before it existed (false for a flag, say). */
    public FieldAddedUpcaster(Class<?> eventType, String fromRevision, String toRevision, String field,
                              JsonNode initial) {
        this.from = new SimpleSerializedType(eventType.getName(), fromRevision);
        this.to = new SimpleSerializedType(eventType.getName(), toRevision);
        this.field = field;
        this.initial = initial;
    }

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return from.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(to, JsonNode.class, payload -> {
            if (payload instanceof ObjectNode object && !object.has(field)) {
                object.set(field, initial);
            }
            return payload;
        });
    }
}
