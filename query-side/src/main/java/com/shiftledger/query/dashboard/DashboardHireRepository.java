package com.shiftledger.query.dashboard;

import org.springframework.data.jpa.repository.JpaRepository;

/** The professionals each hospital ever accepted. */
interface DashboardHireRepository extends JpaRepository<DashboardHire, String> {
}
