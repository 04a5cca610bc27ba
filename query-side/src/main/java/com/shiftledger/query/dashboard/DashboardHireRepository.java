package com.shiftledger.query.dashboard;

import org.springframework.data.jpa.repository.JpaRepository;

interface DashboardHireRepository extends JpaRepository<DashboardHire, String> {
}
