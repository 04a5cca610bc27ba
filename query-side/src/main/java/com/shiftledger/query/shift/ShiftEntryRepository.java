package com.shiftledger.query.shift;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface ShiftEntryRepository extends JpaRepository<ShiftEntry, Long>, JpaSpecificationExecutor<ShiftEntry> {
}
