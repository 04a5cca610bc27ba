package com.shiftledger.command.wallet;

import org.springframework.data.jpa.repository.JpaRepository;

interface WalletLookupRepository extends JpaRepository<WalletLookupEntry, String> {
}
