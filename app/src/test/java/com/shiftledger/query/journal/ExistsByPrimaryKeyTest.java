package com.shiftledger.query.journal;

import com.shiftledger.support.IntegrationTest;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A repository's exists check (the base class every repository here has) answers what the transaction sees: a row
 * written earlier in it, not yet flushed, is there; one removed earlier in it is not; a row only in the table is
 * there; an unknown id is not. A journal line written by the projection is inserted without being read first, and a
 * line read back is not new. Each transaction is rolled back, so the shared ledger keeps nothing of it.
 */
class ExistsByPrimaryKeyTest extends IntegrationTest {

    @Autowired
    private JournalLineRepository lines;
    @Autowired
    private EntityManager entityManager;
    @Autowired
    private TransactionTemplate transactions;

    @Test
    void aLineWrittenInTheTransactionIsThereBeforeItIsFlushed() {
        inRolledBackTransaction(() -> {
            JournalLine line = line();
            lines.save(line);

            assertThat(lines.existsById(line.getId())).isTrue();
            assertThat(lines.existsById(line.getId() + "-other")).isFalse();
        });
    }

    @Test
    void aLineRemovedInTheTransactionIsGoneBeforeItIsFlushed() {
        inRolledBackTransaction(() -> {
            JournalLine line = line();
            lines.saveAndFlush(line);
            lines.delete(line);

            assertThat(lines.existsById(line.getId())).isFalse();
        });
    }

    @Test
    void aLineOnlyInTheTableIsThereAndIsNotNew() {
        inRolledBackTransaction(() -> {
            JournalLine line = line();
            assertThat(line.isNew()).isTrue();
            lines.saveAndFlush(line);
            entityManager.clear();

            assertThat(lines.existsById(line.getId())).isTrue();
            assertThat(lines.findById(line.getId()).orElseThrow().isNew()).isFalse();
        });
    }

    private void inRolledBackTransaction(Runnable work) {
        transactions.executeWithoutResult(status -> {
            status.setRollbackOnly();
            work.run();
        });
    }

    private static JournalLine line() {
        String eventId = UUID.randomUUID().toString();
        return new JournalLine(eventId + ":0:d", eventId, "TestEvent", "hospital:1", "platform:test", -100,
                Instant.parse("2026-12-03T00:00:00Z"));
    }
}
