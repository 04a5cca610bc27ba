package com.shiftledger.app.config;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.Configuration;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.ErrorContext;
import org.axonframework.eventhandling.ErrorHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.messaging.DefaultInterceptorChain;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.messaging.deadletter.ThrowableCause;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.List;
import java.util.Objects;
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
 * processor and the outcome ({@code parked} or {@code retried}). A projection's batch of several events that fails as
 * a whole is first applied again one event at a time (outcome {@code one-at-a-time}), so that only the event at fault
 * is parked.
 */
final class ProcessorErrorHandler implements ErrorHandler {

    static final String PARKED = "parked";
    static final String RETRIED = "retried";
    static final String ONE_AT_A_TIME = "one-at-a-time";
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
        if (queue.isPresent() && !isTransient(context.error())) {
            if (failed.size() == 1) {
                park(processor, processing, failed.get(0), context.error(), queue.get(), null);
            } else {
                new OneAtATime(processor, processing, queue.get()).apply(failed, context.error());
            }
            return;
        }
        count(processor, RETRIED);
        log.error("Event processor {} failed on {} event(s), first {}; it retries them with backoff and skips "
                        + "nothing. Cause: {}", processor, failed.size(),
                failed.isEmpty() ? "none" : failed.get(0).getPayloadType().getSimpleName() + " "
                        + failed.get(0).getIdentifier(), describe(context.error()));
        throw context.error() instanceof Exception exception ? exception : new IllegalStateException(context.error());
    }

    /**
     * Parks the event in the projection's queue; with {@code token}, in a transaction that also moves the segment's
     * token past it (an event taken again one at a time).
     */
    private void park(String processor, EventProcessingConfiguration processing, EventMessage<?> event,
                      Throwable error, SequencedDeadLetterQueue<EventMessage<?>> queue, Runnable token) {
        Object sequence = sequenceOf(processing.sequencingPolicy(processor), event);
        try {
            Runnable enqueue = () -> queue.enqueue(sequence, new GenericDeadLetter<>(sequence, event,
                    ThrowableCause.truncated(error)));
            if (token == null) {
                enqueue.run();
            } else {
                processing.transactionManager(processor).executeInTransaction(() -> {
                    enqueue.run();
                    token.run();
                });
            }
        } catch (RuntimeException notParked) {
            count(processor, RETRIED);
            log.error("Projection {} could not park event {} ({}) after it failed with {}; it retries the event",
                    processor, event.getIdentifier(), event.getPayloadType().getSimpleName(), describe(error),
                    notParked);
            throw notParked;
        }
        count(processor, PARKED);
        log.error("Projection {} could not apply event {} ({}) and parked it in its dead-letter queue (sequence "
                        + "{}); it goes on with the other events. Fix the cause and retry it: POST "
                        + "/api/v1/admin/dead-letters/{}/retry. Cause: {}", processor, event.getIdentifier(),
                event.getPayloadType().getSimpleName(), sequence, processor, describe(error));
    }

    /**
     * A projection's batch of several events failed as a whole (its transaction could not commit, say): the events
     * are applied again one at a time, each in a transaction of its own that also stores the segment's token past
     * it, so that the event that fails is parked alone and the others are applied once, a crash in between
     * included. A failure that retrying may cure stops this and the processor retries from the last stored token.
     */
    private final class OneAtATime {

        private final String processor;
        private final EventProcessingConfiguration processing;
        private final SequencedDeadLetterQueue<EventMessage<?>> queue;
        private final AbstractEventProcessor eventProcessor;
        private final TokenStore tokens;
        private final TransactionManager transactions;

        OneAtATime(String processor, EventProcessingConfiguration processing,
                   SequencedDeadLetterQueue<EventMessage<?>> queue) {
            this.processor = processor;
            this.processing = processing;
            this.queue = queue;
            this.eventProcessor = processing.eventProcessor(processor, AbstractEventProcessor.class).orElseThrow();
            this.tokens = processing.tokenStore(processor);
            this.transactions = processing.transactionManager(processor);
        }

        void apply(List<? extends EventMessage<?>> batch, Throwable batchError) throws Exception {
            count(processor, ONE_AT_A_TIME);
            log.warn("Projection {} failed on a batch of {} events ({}); it applies them one at a time",
                    processor, batch.size(), describe(batchError));
            for (int i = 0; i < batch.size(); i++) {
                TrackedEventMessage<?> event = (TrackedEventMessage<?>) batch.get(i);
                boolean lastOfItsToken = i == batch.size() - 1
                        || !event.trackingToken().equals(((TrackedEventMessage<?>) batch.get(i + 1)).trackingToken());
                Runnable storeToken = lastOfItsToken ? storeToken(event) : () -> { };
                UnitOfWork<EventMessage<?>> unitOfWork = DefaultUnitOfWork.<EventMessage<?>>startAndGet(event);
                unitOfWork.attachTransaction(transactions);
                ResultMessage<?> result = unitOfWork.executeWithResult(() -> {
                    new DefaultInterceptorChain<>(unitOfWork, eventProcessor.getHandlerInterceptors(), message -> {
                        eventProcessor.eventHandlerInvoker().handle(message, Segment.ROOT_SEGMENT);
                        return null;
                    }).proceed();
                    storeToken.run();
                    return null;
                });
                if (result.isExceptional()) {
                    Throwable error = result.exceptionResult();
                    if (isTransient(error)) {
                        count(processor, RETRIED);
                        throw error instanceof Exception exception ? exception : new IllegalStateException(error);
                    }
                    park(processor, processing, event, error, queue, storeToken);
                }
            }
        }

        /** Stores the event's token for the segment of this instance that the event belongs to. */
        private Runnable storeToken(TrackedEventMessage<?> event) {
            int hash = Objects.hashCode(sequenceOf(processing.sequencingPolicy(processor), event));
            List<Integer> segments = ((StreamingEventProcessor) eventProcessor).processingStatus().values().stream()
                    .map(EventTrackerStatus::getSegment)
                    .filter(segment -> segment.matches(hash))
                    .map(Segment::getSegmentId)
                    .toList();
            if (segments.size() != 1) {
                throw new IllegalStateException("Projection " + processor + " cannot tell which of its segments "
                        + "event " + event.getIdentifier() + " belongs to (" + segments + "); it retries the batch");
            }
            return () -> tokens.storeToken(event.trackingToken(), processor, segments.get(0));
        }
    }

    private void count(String processor, String outcome) {
        Counter.builder("shiftledger.processor.failures")
                .description("Batches an event processor failed on: parked in its dead-letter queue, retried, or "
                        + "applied again one event at a time")
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
