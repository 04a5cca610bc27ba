package com.shiftledger.query.subscription;

import org.springframework.data.jpa.repository.JpaRepository;

interface MonthlyUseEntryRepository extends JpaRepository<MonthlyUseEntry, String> {

    long countByHospitalIdAndMonthAndUseKindAndReleasedFalse(long hospitalId, String month, String useKind);
}
