package com.shiftledger.app.config;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.commandhandling.gateway.IntervalRetryScheduler;
import org.axonframework.commandhandling.gateway.RetryScheduler;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.modelling.command.AggregateScopeDescriptor;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.RevisionResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

import java.util.concurrent.Executors;

/**
 * Axon as the money needs it: events stored as JSON by a private mapper (web settings never change what is
 * stored), only {@link ConcurrencyException} retried, and a failing handler retried rather than skipped, except
 * that a projection parks an event it cannot apply (see {@link ProcessorErrorHandler}).
 */
@Configuration
class AxonConfiguration {

    private static final int RETRY_INTERVAL_MILLIS = 50;
    private static final int MAX_RETRIES = 8;

    /** The one serializer of messages, events, snapshots, sagas, tokens and deadlines. */
    @Bean
    @Primary
    Serializer serializer(RevisionResolver revisionResolver) {
        return JacksonSerializer.builder()
                .objectMapper(storageObjectMapper())
                .revisionResolver(revisionResolver)
                .build();
    }

    static ObjectMapper storageObjectMapper() {
        ObjectMapper mapper = new ObjectMapper();
        mapper.registerModule(new JavaTimeModule());
        mapper.setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE);
        mapper.setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY);
        mapper.setVisibility(PropertyAccessor.CREATOR, JsonAutoDetect.Visibility.ANY);
        mapper.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        mapper.disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
        mapper.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        mapper.addMixIn(AggregateScopeDescriptor.class, AggregateScopeDescriptorAsStored.class);
        return mapper;
    }

    /**
     * An aggregate's deadline names the aggregate by a scope descriptor whose identifier is supplied lazily: stored
     * through its getters, as its identifier's string, which is what the repository loads it by.
     */
    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.NONE,
            getterVisibility = JsonAutoDetect.Visibility.PUBLIC_ONLY)
    abstract static class AggregateScopeDescriptorAsStored {

        @JsonProperty("type")
        abstract String getType();

        @JsonProperty("identifier")
        @JsonSerialize(using = ToStringSerializer.class)
        abstract Object getIdentifier();
    }

    /** Reads shift events stored before revision 2 as revision 2 (see {@link ShiftEventsUpcaster}). */
    @Bean
    EventUpcaster shiftEventsUpcaster() {
        return new ShiftEventsUpcaster();
    }

    @Bean
    CommandGateway commandGateway(CommandBus commandBus) {
        return DefaultCommandGateway.builder()
                .commandBus(commandBus)
                .retryScheduler(concurrencyRetryScheduler())
                .build();
    }

    private static RetryScheduler concurrencyRetryScheduler() {
        return new ConcurrencyRetryScheduler(IntervalRetryScheduler.builder()
                .retryExecutor(Executors.newSingleThreadScheduledExecutor())
                .retryInterval(RETRY_INTERVAL_MILLIS)
                .maxRetryCount(MAX_RETRIES));
    }

    /** Refusals travel as the details of a command's failure, so they arrive intact through Axon Server too. */
    @Bean
    MessageHandlerInterceptor<CommandMessage<?>> rejectionInterceptor() {
        return new RejectionInterceptor();
    }

    /**
     * A failing handler fails its batch (never skipped by a handler-level error handler); the batch's failure is
     * then parked or retried by {@link ProcessorErrorHandler}.
     */
    @Autowired
    void retryFailingHandlers(EventProcessingConfigurer processing, MeterRegistry registry) {
        processing.registerDefaultListenerInvocationErrorHandler(configuration -> PropagatingErrorHandler.instance());
        processing.registerDefaultErrorHandler(configuration -> new ProcessorErrorHandler(configuration, registry));
    }

    /** Retries a command only when another writer appended to the same aggregate first. */
    static final class ConcurrencyRetryScheduler extends IntervalRetryScheduler {

        ConcurrencyRetryScheduler(IntervalRetryScheduler.Builder builder) {
            super(builder);
        }

        @Override
        protected boolean isExplicitlyNonTransient(Throwable failure) {
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                if (cause instanceof ConcurrencyException) {
                    return false;
                }
            }
            return true;
        }
    }
}
