package com.shiftledger.query.dashboard;

import org.springframework.data.jpa.repository.JpaRepository;

/** The dashboard's counters, read and written a few keys at a time by {@link Counters}. */
interface DashboardCounterRepository extends JpaRepository<DashboardCounter, String> {
}
