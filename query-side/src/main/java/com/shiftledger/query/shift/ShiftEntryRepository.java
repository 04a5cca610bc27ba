package com.shiftledger.query.shift;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

import java.time.Instant;

interface ShiftEntryRepository extends JpaRepository<ShiftEntry, Long>, JpaSpecificationExecutor<ShiftEntry> {

    long countByHospitalIdAndCreatedAtGreaterThanEqual(long hospitalId, Instant from);
}
