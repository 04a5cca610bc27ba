package com.shiftledger.query.activity;

import org.springframework.data.jpa.repository.JpaRepository;

/** The shifts as the feed names them. */
interface ActivityShiftRepository extends JpaRepository<ActivityShift, Long> {
}
