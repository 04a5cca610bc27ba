package com.shiftledger.query.processing;

import com.shiftledger.api.money.Account;
import com.shiftledger.api.shift.ShiftCompletedEvent;
import com.shiftledger.api.shift.ShiftEndedEvent;
import com.shiftledger.api.shift.ShiftId;
import com.shiftledger.api.wallet.OwnerType;
import com.shiftledger.api.wallet.WalletId;
import com.shiftledger.api.wallet.WalletOpenedEvent;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SubjectSequencingPolicyTest {

    private final SubjectSequencingPolicy perShift = new SubjectSequencingPolicy("shiftId");

    @Test
    void eventsNamingTheSameShiftShareASequenceWhoeverPublishedThem() {
        Object published = perShift.getSequenceIdentifierFor(
                GenericEventMessage.asEventMessage(new ShiftEndedEvent(new ShiftId(42))));
        Object fromTheAggregate = perShift.getSequenceIdentifierFor(new GenericDomainEventMessage<>("Shift",
                "shift-42", 7, new ShiftCompletedEvent(new ShiftId(42))));

        assertThat(published).isEqualTo("shift-42").isEqualTo(fromTheAggregate);
        assertThat(perShift.getSequenceIdentifierFor(
                GenericEventMessage.asEventMessage(new ShiftEndedEvent(new ShiftId(43))))).isEqualTo("shift-43");
    }

    @Test
    void eventsWithoutTheSubjectKeepTheirAggregatesSequence() {
        WalletOpenedEvent opened = new WalletOpenedEvent(new WalletId(5), OwnerType.HOSPITAL, 1, "City",
                Account.hospital(1));

        assertThat(perShift.getSequenceIdentifierFor(new GenericDomainEventMessage<>("Wallet", "wallet-5", 0,
                opened))).isEqualTo("wallet-5");
    }
}
