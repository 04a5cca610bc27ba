package com.shiftledger.query.dashboard;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface DashboardPositionRepository extends JpaRepository<DashboardPosition, Long> {

    List<DashboardPosition> findByShiftId(long shiftId);
}
