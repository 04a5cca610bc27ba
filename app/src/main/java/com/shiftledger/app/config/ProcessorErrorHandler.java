package com.shiftledger.app.config;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.Configuration;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.ErrorContext;
import org.axonframework.eventhandling.ErrorHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.messaging.deadletter.ThrowableCause;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.List;
import java.util.Optional;

/**
 * What an event processor does when a batch fails as a whole, including when its transaction cannot commit (a
 * failure the dead-letter queue never sees, since it happens after the handler returned):
 * <ul>
 * <li>a projection (a processing group with a dead-letter queue) parks the event in its queue and goes on with the
 * rest of the stream; the event's later events in the same sequence follow it into the queue, so nothing is
 * applied out of order, and an admin retries them once the cause is fixed. Only a failure the event causes is
 * parked: a lost connection, a deadlock or a serialization failure is retried like any other;</li>
 * <li>a process that moves money (a saga, the funding and payout processes) retries the event with the
 * processor's backoff and never skips it.</li>
 * </ul>
 * Either way the failure is logged as an error and counted in {@code shiftledger.processor.failures}, tagged with the
 * processor and the outcome ({@code parked} or {@code retried}).
 */
final class ProcessorErrorHandler implements ErrorHandler {

    static final String PARKED = "parked";
    static final String RETRIED = "retried";
    private static final Logger log = LoggerFactory.getLogger(ProcessorErrorHandler.class);

    private final Configuration axon;
    private final MeterRegistry registry;

    ProcessorErrorHandler(Configuration axon, MeterRegistry registry) {
        this.axon = axon;
        this.registry = registry;
    }

    @Override
    public void handleError(ErrorContext context) throws Exception {
        String processor = context.eventProcessor();
        List<? extends EventMessage<?>> failed = context.failedEvents();
        EventProcessingConfiguration processing = axon.eventProcessingConfiguration();
        Optional<SequencedDeadLetterQueue<EventMessage<?>>> queue = processing.deadLetterQueue(processor);
        if (queue.isPresent() && failed.size() == 1 && !isTransient(context.error())) {
            EventMessage<?> event = failed.get(0);
            Object sequence = sequenceOf(processing.sequencingPolicy(processor), event);
            try {
                queue.get().enqueue(sequence, new GenericDeadLetter<>(sequence, event,
                        ThrowableCause.truncated(context.error())));
            } catch (RuntimeException notParked) {
                count(processor, RETRIED);
                log.error("Projection {} could not park event {} ({}) after it failed with {}; it retries the event",
                        processor, event.getIdentifier(), event.getPayloadType().getSimpleName(),
                        describe(context.error()), notParked);
                throw notParked;
            }
            count(processor, PARKED);
            log.error("Projection {} could not apply event {} ({}) and parked it in its dead-letter queue (sequence "
                            + "{}); it goes on with the other events. Fix the cause and retry it: POST "
                            + "/api/v1/admin/dead-letters/{}/retry. Cause: {}", processor, event.getIdentifier(),
                    event.getPayloadType().getSimpleName(), sequence, processor, describe(context.error()));
            return;
        }
        count(processor, RETRIED);
        log.error("Event processor {} failed on {} event(s), first {}; it retries them with backoff and skips "
                        + "nothing. Cause: {}", processor, failed.size(),
                failed.isEmpty() ? "none" : failed.get(0).getPayloadType().getSimpleName() + " "
                        + failed.get(0).getIdentifier(), describe(context.error()));
        throw context.error() instanceof Exception exception ? exception : new IllegalStateException(context.error());
    }

    private void count(String processor, String outcome) {
        Counter.builder("shiftledger.processor.failures")
                .description("Batches an event processor failed on: parked in its dead-letter queue, or retried")
                .tag("processor", processor)
                .tag("outcome", outcome)
                .register(registry)
                .increment();
    }

    /** The sequence the processor's dead-lettering invoker files the event under. */
    private static Object sequenceOf(SequencingPolicy<? super EventMessage<?>> policy, EventMessage<?> event) {
        Object sequence = policy.getSequenceIdentifierFor(event);
        return sequence != null ? sequence : event.getIdentifier();
    }

    /** A failure that retrying may cure: the database went away, or another transaction was in the way. */
    static boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof TransientDataAccessException || cause instanceof RecoverableDataAccessException
                    || cause instanceof CannotCreateTransactionException || cause instanceof SQLTransientException
                    || cause instanceof SQLRecoverableException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && List.of("08", "40", "53", "57", "58").contains(sql.getSQLState().substring(0,
                    Math.min(2, sql.getSQLState().length())))) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    private static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return failure.getClass().getSimpleName() + ": " + failure.getMessage()
                + (root == failure ? "" : " (root: " + root.getClass().getSimpleName() + ": " + root.getMessage()
                + ")");
    }
}
