package com.shiftledger.query.shift;

import com.shiftledger.api.rest.PageRequest;
import com.shiftledger.api.rest.PagedResponse;
import com.shiftledger.api.shift.AttendanceFilter;
import com.shiftledger.api.shift.AttendancePage;
import com.shiftledger.api.shift.AttendanceView;
import com.shiftledger.api.shift.FindAttendancesQuery;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/** One page of attendance with the seed's filters, for a hospital's shifts or for one professional. */
@Component
class AttendanceLists {

    private final QueryGateway queries;

    AttendanceLists(QueryGateway queries) {
        this.queries = queries;
    }

    /** The seed's attendance list parameters. */
    record Parameters(Integer page, Integer perPage, Integer limit, String date, String dateFrom, String dateTo,
                      String status) {
    }

    PagedResponse<AttendanceView> page(Long hospitalId, Long professionalId, Parameters parameters) {
        AttendanceFilter filter = ShiftListRequests.attendanceFilter(parameters.date(), parameters.dateFrom(),
                parameters.dateTo(), parameters.status());
        PageRequest pageRequest = ShiftListRequests.page(parameters.page(), parameters.perPage(), parameters.limit());
        AttendancePage result = queries.query(new FindAttendancesQuery(hospitalId, professionalId, filter,
                pageRequest.page(), pageRequest.perPage()), AttendancePage.class).join();
        return PagedResponse.of(result.items(), result.page(), result.perPage(), result.total());
    }
}
