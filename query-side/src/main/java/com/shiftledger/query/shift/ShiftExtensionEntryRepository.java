package com.shiftledger.query.shift;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ShiftExtensionEntryRepository extends JpaRepository<ShiftExtensionEntry, Long> {

    Page<ShiftExtensionEntry> findByHospitalId(long hospitalId, Pageable pageable);

    Page<ShiftExtensionEntry> findByHospitalIdAndStatus(long hospitalId, String status, Pageable pageable);

    Page<ShiftExtensionEntry> findByProfessionalId(long professionalId, Pageable pageable);

    Page<ShiftExtensionEntry> findByProfessionalIdAndStatus(long professionalId, String status, Pageable pageable);
}
