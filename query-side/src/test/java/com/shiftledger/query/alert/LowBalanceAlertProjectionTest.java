package com.shiftledger.query.alert;

import com.shiftledger.api.alert.FindLowBalanceAlertQuery;
import com.shiftledger.api.alert.LowBalanceAlertId;
import com.shiftledger.api.alert.LowBalanceAlertRaisedEvent;
import com.shiftledger.api.alert.LowBalanceAlertReviewedEvent;
import com.shiftledger.api.alert.LowBalanceAlertView;
import com.shiftledger.api.money.Money;
import com.shiftledger.api.wallet.WalletId;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** An alert is one row however often its event comes, open until its review, which is taken once. */
class LowBalanceAlertProjectionTest {

    private static final WalletId WALLET = new WalletId(7);
    private static final LowBalanceAlertId ALERT = LowBalanceAlertId.forWalletEvent(WALLET, 3);
    private static final Instant RAISED = Instant.parse("2030-01-01T10:00:00Z");
    private static final Instant REVIEWED = Instant.parse("2030-01-02T10:00:00Z");

    private final Map<String, LowBalanceAlertEntry> rows = new HashMap<>();
    private final LowBalanceAlertEntryRepository alerts = mock(LowBalanceAlertEntryRepository.class);
    private final QueryUpdateEmitter updates = mock(QueryUpdateEmitter.class);
    private LowBalanceAlertProjection projection;

    @BeforeEach
    void setUp() {
        when(alerts.existsById(anyString())).thenAnswer(call -> rows.containsKey(call.<String>getArgument(0)));
        when(alerts.findById(anyString()))
                .thenAnswer(call -> Optional.ofNullable(rows.get(call.<String>getArgument(0))));
        when(alerts.save(any(LowBalanceAlertEntry.class))).thenAnswer(call -> {
            LowBalanceAlertEntry entry = call.getArgument(0);
            rows.put(entry.alertId(), entry);
            return entry;
        });
        projection = new LowBalanceAlertProjection(alerts, updates);
    }

    private static LowBalanceAlertRaisedEvent raised() {
        return new LowBalanceAlertRaisedEvent(ALERT, 12, WALLET, Money.ofRupees(3900), Money.ofRupees(5000), RAISED);
    }

    private LowBalanceAlertView view() {
        return projection.handle(new FindLowBalanceAlertQuery(ALERT));
    }

    @Test
    void aRedeliveredAlertIsStillOneOpenAlert() {
        projection.on(raised());
        projection.on(raised());

        verify(alerts, times(1)).save(any(LowBalanceAlertEntry.class));
        assertThat(view()).isEqualTo(new LowBalanceAlertView(ALERT.code(), 12, 7, Money.ofRupees(3900),
                Money.ofRupees(5000), "open", null, RAISED, null, null));
    }

    @Test
    void aReviewIsTakenOnce() {
        projection.on(raised());
        projection.on(new LowBalanceAlertReviewedEvent(ALERT, 12, WALLET, "Verified manually", 1, REVIEWED));
        projection.on(new LowBalanceAlertReviewedEvent(ALERT, 12, WALLET, "Again", 1, REVIEWED.plusSeconds(60)));

        assertThat(view()).isEqualTo(new LowBalanceAlertView(ALERT.code(), 12, 7, Money.ofRupees(3900),
                Money.ofRupees(5000), "reviewed", "Verified manually", RAISED, 1L, REVIEWED));
    }
}
