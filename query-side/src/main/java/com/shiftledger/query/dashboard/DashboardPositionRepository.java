package com.shiftledger.query.dashboard;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

/** The accepted positions the dashboard follows to count completed and cancelled shifts of professionals. */
interface DashboardPositionRepository extends JpaRepository<DashboardPosition, Long> {

    List<DashboardPosition> findByShiftId(long shiftId);
}
