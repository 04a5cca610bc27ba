package com.shiftledger.query.shift;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;

interface ShiftApplicationEntryRepository extends JpaRepository<ShiftApplicationEntry, Long> {

    List<ShiftApplicationEntry> findByShiftId(long shiftId);

    List<ShiftApplicationEntry> findByShiftIdOrderByAppliedAtDescIdDesc(long shiftId);

    long countByShiftId(long shiftId);

    long countByShiftIdAndStatus(long shiftId, String status);

    Page<ShiftApplicationEntry> findByProfessionalId(long professionalId, Pageable pageable);

    Page<ShiftApplicationEntry> findByProfessionalIdAndStatus(long professionalId, String status, Pageable pageable);

    long countByHospitalIdAndStatus(long hospitalId, String status);

    /** How many of a professional's applications stand in each status. */
    @Query("select a.status as status, count(a) as applications from ShiftApplicationEntry a "
            + "where a.professionalId = :professionalId group by a.status")
    List<StatusCount> countByStatusOf(@Param("professionalId") long professionalId);

    /** A status and how many applications stand in it. */
    interface StatusCount {
        String getStatus();

        Long getApplications();
    }
}
