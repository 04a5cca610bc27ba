package com.shiftledger.query.shift;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

interface AttendanceEntryRepository extends JpaRepository<AttendanceEntry, Long>,
        JpaSpecificationExecutor<AttendanceEntry> {

    List<AttendanceEntry> findByShiftId(long shiftId);

    /** The professional pay of the shifts a professional attends with the given attendance statuses. */
    @Query("select coalesce(sum(s.professionalPayPaise), 0) from AttendanceEntry a, ShiftEntry s "
            + "where s.id = a.shiftId and a.professionalId = :professionalId and a.status in :statuses")
    long sumProfessionalPay(@Param("professionalId") long professionalId,
                            @Param("statuses") Collection<String> statuses);

    /** How many professionals checked in on a hospital's shifts in a period (checked out since or not). */
    @Query("select count(a) from AttendanceEntry a where a.hospitalId = :hospitalId "
            + "and a.checkInTime >= :from and a.checkInTime < :until")
    long countCheckedIn(@Param("hospitalId") long hospitalId, @Param("from") Instant from,
                        @Param("until") Instant until);

    /** How many positions of a hospital's shifts were completed (checked out) in a period. */
    @Query("select count(a) from AttendanceEntry a where a.hospitalId = :hospitalId and a.status = 'completed' "
            + "and a.checkOutTime >= :from and a.checkOutTime < :until")
    long countCompleted(@Param("hospitalId") long hospitalId, @Param("from") Instant from,
                        @Param("until") Instant until);
}
