package com.shiftledger.query.shift;

import com.shiftledger.api.shift.AttendanceFilter;
import com.shiftledger.api.shift.FindAttendancesQuery;
import com.shiftledger.api.shift.ShiftFilter;
import com.shiftledger.api.shift.ShiftStatus;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The filters and orders of the shift and attendance lists, as JPA specifications over the read model. */
final class ShiftSpecifications {

    static final String TODAY_SHIFT = "today_shift";
    static final String UPCOMING = "upcoming";
    static final List<String> OPEN_STATUSES = List.of(ShiftStatus.PUBLISHED.code(), ShiftStatus.IN_PROGRESS.code());
    static final List<String> FINISHED_STATUSES = List.of(ShiftStatus.COMPLETED.code(),
            ShiftStatus.CANCELLED.code());

    /** The seed's {@code sort_by} values and the properties they sort by. */
    static final Map<String, String> SORTABLE = Map.of(
            "shift_date", "shiftDate",
            "created_at", "createdAt",
            "title", "title",
            "pay_rate", "payRatePaise",
            "status", "status");

    private static final char ESCAPE = '\\';

    private ShiftSpecifications() {
    }

    /** A hospital's shifts with the seed's filters of {@code POST /hospital/fetch-shifts}. */
    static Specification<ShiftEntry> ofHospital(long hospitalId, ShiftFilter filter, LocalDate today) {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            predicates.add(cb.equal(root.get("hospitalId"), hospitalId));
            if (filter.status() != null) {
                predicates.add(cb.equal(root.get("status"), filter.status()));
            }
            if (TODAY_SHIFT.equals(filter.filterStatus())) {
                predicates.add(cb.equal(root.get("shiftDate"), today));
            } else if (UPCOMING.equals(filter.filterStatus())) {
                predicates.add(cb.greaterThan(root.get("shiftDate"), today));
            }
            if (filter.shiftDate() != null) {
                predicates.add(cb.equal(root.get("shiftDate"), filter.shiftDate()));
            }
            if (filter.professionType() != null) {
                predicates.add(cb.equal(root.get("professionType"), filter.professionType()));
            }
            if (filter.search() != null && !filter.search().isBlank()) {
                String pattern = "%" + escapeLike(filter.search().strip().toLowerCase()) + "%";
                predicates.add(cb.or(
                        cb.like(cb.lower(root.get("title")), pattern, ESCAPE),
                        cb.like(cb.lower(root.get("description")), pattern, ESCAPE),
                        cb.like(cb.lower(root.get("shiftCode")), pattern, ESCAPE)));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }

    /** The order of a hospital's shift list: the chosen field, then the start time and the id. */
    static Sort hospitalOrder(ShiftFilter filter) {
        String property = SORTABLE.getOrDefault(filter.sortBy() == null ? "shift_date" : filter.sortBy(),
                "shiftDate");
        Sort.Direction direction = "desc".equals(filter.sortOrder()) ? Sort.Direction.DESC : Sort.Direction.ASC;
        Sort sort = Sort.by(direction, property);
        if (property.equals("shiftDate")) {
            sort = sort.and(Sort.by(direction, "startTime"));
        }
        return sort.and(Sort.by(direction, "id"));
    }

    /**
     * The shifts open to a professional: their profession, published or in progress, a position open, not
     * ended, dated {@code from} or later, and not applied for by them yet.
     */
    static Specification<ShiftEntry> openTo(long professionalId, String professionType, LocalDate from) {
        Specification<ShiftEntry> open = (root, query, cb) -> cb.and(
                root.get("status").in(OPEN_STATUSES),
                cb.equal(root.get("professionType"), professionType),
                cb.isFalse(root.get("ended")),
                cb.lessThan(root.get("positionsFilled"), root.get("positionsRequired")),
                cb.greaterThanOrEqualTo(root.get("shiftDate"), from));
        return open.and(Specification.not(appliedForBy(professionalId)));
    }

    /** The shifts a professional applied for, whatever became of the application. */
    static Specification<ShiftEntry> appliedForBy(long professionalId) {
        return (root, query, cb) -> {
            Subquery<Long> applied = query.subquery(Long.class);
            Root<ShiftApplicationEntry> application = applied.from(ShiftApplicationEntry.class);
            applied.select(application.get("shiftId")).where(
                    cb.equal(application.get("professionalId"), professionalId));
            return root.get("id").in(applied);
        };
    }

    static Specification<ShiftEntry> withId(long shiftId) {
        return (root, query, cb) -> cb.equal(root.get("id"), shiftId);
    }

    /** The shifts a professional attends with one of the given attendance statuses. */
    static Specification<ShiftEntry> attendedBy(long professionalId, Collection<String> attendanceStatuses) {
        return (root, query, cb) -> {
            Subquery<Long> attended = query.subquery(Long.class);
            Root<AttendanceEntry> attendance = attended.from(AttendanceEntry.class);
            attended.select(attendance.get("shiftId")).where(
                    cb.equal(attendance.get("professionalId"), professionalId),
                    attendance.get("status").in(attendanceStatuses));
            return root.get("id").in(attended);
        };
    }

    static Specification<ShiftEntry> notFinishedFrom(LocalDate today) {
        return (root, query, cb) -> cb.and(
                cb.not(root.get("status").in(FINISHED_STATUSES)),
                cb.greaterThanOrEqualTo(root.get("shiftDate"), today));
    }

    /** Attendance of a hospital's shifts or of a professional, with the seed's date and status filters. */
    static Specification<AttendanceEntry> attendances(FindAttendancesQuery request) {
        AttendanceFilter filter = request.filter() == null ? AttendanceFilter.none() : request.filter();
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (request.hospitalId() != null) {
                predicates.add(cb.equal(root.get("hospitalId"), request.hospitalId()));
            }
            if (request.professionalId() != null) {
                predicates.add(cb.equal(root.get("professionalId"), request.professionalId()));
            }
            if (request.hospitalId() == null && request.professionalId() == null) {
                predicates.add(cb.disjunction());
            }
            Expression<LocalDate> shiftDate = root.get("shiftDate");
            if (filter.date() != null) {
                predicates.add(cb.equal(shiftDate, filter.date()));
            }
            if (filter.dateFrom() != null) {
                predicates.add(cb.greaterThanOrEqualTo(shiftDate, filter.dateFrom()));
            }
            if (filter.dateTo() != null) {
                predicates.add(cb.lessThanOrEqualTo(shiftDate, filter.dateTo()));
            }
            if (filter.status() != null) {
                predicates.add(cb.equal(root.get("status"), filter.status()));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
