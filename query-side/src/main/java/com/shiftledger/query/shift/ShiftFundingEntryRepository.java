package com.shiftledger.query.shift;

import org.springframework.data.jpa.repository.JpaRepository;

interface ShiftFundingEntryRepository extends JpaRepository<ShiftFundingEntry, String> {
}
