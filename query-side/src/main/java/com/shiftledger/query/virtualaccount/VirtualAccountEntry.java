package com.shiftledger.query.virtualaccount;

import com.shiftledger.api.money.Money;
import com.shiftledger.api.virtualaccount.MandateActivatedEvent;
import com.shiftledger.api.virtualaccount.ReceivingAccount;
import com.shiftledger.api.virtualaccount.VirtualAccountCreatedEvent;
import com.shiftledger.api.virtualaccount.VirtualAccountView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A virtual account after its last projected event; {@code version} is that event's sequence number. */
@Entity
@Table(name = "virtual_account_view")
class VirtualAccountEntry {

    @Id
    @Column(name = "id")
    private long id;

    @Column(name = "razorpay_id", nullable = false, length = 100)
    private String razorpayId;

    @Column(name = "hospital_id", nullable = false)
    private long hospitalId;

    @Column(name = "wallet_id", nullable = false)
    private long walletId;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "account_number", length = 40)
    private String accountNumber;

    @Column(name = "ifsc", length = 20)
    private String ifsc;

    @Column(name = "bank_name")
    private String bankName;

    @Column(name = "has_mandate", nullable = false)
    private boolean hasMandate;

    @Column(name = "mandate_max_amount")
    private Long mandateMaxAmount;

    @Column(name = "customer_id", length = 40)
    private String customerId;

    @Column(name = "token_id", length = 40)
    private String tokenId;

    @Column(name = "mandate_activated_at")
    private Instant mandateActivatedAt;

    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected VirtualAccountEntry() {
    }

    VirtualAccountEntry(VirtualAccountCreatedEvent event, long sequence) {
        ReceivingAccount receiving = event.receivingAccount();
        this.id = event.virtualAccountId().value();
        this.razorpayId = receiving.razorpayId();
        this.hospitalId = event.hospitalId();
        this.walletId = event.walletId().value();
        this.name = event.name();
        this.accountNumber = receiving.accountNumber();
        this.ifsc = receiving.ifsc();
        this.bankName = receiving.bankName();
        this.hasMandate = event.hasMandate();
        this.mandateMaxAmount = event.mandateMaxAmount() == null ? null : event.mandateMaxAmount().paise();
        this.version = sequence;
        this.createdAt = event.at();
    }

    /** Takes the activated mandate, unless this event was taken already. */
    boolean takes(MandateActivatedEvent event, long sequence) {
        if (sequence <= version) {
            return false;
        }
        version = sequence;
        hasMandate = true;
        customerId = event.customerId();
        tokenId = event.tokenId();
        mandateMaxAmount = event.maxAmount().paise();
        mandateActivatedAt = event.at();
        return true;
    }

    VirtualAccountView view() {
        return VirtualAccountView.of(id, hospitalId, walletId, name,
                new ReceivingAccount(razorpayId, accountNumber, ifsc, bankName, name), hasMandate,
                mandateMaxAmount == null ? null : Money.ofPaise(mandateMaxAmount), customerId, tokenId,
                mandateActivatedAt, createdAt);
    }
}
