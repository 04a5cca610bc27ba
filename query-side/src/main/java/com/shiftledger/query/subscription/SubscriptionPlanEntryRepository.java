package com.shiftledger.query.subscription;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface SubscriptionPlanEntryRepository extends JpaRepository<SubscriptionPlanEntry, Long> {

    List<SubscriptionPlanEntry> findAllByOrderByIdAsc();

    List<SubscriptionPlanEntry> findByActiveTrueOrderByIdAsc();
}
