package com.shiftledger.command.wallet;

import com.razorpay.RazorpayException;
import com.shiftledger.command.web.MoneyLimits;
import org.axonframework.common.caching.Cache;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the wallet: its snapshots, its cache, its payment gateway and its in-transaction lookup. */
@Configuration
@EnableConfigurationProperties({RazorpayProperties.class, MoneyLimits.class})
class WalletConfiguration {

    /** A busy wallet is rebuilt from its latest snapshot plus at most this many events. */
    private static final int EVENTS_BETWEEN_SNAPSHOTS = 200;

    @Bean
    SnapshotTriggerDefinition walletSnapshotTrigger(Snapshotter snapshotter) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, EVENTS_BETWEEN_SNAPSHOTS);
    }

    /**
     * The most recently used wallets stay loaded between commands (at most {@code shiftledger.wallet.cache-size}
     * of them); each is checked against the event store before it is used.
     */
    @Bean
    Cache walletCache(ObjectProvider<EventStore> eventStore,
                      @Value("${shiftledger.wallet.cache-size:1000}") int capacity) {
        return new CheckedAggregateCache(eventStore, capacity);
    }

    @Bean
    PaymentGateway paymentGateway(RazorpayProperties properties) throws RazorpayException {
        return new RazorpayPaymentGateway(properties);
    }

    @Autowired
    void registerLookupInTransaction(EventProcessingConfigurer configurer) {
        configurer.registerSubscribingEventProcessor(WalletLookup.PROCESSING_GROUP);
    }
}
