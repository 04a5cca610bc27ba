package com.shiftledger.query.sos;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

interface SosEntryRepository extends JpaRepository<SosEntry, Long> {

    Page<SosEntry> findByHospitalId(long hospitalId, Pageable pageable);

    Optional<SosEntry> findFirstByHospitalIdAndShiftIdAndTransactionId(long hospitalId, long shiftId,
                                                                       String transactionId);
}
