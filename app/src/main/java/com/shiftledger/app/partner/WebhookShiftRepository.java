package com.shiftledger.app.partner;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import java.util.Optional;

interface WebhookShiftRepository extends JpaRepository<WebhookShift, Long> {

    /** The shift, locked until the transaction ends: its webhooks are enqueued and settled one at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from WebhookShift s where s.shiftId = :shiftId")
    Optional<WebhookShift> lock(long shiftId);

    /** The shift whose completed position is paid under the reference, locked as {@link #lock(long)} locks it. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from WebhookShift s where s.payoutReference = :reference")
    Optional<WebhookShift> lockByPayoutReference(String reference);
}
