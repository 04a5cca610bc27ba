package com.shiftledger.query.activity;

import org.springframework.data.jpa.repository.JpaRepository;

interface ActivityShiftRepository extends JpaRepository<ActivityShift, Long> {
}
