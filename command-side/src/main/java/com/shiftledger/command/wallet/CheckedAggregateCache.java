package com.shiftledger.command.wallet;

import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.eventsourcing.AggregateCacheEntry;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.ObjectProvider;

import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Keeps loaded aggregates in memory, so a command on a busy wallet does not rebuild it from its snapshot and events,
 * and hands one out only while it is still the newest: on every load its version is compared with the last sequence
 * number the event store holds for it (one indexed read, in the command's transaction and under the aggregate's
 * lock). Another instance on the same database may have appended since; then the entry is dropped and the
 * aggregate is loaded from the store, so no command is ever decided on a stale wallet (a refusal included). A
 * command that fails drops its entry too (Axon's caching repository removes it on rollback).
 */
final class CheckedAggregateCache implements Cache {

    private final Cache entries = new WeakReferenceCache();
    private final ObjectProvider<EventStore> eventStore;

    CheckedAggregateCache(ObjectProvider<EventStore> eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <K, V> V get(K key) {
        Object entry = entries.get(key);
        if (entry == null) {
            return null;
        }
        if (entry instanceof AggregateCacheEntry<?> cached && isNewest(key.toString(), cached)) {
            return (V) entry;
        }
        entries.remove(key);
        return null;
    }

    private boolean isNewest(String aggregateIdentifier, AggregateCacheEntry<?> cached) {
        // an in-memory entry holds the aggregate itself, which the repository reuses as it is
        EventSourcedAggregate<?> aggregate = cached.recreateAggregate(null, null, null);
        Long stored = eventStore.getObject().lastSequenceNumberFor(aggregateIdentifier).orElse(null);
        return Objects.equals(aggregate.version(), stored);
    }

    @Override
    public void put(Object key, Object value) {
        entries.put(key, value);
    }

    @Override
    public boolean putIfAbsent(Object key, Object value) {
        return entries.putIfAbsent(key, value);
    }

    @Override
    public boolean remove(Object key) {
        return entries.remove(key);
    }

    @Override
    public void removeAll() {
        entries.removeAll();
    }

    @Override
    public boolean containsKey(Object key) {
        return entries.containsKey(key);
    }

    @Override
    public <V> void computeIfPresent(Object key, UnaryOperator<V> update) {
        entries.computeIfPresent(key, update);
    }

    @Override
    public Registration registerCacheEntryListener(EntryListener cacheEntryListener) {
        return entries.registerCacheEntryListener(cacheEntryListener);
    }
}
