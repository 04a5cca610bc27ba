package com.shiftledger.app.ops;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.messaging.Message;
import org.axonframework.micrometer.MessageCountingMonitor;
import org.axonframework.micrometer.MessageTimerMonitor;
import org.axonframework.monitoring.MessageMonitor;
import org.axonframework.monitoring.MultiMessageMonitor;
import org.axonframework.monitoring.NoOpMessageMonitor;
import org.axonframework.queryhandling.QueryBus;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.function.Function;

/**
 * Timers and counters of axon-micrometer on the command bus, the query bus, the event bus and every event processor.
 * It replaces Axon's own {@code MetricsConfigurerModule} ({@code axon.metrics.auto-configuration.enabled: false}):
 * that one also adds capacity and latency gauges which register their gauge again for every message (a Micrometer
 * warning, and values frozen at their first registration). Processor lag comes from {@link EventProcessorMetrics}.
 *
 * <p>Meters: {@code commandBus.allTimer} / {@code successTimer} / {@code failureTimer} / {@code ignoredTimer} and
 * {@code commandBus.ingestedCounter} / ... tagged {@code payload_type} (the command's simple class name); the same
 * for {@code queryBus} and {@code queryUpdateEmitter}; {@code eventProcessor.*} tagged {@code processor};
 * {@code eventStore.*} counters (the event bus) tagged {@code payload_type}.
 */
@Configuration
class AxonMessageMetrics {

    static final String PAYLOAD_TYPE = "payload_type";
    static final String PROCESSOR = "processor";

    @Bean
    ConfigurerModule axonMessageMonitors(MeterRegistry registry) {
        return configurer -> configurer.configureMessageMonitor(
                configuration -> (componentType, componentName) -> monitor(registry, componentType, componentName));
    }

    @SuppressWarnings("unchecked")
    static MessageMonitor<Message<?>> monitor(MeterRegistry registry, Class<?> componentType, String componentName) {
        if (EventProcessor.class.isAssignableFrom(componentType)) {
            Tags processor = Tags.of(PROCESSOR, componentName);
            return timedAndCounted(registry, "eventProcessor", message -> processor);
        }
        if (CommandBus.class.isAssignableFrom(componentType) || QueryBus.class.isAssignableFrom(componentType)
                || QueryUpdateEmitter.class.isAssignableFrom(componentType)) {
            return timedAndCounted(registry, componentName, AxonMessageMetrics::payloadType);
        }
        if (EventBus.class.isAssignableFrom(componentType)) {
            return MessageCountingMonitor.buildMonitor(componentName, registry, AxonMessageMetrics::payloadType);
        }
        return (MessageMonitor<Message<?>>) (MessageMonitor<?>) NoOpMessageMonitor.instance();
    }

    private static MessageMonitor<Message<?>> timedAndCounted(MeterRegistry registry, String prefix,
                                                              Function<Message<?>, Iterable<Tag>> tags) {
        return new MultiMessageMonitor<>(
                MessageTimerMonitor.builder().meterNamePrefix(prefix).meterRegistry(registry).tagsBuilder(tags)
                        .build(),
                MessageCountingMonitor.buildMonitor(prefix, registry, tags));
    }

    private static Iterable<Tag> payloadType(Message<?> message) {
        return Tags.of(PAYLOAD_TYPE, message.getPayloadType().getSimpleName());
    }
}
