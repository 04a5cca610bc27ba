package com.shiftledger.query.referral;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReferralSettingsEntryRepository extends JpaRepository<ReferralSettingsEntry, String> {
}
