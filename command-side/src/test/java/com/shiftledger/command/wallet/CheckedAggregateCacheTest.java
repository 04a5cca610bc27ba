package com.shiftledger.command.wallet;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.AggregateCacheEntry;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A cached aggregate is handed out only while the event store holds nothing newer for it: once another writer
 * (another instance on the same database) appended an event, the entry is dropped and the aggregate is loaded anew.
 */
class CheckedAggregateCacheTest {

    private static final String ID = "wallet-7";

    private final EventStore eventStore = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).build();
    private final CheckedAggregateCache cache = new CheckedAggregateCache(storeProvider(), 2);

    @Test
    void anEntryAtTheStoresNewestVersionIsHandedOut() {
        append(0);
        append(1);
        cache.put(ID, entryAt(1));

        assertThat((Object) cache.get(ID)).isNotNull();
        assertThat(cache.containsKey(ID)).isTrue();
    }

    @Test
    void anEntryBehindTheStoreIsDroppedSoTheAggregateIsLoadedAnew() {
        append(0);
        append(1);
        cache.put(ID, entryAt(1));
        append(2);

        assertThat((Object) cache.get(ID)).isNull();
        assertThat(cache.containsKey(ID)).isFalse();
    }

    @Test
    void anEntryOutlivesTheCommandThatPutItThereAndAGarbageCollection() {
        append(0);
        cache.put(ID, entryAt(0));

        System.gc();

        assertThat((Object) cache.get(ID)).isNotNull();
    }

    @Test
    void pastItsCapacityTheLeastRecentlyUsedEntryGoesFirst() {
        append(0);
        eventStore.publish(new GenericDomainEventMessage<>("Counted", "wallet-8", 0, "event 0"));
        eventStore.publish(new GenericDomainEventMessage<>("Counted", "wallet-9", 0, "event 0"));
        cache.put(ID, entryAt(0));
        cache.put("wallet-8", entryAt(0));
        assertThat((Object) cache.get(ID)).isNotNull();

        cache.put("wallet-9", entryAt(0));

        assertThat(cache.containsKey(ID)).isTrue();
        assertThat(cache.containsKey("wallet-8")).isFalse();
        assertThat(cache.containsKey("wallet-9")).isTrue();
    }

    @Test
    void nothingCachedIsNothingHandedOut() {
        assertThat((Object) cache.get(ID)).isNull();
    }

    private org.springframework.beans.factory.ObjectProvider<EventStore> storeProvider() {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("eventStore", eventStore);
        return beans.getBeanProvider(EventStore.class);
    }

    private void append(long sequence) {
        eventStore.publish(new GenericDomainEventMessage<>("Counted", ID, sequence, "event " + sequence));
    }

    private AggregateCacheEntry<Counted> entryAt(long version) {
        EventSourcedAggregate<Counted> aggregate = EventSourcedAggregate.reconstruct(new Counted(),
                AnnotatedAggregateMetaModelFactory.inspectAggregate(Counted.class), version, false, eventStore,
                NoSnapshotTriggerDefinition.TRIGGER);
        return new AggregateCacheEntry<>(aggregate);
    }

    static class Counted {

        @AggregateIdentifier
        private final String id = ID;
    }
}
