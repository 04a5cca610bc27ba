package com.shiftledger.query.dashboard;

import org.springframework.data.jpa.repository.JpaRepository;

interface DashboardShiftRepository extends JpaRepository<DashboardShift, Long> {
}
