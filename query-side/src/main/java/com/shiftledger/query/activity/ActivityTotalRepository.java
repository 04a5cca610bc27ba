package com.shiftledger.query.activity;

import org.springframework.data.jpa.repository.JpaRepository;

/** The size of the feed. */
interface ActivityTotalRepository extends JpaRepository<ActivityTotal, String> {
}
