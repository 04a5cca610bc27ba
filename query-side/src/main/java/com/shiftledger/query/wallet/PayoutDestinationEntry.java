package com.shiftledger.query.wallet;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * A withdrawal's payout destination as the command side keeps it ({@code payout_destination}), read here to show
 * with the withdrawal; never written by the read side. Its details are null once erased.
 */
@Entity
@Immutable
@Table(name = "payout_destination")
class PayoutDestinationEntry {

    @Id
    private String id;

    @Column(name = "bank_name")
    private String bankName;

    @Column(name = "account_number", length = 20)
    private String accountNumber;

    @Column(name = "ifsc_code", length = 11)
    private String ifscCode;

    @Column(name = "account_holder_name")
    private String accountHolderName;

    @Column(name = "upi_id", length = 320)
    private String upiId;

    protected PayoutDestinationEntry() {
    }

    String id() {
        return id;
    }

    com.shiftledger.api.wallet.PayoutDestination details() {
        return new com.shiftledger.api.wallet.PayoutDestination(bankName, accountNumber, ifscCode, accountHolderName,
                upiId);
    }
}
