package com.shiftledger.query.wallet;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface RefundEntryRepository extends JpaRepository<RefundEntry, Long>, JpaSpecificationExecutor<RefundEntry> {

    Optional<RefundEntry> findByRefundCode(String refundCode);

    Page<RefundEntry> findByWalletId(long walletId, Pageable pageable);

    Page<RefundEntry> findByWalletIdAndStatus(long walletId, String status, Pageable pageable);

    /** How many refunds of a wallet have one of the statuses, and their amount. */
    @Query("select count(r) as count, coalesce(sum(r.refundAmountPaise), 0) as amount from RefundEntry r "
            + "where r.walletId = :walletId and r.status in :statuses")
    RefundTotal totalOf(@Param("walletId") long walletId, @Param("statuses") Collection<String> statuses);

    /** How many refunds of every wallet have one of the statuses, and their amount. */
    @Query("select count(r) as count, coalesce(sum(r.refundAmountPaise), 0) as amount from RefundEntry r "
            + "where r.status in :statuses")
    RefundTotal totalOf(@Param("statuses") Collection<String> statuses);

    /** The amount of every wallet's refunds with one of the statuses, by wallet. */
    @Query("select r.walletId as walletId, sum(r.refundAmountPaise) as amount from RefundEntry r "
            + "where r.status in :statuses group by r.walletId")
    List<WalletRefunds> amountsByWallet(@Param("statuses") Collection<String> statuses);

    /** A number of refunds and their amount in paise. */
    interface RefundTotal {
        Long getCount();

        Long getAmount();
    }

    /** A wallet and an amount of its refunds in paise. */
    interface WalletRefunds {
        Long getWalletId();

        Long getAmount();
    }
}
