package com.shiftledger.query.subscription;

import org.springframework.data.jpa.repository.JpaRepository;

interface SubscriptionPurchaseEntryRepository extends JpaRepository<SubscriptionPurchaseEntry, String> {
}
