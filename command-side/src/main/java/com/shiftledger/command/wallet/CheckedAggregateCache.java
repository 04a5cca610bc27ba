package com.shiftledger.command.wallet;

import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.AggregateCacheEntry;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.util.function.SingletonSupplier;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Keeps the most recently used aggregates in memory, so a command on a busy wallet does not rebuild it from its
 * snapshot and events, and hands one out only while it is still the newest: on every load its version is compared
 * with the last sequence number the event store holds for it (one indexed read, in the command's transaction and
 * under the aggregate's lock). Another instance on the same database may have appended since; then the entry is
 * dropped and the aggregate is loaded from the store, so no command is ever decided on a stale wallet (a refusal
 * included). A command that fails drops its entry too (Axon's caching repository removes it on rollback).
 * <p>
 * The entries are held strongly, at most {@code capacity} of them, the least recently used going first. (Axon's
 * {@code WeakReferenceCache} lost an entry at the next garbage collection once its command had finished: under load
 * that is every second or so, and half the withdrawals of the benchmark rebuilt their wallet.)
 */
final class CheckedAggregateCache implements Cache {

    /** Looked up at the first use (the store is built after the cache), then kept: a lookup costs a bean resolution. */
    private final Supplier<EventStore> eventStore;
    private final int capacity;
    private final Map<Object, Object> entries = new LinkedHashMap<>(16, 0.75f, true);
    private final List<EntryListener> listeners = new CopyOnWriteArrayList<>();

    CheckedAggregateCache(ObjectProvider<EventStore> eventStore, int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("The aggregate cache holds at least one entry, not " + capacity);
        }
        this.eventStore = SingletonSupplier.of(eventStore::getObject);
        this.capacity = capacity;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <K, V> V get(K key) {
        Object entry;
        synchronized (entries) {
            entry = entries.get(key);
        }
        if (entry == null) {
            return null;
        }
        if (entry instanceof AggregateCacheEntry<?> cached && isNewest(key.toString(), cached)) {
            tell(listener -> listener.onEntryRead(key, entry));
            return (V) entry;
        }
        boolean dropped;
        synchronized (entries) {
            dropped = entries.remove(key, entry);
        }
        if (dropped) {
            tell(listener -> listener.onEntryRemoved(key));
        }
        return null;
    }

    private boolean isNewest(String aggregateIdentifier, AggregateCacheEntry<?> cached) {
        // an in-memory entry holds the aggregate itself, which the repository reuses as it is
        EventSourcedAggregate<?> aggregate = cached.recreateAggregate(null, null, null);
        Long stored = eventStore.get().lastSequenceNumberFor(aggregateIdentifier).orElse(null);
        return Objects.equals(aggregate.version(), stored);
    }

    @Override
    public void put(Object key, Object value) {
        Object previous;
        Object evicted;
        synchronized (entries) {
            previous = entries.put(key, value);
            evicted = evictBeyondCapacity();
        }
        if (previous == null) {
            tell(listener -> listener.onEntryCreated(key, value));
        } else {
            tell(listener -> listener.onEntryUpdated(key, value));
        }
        expired(evicted);
    }

    @Override
    public boolean putIfAbsent(Object key, Object value) {
        Object evicted;
        synchronized (entries) {
            if (entries.putIfAbsent(key, value) != null) {
                return false;
            }
            evicted = evictBeyondCapacity();
        }
        tell(listener -> listener.onEntryCreated(key, value));
        expired(evicted);
        return true;
    }

    /** Drops the least recently used entry when there is one too many; answers its key, or null. */
    private Object evictBeyondCapacity() {
        if (entries.size() <= capacity) {
            return null;
        }
        Iterator<Object> eldest = entries.keySet().iterator();
        Object key = eldest.next();
        eldest.remove();
        return key;
    }

    private void expired(Object key) {
        if (key != null) {
            tell(listener -> listener.onEntryExpired(key));
        }
    }

    /** Tells every registered listener, outside the lock. */
    private void tell(Consumer<EntryListener> event) {
        listeners.forEach(event);
    }

    @Override
    public boolean remove(Object key) {
        boolean removed;
        synchronized (entries) {
            removed = entries.remove(key) != null;
        }
        if (removed) {
            tell(listener -> listener.onEntryRemoved(key));
        }
        return removed;
    }

    @Override
    public void removeAll() {
        List<Object> keys;
        synchronized (entries) {
            keys = List.copyOf(entries.keySet());
            entries.clear();
        }
        keys.forEach(key -> tell(listener -> listener.onEntryRemoved(key)));
    }

    @Override
    public boolean containsKey(Object key) {
        synchronized (entries) {
            return entries.containsKey(key);
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public <V> void computeIfPresent(Object key, UnaryOperator<V> update) {
        Object updated;
        synchronized (entries) {
            updated = entries.computeIfPresent(key, (k, value) -> update.apply((V) value));
        }
        if (updated != null) {
            tell(listener -> listener.onEntryUpdated(key, updated));
        }
    }

    @Override
    public Registration registerCacheEntryListener(EntryListener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }
}
