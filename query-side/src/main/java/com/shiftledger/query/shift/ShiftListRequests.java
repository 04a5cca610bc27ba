package com.shiftledger.query.shift;

import com.shiftledger.api.rest.PageRequest;
import com.shiftledger.api.shift.ApplicationStatus;
import com.shiftledger.api.shift.AttendanceFilter;
import com.shiftledger.api.shift.ExtensionStatus;
import com.shiftledger.api.shift.ProfessionType;
import com.shiftledger.api.shift.ShiftStatus;
import com.shiftledger.query.web.ListFilters;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What the shift list endpoints accept: the seed's filter values, page sizes and the attendance filters. */
final class ShiftListRequests {

    static final int DEFAULT_PER_PAGE = 15;
    static final Set<String> SHIFT_STATUSES = codes(ShiftStatus.values(), ShiftStatus::code);
    static final Set<String> FILTER_STATUSES = Set.of(ShiftSpecifications.TODAY_SHIFT, ShiftSpecifications.UPCOMING);
    static final Set<String> PROFESSION_TYPES = codes(ProfessionType.values(), ProfessionType::code);
    static final Set<String> SORT_FIELDS = ShiftSpecifications.SORTABLE.keySet();
    static final Set<String> SORT_ORDERS = Set.of("asc", "desc");
    static final Set<String> APPLICATION_STATUSES = codes(ApplicationStatus.values(), ApplicationStatus::code);
    static final Set<String> EXTENSION_STATUSES = codes(ExtensionStatus.values(), ExtensionStatus::code);
    static final Set<String> ATTENDANCE_STATUSES = Set.of(AttendanceEntry.PENDING, AttendanceEntry.CHECKED_IN,
            AttendanceEntry.COMPLETED, AttendanceEntry.NO_SHOW);

    private ShiftListRequests() {
    }

    /** The page asked for; {@code limit} is the seed's alias of {@code per_page}. */
    static PageRequest page(Integer page, Integer perPage, Integer limit) {
        return PageRequest.of(page, perPage != null ? perPage : limit, DEFAULT_PER_PAGE);
    }

    /** The seed's attendance filters, checked: a date, or a range of dates, and a status; 422 when invalid. */
    static AttendanceFilter attendanceFilter(String date, String dateFrom, String dateTo, String status) {
        ListFilters filters = new ListFilters();
        LocalDate on = filters.date("date", date);
        LocalDate from = filters.date("date_from", dateFrom);
        LocalDate to = filters.date("date_to", dateTo);
        filters.requireOrder("date_from", from, "date_to", to);
        String checkedStatus = filters.oneOf("status", status, ATTENDANCE_STATUSES);
        filters.check();
        return new AttendanceFilter(on, from, to, checkedStatus);
    }

    private static <T> Set<String> codes(T[] values, Function<T, String> code) {
        return Arrays.stream(values).map(code).collect(Collectors.toUnmodifiableSet());
    }
}
