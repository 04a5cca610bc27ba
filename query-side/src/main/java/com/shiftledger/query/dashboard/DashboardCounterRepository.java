package com.shiftledger.query.dashboard;

import org.springframework.data.jpa.repository.JpaRepository;

interface DashboardCounterRepository extends JpaRepository<DashboardCounter, String> {
}
