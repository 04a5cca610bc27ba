package com.shiftledger.query.subscription;

import org.springframework.data.jpa.repository.JpaRepository;

interface HospitalSubscriptionEntryRepository extends JpaRepository<HospitalSubscriptionEntry, Long> {
}
