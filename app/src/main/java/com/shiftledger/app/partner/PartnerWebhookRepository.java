package com.shiftledger.app.partner;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

interface PartnerWebhookRepository extends JpaRepository<PartnerWebhook, Long> {

    /** The webhook's shift, read without loading the webhook (it is loaded once the shift is locked). */
    @Query("select w.shiftId from PartnerWebhook w where w.id = :id")
    Optional<Long> shiftIdOf(long id);

    boolean existsBySourceEventId(String sourceEventId);

    /** Whether an older webhook of the shift is still to be delivered (then this one waits for it). */
    boolean existsByShiftIdAndStatusAndIdLessThan(long shiftId, String status, long id);

    /** The oldest webhook of the shift still to be delivered, other than the given one. */
    Optional<PartnerWebhook> findFirstByShiftIdAndStatusAndIdNotOrderByIdAsc(long shiftId, String status, long id);

    Page<PartnerWebhook> findByClientId(long clientId, Pageable page);

    Page<PartnerWebhook> findByClientIdAndStatus(long clientId, String status, Pageable page);

    /** The shift of the client's webhook, read without loading the webhook. */
    @Query("select w.shiftId from PartnerWebhook w where w.id = :id and w.clientId = :clientId")
    Optional<Long> shiftIdOf(long id, long clientId);

    /** The client's webhooks after the given one, in the order they were written. */
    List<PartnerWebhook> findByClientIdAndIdGreaterThanOrderByIdAsc(long clientId, long afterId, Pageable page);
}
