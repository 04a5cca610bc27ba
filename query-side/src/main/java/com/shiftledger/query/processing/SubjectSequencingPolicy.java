package com.shiftledger.query.processing;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.axonframework.eventhandling.async.SequentialPerAggregatePolicy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;

/**
 * Handles the events that name the same subject (the record component {@code property}, for example the
 * {@code shiftId} of every shift event) one after another, in the order they were stored, whichever aggregate
 * or process published them. Events without that component keep the per-aggregate order. For events of the
 * subject's own aggregate this is the same order as the per-aggregate policy.
 */
public final class SubjectSequencingPolicy implements SequencingPolicy<EventMessage<?>> {

    private final String property;

    public SubjectSequencingPolicy(String property) {
        this.property = property;
    }

    @Override
    public Object getSequenceIdentifierFor(EventMessage<?> event) {
        Object payload = event.getPayload();
        if (payload instanceof Record) {
            for (RecordComponent component : payload.getClass().getRecordComponents()) {
                if (component.getName().equals(property)) {
                    Object subject = read(component, payload);
                    if (subject != null) {
                        return subject.toString();
                    }
                }
            }
        }
        return SequentialPerAggregatePolicy.instance().getSequenceIdentifierFor(event);
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + component.getName() + " of " + record.getClass(), e);
        }
    }
}
