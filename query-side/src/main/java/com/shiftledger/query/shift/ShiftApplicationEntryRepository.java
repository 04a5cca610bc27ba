package com.shiftledger.query.shift;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface ShiftApplicationEntryRepository extends JpaRepository<ShiftApplicationEntry, Long> {

    List<ShiftApplicationEntry> findByShiftId(long shiftId);

    List<ShiftApplicationEntry> findByShiftIdOrderByAppliedAtDescIdDesc(long shiftId);

    long countByShiftId(long shiftId);

    long countByShiftIdAndStatus(long shiftId, String status);

    Page<ShiftApplicationEntry> findByProfessionalId(long professionalId, Pageable pageable);

    Page<ShiftApplicationEntry> findByProfessionalIdAndStatus(long professionalId, String status, Pageable pageable);
}
