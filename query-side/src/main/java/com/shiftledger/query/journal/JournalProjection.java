package com.shiftledger.query.journal;

import com.shiftledger.api.ledger.FindLedgerAccountsQuery;
import com.shiftledger.api.ledger.LedgerAccounts;
import com.shiftledger.api.money.CoinPosting;
import com.shiftledger.api.money.MoneyMovement;
import com.shiftledger.api.money.Posting;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes every posting of every {@link MoneyMovement} as a debit line and a credit line, rupees in
 * {@code journal_line} and coins in {@code coin_journal_line}; balances are sums of lines, so concurrent segments
 * never contend for one balance row, and each unit is summed on its own. A redelivered event adds nothing.
 */
@Component
@ProcessingGroup(JournalProjection.PROCESSING_GROUP)
class JournalProjection {

    static final String PROCESSING_GROUP = "journal-projection";

    private final JournalLineRepository lines;
    private final CoinJournalLineRepository coinLines;

    JournalProjection(JournalLineRepository lines, CoinJournalLineRepository coinLines) {
        this.lines = lines;
        this.coinLines = coinLines;
    }

    @EventHandler
    void on(MoneyMovement movement, EventMessage<?> message, @Timestamp Instant at) {
        String eventId = message.getIdentifier();
        String eventType = message.getPayloadType().getSimpleName();
        List<CoinPosting> coinPostings = movement.coinPostings();
        if (!coinPostings.isEmpty() && coinLines.findById(firstLineOf(eventId)).isEmpty()) {
            List<CoinJournalLine> coinEntries = new ArrayList<>();
            for (int i = 0; i < coinPostings.size(); i++) {
                CoinPosting posting = coinPostings.get(i);
                String from = posting.from().name();
                String to = posting.to().name();
                long coins = posting.amount().count();
                String line = lineOf(eventId, i);
                coinEntries.add(new CoinJournalLine(line + ":d", eventId, eventType, from, to, -coins, at));
                coinEntries.add(new CoinJournalLine(line + ":c", eventId, eventType, to, from, coins, at));
            }
            coinLines.saveAll(coinEntries);
        }
        List<Posting> postings = movement.postings();
        if (postings.isEmpty() || lines.findById(firstLineOf(eventId)).isPresent()) {
            return;
        }
        List<JournalLine> entries = new ArrayList<>();
        for (int i = 0; i < postings.size(); i++) {
            Posting posting = postings.get(i);
            String from = posting.from().name();
            String to = posting.to().name();
            long amount = posting.amount().paise();
            entries.add(new JournalLine(lineOf(eventId, i) + ":d", eventId, eventType, from, to, -amount, at));
            entries.add(new JournalLine(lineOf(eventId, i) + ":c", eventId, eventType, to, from, amount, at));
        }
        lines.saveAll(entries);
    }

    /** The id of an event's posting {@code i}; its two lines add {@code :d} and {@code :c}. */
    private static String lineOf(String eventId, int i) {
        return eventId + ":" + i;
    }

    /**
     * The first line of an event's postings: an event's lines are all written in one transaction, so when it is
     * there the event is in the journal. Read by primary key, in the persistence context first: a query (an exists
     * count) would first flush the session, which in a batch of events dirty-checks every line the batch wrote.
     */
    private static String firstLineOf(String eventId) {
        return lineOf(eventId, 0) + ":d";
    }

    @QueryHandler
    LedgerAccounts handle(FindLedgerAccountsQuery query) {
        List<LedgerAccounts.AccountBalance> accounts = lines.balances().stream()
                .map(total -> new LedgerAccounts.AccountBalance(total.getAccount(), total.getBalance()))
                .toList();
        long sum = accounts.stream().mapToLong(LedgerAccounts.AccountBalance::balancePaise).sum();
        List<LedgerAccounts.CoinBalance> coinAccounts = coinLines.balances().stream()
                .map(total -> new LedgerAccounts.CoinBalance(total.getAccount(), total.getBalance()))
                .toList();
        long coins = coinAccounts.stream().mapToLong(LedgerAccounts.CoinBalance::coins).sum();
        return new LedgerAccounts(accounts, sum, coinAccounts, coins);
    }
}
