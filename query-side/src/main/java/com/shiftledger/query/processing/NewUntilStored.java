package com.shiftledger.query.processing;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Transient;
import org.springframework.data.domain.Persistable;

/**
 * A read-model row with an id of its own choosing that a projection creates once: one made by the projection is new,
 * so Spring Data inserts it without first reading it (with an assigned id it would otherwise merge it, a select by
 * id before the insert); one read from its table, or inserted already, is not.
 */
@MappedSuperclass
public abstract class NewUntilStored<ID> implements Persistable<ID> {

    @Transient
    private boolean stored;

    @PostLoad
    @PostPersist
    void markStored() {
        stored = true;
    }

    @Override
    public boolean isNew() {
        return !stored;
    }
}
