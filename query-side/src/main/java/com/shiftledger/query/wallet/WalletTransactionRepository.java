package com.shiftledger.query.wallet;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface WalletTransactionRepository extends JpaRepository<WalletTransaction, String>,
        JpaSpecificationExecutor<WalletTransaction> {
}
