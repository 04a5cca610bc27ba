package com.shiftledger.query.activity;

import org.springframework.data.jpa.repository.JpaRepository;

interface ActivityTotalRepository extends JpaRepository<ActivityTotal, String> {
}
