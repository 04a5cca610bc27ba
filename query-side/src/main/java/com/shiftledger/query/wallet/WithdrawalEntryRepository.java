package com.shiftledger.query.wallet;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface WithdrawalEntryRepository extends JpaRepository<WithdrawalEntry, Long> {

    Page<WithdrawalEntry> findByWalletId(long walletId, Pageable pageable);

    Page<WithdrawalEntry> findByWalletIdAndStatus(long walletId, String status, Pageable pageable);

    Page<WithdrawalEntry> findByStatus(String status, Pageable pageable);
}
