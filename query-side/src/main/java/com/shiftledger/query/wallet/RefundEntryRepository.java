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

    /**
     * How many refunds of a wallet there are in each status, and their amount; {@link RefundTotal#of} adds up a set
     * of statuses. Grouped rather than filtered by {@code status in :statuses}: Hibernate translates a query with a
     * list parameter anew on every call, and this one is on every wallet read.
     */
    @Query("select r.status as status, count(r) as count, coalesce(sum(r.refundAmountPaise), 0) as amount "
            + "from RefundEntry r where r.walletId = :walletId group by r.status")
    List<StatusTotal> totalsByStatus(@Param("walletId") long walletId);

    /** How many refunds of every wallet there are in each status, and their amount. */
    @Query("select r.status as status, count(r) as count, coalesce(sum(r.refundAmountPaise), 0) as amount "
            + "from RefundEntry r group by r.status")
    List<StatusTotal> totalsByStatus();

    /** The amount of every wallet's refunds with one of the statuses, by wallet. */
    @Query("select r.walletId as walletId, sum(r.refundAmountPaise) as amount from RefundEntry r "
            + "where r.status in :statuses group by r.walletId")
    List<WalletRefunds> amountsByWallet(@Param("statuses") Collection<String> statuses);

    /** The refunds of one status: how many, and their amount in paise. */
    interface StatusTotal {
        String getStatus();

        Long getCount();

        Long getAmount();
    }

    /** A number of refunds and their amount in paise. */
    record RefundTotal(long count, long amount) {

        /** The refunds of the given statuses, out of the totals by status. */
        static RefundTotal of(List<StatusTotal> byStatus, Collection<String> statuses) {
            List<StatusTotal> counted = byStatus.stream().filter(total -> statuses.contains(total.getStatus()))
                    .toList();
            return new RefundTotal(counted.stream().mapToLong(StatusTotal::getCount).sum(),
                    counted.stream().mapToLong(StatusTotal::getAmount).sum());
        }
    }

    /** A wallet and an amount of its refunds in paise. */
    interface WalletRefunds {
        Long getWalletId();

        Long getAmount();
    }
}
