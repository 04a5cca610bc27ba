package com.shiftledger.command.wallet;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A Razorpay webhook event that was handled, kept so a redelivery of the same event id is recognised. */
@Entity
@Table(name = "razorpay_webhook_delivery")
class RazorpayWebhookDelivery {

    @Id
    @Column(name = "event_id", length = 100)
    private String eventId;

    @Column(name = "event_type", length = 100)
    private String eventType;

    @Column(name = "order_id", length = 100)
    private String orderId;

    @Column(name = "payment_id", length = 100)
    private String paymentId;

    @Column(name = "outcome", length = 40, nullable = false)
    private String outcome;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    protected RazorpayWebhookDelivery() {
    }

    RazorpayWebhookDelivery(String eventId, String eventType, String orderId, String paymentId, String outcome,
                            Instant receivedAt) {
        this.eventId = eventId;
        this.eventType = eventType;
        this.orderId = orderId;
        this.paymentId = paymentId;
        this.outcome = outcome;
        this.receivedAt = receivedAt;
    }
}
