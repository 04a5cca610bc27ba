package com.shiftledger.query.shift;

import com.shiftledger.api.shift.ApplicationCounts;
import com.shiftledger.api.shift.ApplicationStatus;
import com.shiftledger.api.shift.AttendanceCounts;
import com.shiftledger.api.shift.CountApplicationsQuery;
import com.shiftledger.api.shift.CountAttendanceQuery;
import com.shiftledger.api.shift.CountPendingApplicationsQuery;
import com.shiftledger.api.shift.CountShiftsDatedFromQuery;
import com.shiftledger.api.shift.FindAllShiftsQuery;
import com.shiftledger.api.shift.ShiftList;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts and lists over the shift read model for the dashboards and the admin's shift list, each on an index:
 * a professional's applications by status, a hospital's pending applications and today's attendance, and every
 * hospital's shifts page by page.
 */
@Component
class ShiftStatistics {

    private final ShiftEntryRepository shifts;
    private final ShiftApplicationEntryRepository applications;
    private final AttendanceEntryRepository attendances;
    private final EntityManager entityManager;

    ShiftStatistics(ShiftEntryRepository shifts, ShiftApplicationEntryRepository applications,
                    AttendanceEntryRepository attendances, EntityManager entityManager) {
        this.shifts = shifts;
        this.applications = applications;
        this.attendances = attendances;
        this.entityManager = entityManager;
    }

    @QueryHandler
    ApplicationCounts handle(CountApplicationsQuery query) {
        Map<String, Long> byStatus = new HashMap<>();
        applications.countByStatusOf(query.professionalId())
                .forEach(count -> byStatus.put(count.getStatus(), count.getApplications()));
        return new ApplicationCounts(count(byStatus, ApplicationStatus.PENDING),
                count(byStatus, ApplicationStatus.ACCEPTED), count(byStatus, ApplicationStatus.REJECTED),
                count(byStatus, ApplicationStatus.WITHDRAWN), count(byStatus, ApplicationStatus.CANCELLED),
                count(byStatus, ApplicationStatus.RELEASED));
    }

    @QueryHandler
    Long handle(CountPendingApplicationsQuery query) {
        return applications.countByHospitalIdAndStatus(query.hospitalId(), ApplicationStatus.PENDING.code());
    }

    @QueryHandler
    AttendanceCounts handle(CountAttendanceQuery query) {
        return new AttendanceCounts(attendances.countCheckedIn(query.hospitalId(), query.from(), query.until()),
                attendances.countCompleted(query.hospitalId(), query.from(), query.until()));
    }

    /** One page, latest shift date first; read without the count a page of Spring Data would run. */
    @QueryHandler
    ShiftList handle(FindAllShiftsQuery query) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<ShiftEntry> select = cb.createQuery(ShiftEntry.class);
        Root<ShiftEntry> root = select.from(ShiftEntry.class);
        select.where(matching(query.hospitalId(), query.status(), query.dateFrom()).toPredicate(root, select, cb))
                .orderBy(cb.desc(root.get("shiftDate")), cb.desc(root.get("startTime")), cb.desc(root.get("id")));
        List<ShiftEntry> page = entityManager.createQuery(select)
                .setFirstResult((query.page() - 1) * query.perPage())
                .setMaxResults(query.perPage())
                .getResultList();
        return new ShiftList(page.stream().map(ShiftViews::shift).toList());
    }

    @QueryHandler
    Long handle(CountShiftsDatedFromQuery query) {
        return shifts.count(matching(query.hospitalId(), query.status(), query.dateFrom()));
    }

    private static Specification<ShiftEntry> matching(Long hospitalId, String status, LocalDate dateFrom) {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (hospitalId != null) {
                predicates.add(cb.equal(root.get("hospitalId"), hospitalId));
            }
            if (status != null) {
                predicates.add(cb.equal(root.get("status"), status));
            }
            if (dateFrom != null) {
                predicates.add(cb.greaterThanOrEqualTo(root.get("shiftDate"), dateFrom));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }

    private static long count(Map<String, Long> byStatus, ApplicationStatus status) {
        return byStatus.getOrDefault(status.code(), 0L);
    }
}
