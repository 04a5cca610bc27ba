package com.shiftledger.query.activity;

import org.springframework.data.jpa.repository.JpaRepository;

/** The names of the hospitals and professionals the feed mentions. */
interface ActivityPartyRepository extends JpaRepository<ActivityParty, String> {
}
