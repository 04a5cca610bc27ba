package com.shiftledger.query.wallet;

import org.springframework.data.jpa.repository.JpaRepository;

interface WalletEntryRepository extends JpaRepository<WalletEntry, Long> {
}
