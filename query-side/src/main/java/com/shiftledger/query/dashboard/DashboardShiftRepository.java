package com.shiftledger.query.dashboard;

import org.springframework.data.jpa.repository.JpaRepository;

/** The shifts as the dashboard counts them (see {@link DashboardShift}). */
interface DashboardShiftRepository extends JpaRepository<DashboardShift, Long> {
}
