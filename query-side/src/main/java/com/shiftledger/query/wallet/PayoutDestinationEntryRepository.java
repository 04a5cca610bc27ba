package com.shiftledger.query.wallet;

import org.springframework.data.jpa.repository.JpaRepository;

interface PayoutDestinationEntryRepository extends JpaRepository<PayoutDestinationEntry, String> {
}
