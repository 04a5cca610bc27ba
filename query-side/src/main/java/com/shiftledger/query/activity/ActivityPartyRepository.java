package com.shiftledger.query.activity;

import org.springframework.data.jpa.repository.JpaRepository;

interface ActivityPartyRepository extends JpaRepository<ActivityParty, String> {
}
