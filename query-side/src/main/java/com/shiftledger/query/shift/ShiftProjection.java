package com.shiftledger.query.shift;

import com.shiftledger.api.money.Money;
import com.shiftledger.api.shift.ApplicationList;
import com.shiftledger.api.shift.ApplicationPage;
import com.shiftledger.api.shift.ApplicationStatus;
import com.shiftledger.api.shift.ApplicationView;
import com.shiftledger.api.shift.AttendancePage;
import com.shiftledger.api.shift.FindApplicationQuery;
import com.shiftledger.api.shift.FindAttendancesQuery;
import com.shiftledger.api.shift.FindHospitalShiftsQuery;
import com.shiftledger.api.shift.FindOpenShiftsQuery;
import com.shiftledger.api.shift.FindPendingEarningsQuery;
import com.shiftledger.api.shift.FindProfessionalApplicationsQuery;
import com.shiftledger.api.shift.FindProfessionalShiftsQuery;
import com.shiftledger.api.shift.FindShiftApplicationsQuery;
import com.shiftledger.api.shift.FindShiftForProfessionalQuery;
import com.shiftledger.api.shift.FindShiftQuery;
import com.shiftledger.api.shift.PendingEarnings;
import com.shiftledger.api.shift.PositionCompletedEvent;
import com.shiftledger.api.shift.ProfessionalCheckedInEvent;
import com.shiftledger.api.shift.ProfessionalMarkedNoShowEvent;
import com.shiftledger.api.shift.ShiftApplicationAcceptedEvent;
import com.shiftledger.api.shift.ShiftApplicationRejectedEvent;
import com.shiftledger.api.shift.ShiftApplicationSubmittedEvent;
import com.shiftledger.api.shift.ShiftApplicationWithdrawnEvent;
import com.shiftledger.api.shift.ShiftCancelledEvent;
import com.shiftledger.api.shift.ShiftCompletedEvent;
import com.shiftledger.api.shift.ShiftCreatedEvent;
import com.shiftledger.api.shift.ShiftDiscardedEvent;
import com.shiftledger.api.shift.ShiftEndedEvent;
import com.shiftledger.api.shift.ShiftEscrowReleasedEvent;
import com.shiftledger.api.shift.ShiftFilter;
import com.shiftledger.api.shift.ShiftFundsReceivedEvent;
import com.shiftledger.api.shift.ShiftId;
import com.shiftledger.api.shift.ShiftPage;
import com.shiftledger.api.shift.ShiftPayRaisedEvent;
import com.shiftledger.api.shift.ShiftPublishedEvent;
import com.shiftledger.api.shift.ShiftRevisedEvent;
import com.shiftledger.api.shift.ShiftView;
import com.shiftledger.query.web.PlatformCalendar;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Projects the events of every shift into the shift, application and attendance views, and answers the
 * shift queries. The events of one shift are handled in order (see {@code ShiftProcessingConfiguration}); each
 * shift remembers the stream position of its last projected event, so a redelivered event changes nothing.
 */
@Component
@ProcessingGroup(ShiftProjection.PROCESSING_GROUP)
class ShiftProjection {

    static final String PROCESSING_GROUP = "shift-projection";
    static final long UNKNOWN_POSITION = Long.MIN_VALUE;
    static final List<String> PENDING_WORK = List.of(AttendanceEntry.PENDING, AttendanceEntry.CHECKED_IN);

    private final ShiftEntryRepository shifts;
    private final ShiftApplicationEntryRepository applications;
    private final AttendanceEntryRepository attendances;
    private final PlatformCalendar calendar;

    ShiftProjection(ShiftEntryRepository shifts, ShiftApplicationEntryRepository applications,
                    AttendanceEntryRepository attendances, PlatformCalendar calendar) {
        this.shifts = shifts;
        this.applications = applications;
        this.attendances = attendances;
        this.calendar = calendar;
    }

    @EventHandler
    void on(ShiftCreatedEvent event, TrackingToken token, @Timestamp Instant at) {
        long id = event.shiftId().value();
        if (shifts.existsById(id)) {
            return;
        }
        shifts.save(new ShiftEntry(id, event.shiftCode(), event.hospitalId(), event.hospitalName(),
                event.walletId().value(), event.details(), event.schedule(), event.terms(), event.price(),
                position(token), at));
    }

    @EventHandler
    void on(ShiftRevisedEvent event, TrackingToken token, @Timestamp Instant at) {
        ShiftEntry shift = shift(event.shiftId());
        if (shift.takes(position(token), at)) {
            shift.describe(event.details(), event.schedule(), event.terms(), event.price(), at);
            attendances.findByShiftId(shift.id()).forEach(attendance -> attendance.shiftDescribed(shift));
        }
    }

    @EventHandler
    void on(ShiftPublishedEvent event, TrackingToken token, @Timestamp Instant at) {
        ShiftEntry shift = shift(event.shiftId());
        if (shift.takes(position(token), at)) {
            shift.published(at);
            shift.escrowChangedBy(event.amount().paise());
        }
    }

    @EventHandler
    void on(ShiftPayRaisedEvent event, TrackingToken token, @Timestamp Instant at) {
        ShiftEntry shift = shift(event.shiftId());
        if (shift.takes(position(token), at)) {
            shift.escrowChangedBy(event.amount().paise());
            shift.describe(event.details(), event.schedule(), event.terms(), event.price(), at);
            attendances.findByShiftId(shift.id()).forEach(attendance -> attendance.shiftDescribed(shift));
        }
    }

    @EventHandler
    void on(ShiftFundsReceivedEvent event, TrackingToken token, @Timestamp Instant at) {
        ShiftEntry shift = shift(event.shiftId());
        if (shift.takes(position(token), at)) {
            shift.escrowChangedBy(event.amount().paise());
        }
    }

    @EventHandler
    void on(ShiftEscrowReleasedEvent event, TrackingToken token, @Timestamp Instant at) {
        ShiftEntry shift = shift(event.shiftId());
        if (shift.takes(position(token), at)) {
            shift.escrowChangedBy(-event.released().paise());
        }
    }

    @EventHandler
    void on(ShiftCancelledEvent event, TrackingToken token, @Timestamp Instant at) {
        ShiftEntry shift = shift(event.shiftId());
        if (shift.takes(position(token), at)) {
            shift.cancelled(at);
            applications.findByShiftId(shift.id()).forEach(application -> application.shiftCancelled(at));
            attendances.deleteAll(attendances.findByShiftId(shift.id()).stream()
                    .filter(AttendanceEntry::isPending).toList());
            recount(shift);
        }
    }

    /** A draft that could not be funded when it was created leaves no trace on the read side. */
    @EventHandler
    void on(ShiftDiscardedEvent event) {
        shifts.findById(event.shiftId().value()).ifPresent(shifts::delete);
    }

    @EventHandler
    void on(ShiftEndedEvent event, TrackingToken token, @Timestamp Instant at) {
        ShiftEntry shift = shift(event.shiftId());
        if (shift.takes(position(token), at)) {
            shift.ended();
        }
    }

    @EventHandler
    void on(ShiftCompletedEvent event, TrackingToken token, @Timestamp Instant at) {
        ShiftEntry shift = shift(event.shiftId());
        if (shift.takes(position(token), at)) {
            shift.completed(at);
        }
    }

    @EventHandler
    void on(ShiftApplicationSubmittedEvent event, TrackingToken token, @Timestamp Instant at) {
        ShiftEntry shift = shift(event.shiftId());
        if (shift.takes(position(token), at) && !applications.existsById(event.applicationId())) {
            applications.save(new ShiftApplicationEntry(event.applicationId(), shift.id(), shift.hospitalId(),
                    event.professionalId(), event.professionalName(),
                    event.professionType() == null ? null : event.professionType().code(),
                    event.professionalWalletId() == null ? null : event.professionalWalletId().value(),
                    event.coverNote(), at));
            recount(shift);
        }
    }

    @EventHandler
    void on(ShiftApplicationWithdrawnEvent event, TrackingToken token, @Timestamp Instant at) {
        ShiftEntry shift = shift(event.shiftId());
        if (shift.takes(position(token), at)) {
            application(event.applicationId()).decide(ApplicationStatus.WITHDRAWN, at);
        }
    }

    @EventHandler
    void on(ShiftApplicationRejectedEvent event, TrackingToken token, @Timestamp Instant at) {
        ShiftEntry shift = shift(event.shiftId());
        if (shift.takes(position(token), at)) {
            application(event.applicationId()).decide(ApplicationStatus.REJECTED, at);
        }
    }

    @EventHandler
    void on(ShiftApplicationAcceptedEvent event, TrackingToken token, @Timestamp Instant at) {
        ShiftEntry shift = shift(event.shiftId());
        if (!shift.takes(position(token), at)) {
            return;
        }
        ShiftApplicationEntry application = application(event.applicationId());
        if (application.decide(ApplicationStatus.ACCEPTED, at) && !attendances.existsById(application.id())) {
            attendances.save(new AttendanceEntry(application, shift, at));
        }
        recount(shift);
    }

    @EventHandler
    void on(ProfessionalCheckedInEvent event, TrackingToken token, @Timestamp Instant at) {
        ShiftEntry shift = shift(event.shiftId());
        if (shift.takes(position(token), at)) {
            shift.workStarted();
            attendance(event.applicationId()).checkedIn(event.at(), at);
        }
    }

    @EventHandler
    void on(PositionCompletedEvent event, TrackingToken token, @Timestamp Instant at) {
        ShiftEntry shift = shift(event.shiftId());
        if (shift.takes(position(token), at)) {
            shift.workStarted();
            shift.escrowChangedBy(-(event.professionalPay().paise() + event.serviceCharge().paise()));
            attendance(event.applicationId()).completed(event.checkedInAt(), event.checkedOutAt(),
                    event.minutesWorked(), event.professionalPay().paise(), event.remarks(), at);
        }
    }

    @EventHandler
    void on(ProfessionalMarkedNoShowEvent event, TrackingToken token, @Timestamp Instant at) {
        ShiftEntry shift = shift(event.shiftId());
        if (shift.takes(position(token), at)) {
            attendance(event.applicationId()).noShow(event.remarks(), at);
        }
    }

    @QueryHandler
    ShiftView handle(FindShiftQuery query) {
        return shifts.findById(query.shiftId()).map(ShiftViews::shift).orElse(null);
    }

    @QueryHandler
    ShiftPage handle(FindHospitalShiftsQuery query) {
        ShiftFilter filter = query.filter() == null ? ShiftFilter.byStatus(null) : query.filter();
        return shiftPage(ShiftSpecifications.ofHospital(query.hospitalId(), filter, calendar.today()),
                ShiftSpecifications.hospitalOrder(filter), query.page(), query.perPage());
    }

    @QueryHandler
    ShiftPage handle(FindOpenShiftsQuery query) {
        return shiftPage(ShiftSpecifications.openTo(query.professionalId(), query.professionType(), query.from()),
                Sort.by("shiftDate", "startTime", "id"), query.page(), query.perPage());
    }

    @QueryHandler
    ShiftView handle(FindShiftForProfessionalQuery query) {
        Specification<ShiftEntry> visible = ShiftSpecifications.openTo(query.professionalId(),
                query.professionType(), query.from()).or(ShiftSpecifications.appliedForBy(query.professionalId()));
        return shifts.findOne(ShiftSpecifications.withId(query.shiftId()).and(visible))
                .map(ShiftViews::shift).orElse(null);
    }

    @QueryHandler
    ShiftPage handle(FindProfessionalShiftsQuery query) {
        return switch (query.kind()) {
            case "upcoming" -> shiftPage(
                    ShiftSpecifications.attendedBy(query.professionalId(), PENDING_WORK)
                            .and(ShiftSpecifications.notFinishedFrom(query.today())),
                    Sort.by("shiftDate", "startTime", "id"), query.page(), query.perPage());
            case "completed" -> shiftPage(
                    ShiftSpecifications.attendedBy(query.professionalId(), List.of(AttendanceEntry.COMPLETED)),
                    Sort.by(Sort.Direction.DESC, "shiftDate", "startTime", "id"), query.page(), query.perPage());
            default -> throw new IllegalArgumentException("No such list of a professional's shifts: " + query.kind());
        };
    }

    @QueryHandler
    ApplicationList handle(FindShiftApplicationsQuery query) {
        return new ApplicationList(applications.findByShiftIdOrderByAppliedAtDescIdDesc(query.shiftId()).stream()
                .map(application -> ShiftViews.application(application, null))
                .toList());
    }

    @QueryHandler
    ApplicationView handle(FindApplicationQuery query) {
        return applications.findById(query.applicationId())
                .map(application -> ShiftViews.application(application,
                        shifts.findById(application.shiftId()).map(ShiftViews::shift).orElse(null)))
                .orElse(null);
    }

    @QueryHandler
    ApplicationPage handle(FindProfessionalApplicationsQuery query) {
        PageRequest pageable = PageRequest.of(query.page() - 1, query.perPage(),
                Sort.by(Sort.Direction.DESC, "appliedAt", "id"));
        Page<ShiftApplicationEntry> page = query.status() == null
                ? applications.findByProfessionalId(query.professionalId(), pageable)
                : applications.findByProfessionalIdAndStatus(query.professionalId(), query.status(), pageable);
        Map<Long, ShiftView> shiftsOfPage = shifts.findAllById(
                        page.getContent().stream().map(ShiftApplicationEntry::shiftId).distinct().toList())
                .stream().collect(Collectors.toMap(ShiftEntry::id, ShiftViews::shift));
        List<ApplicationView> items = page.getContent().stream()
                .map(application -> ShiftViews.application(application, shiftsOfPage.get(application.shiftId())))
                .toList();
        return new ApplicationPage(items, page.getTotalElements(), query.page(), query.perPage());
    }

    @QueryHandler
    AttendancePage handle(FindAttendancesQuery query) {
        Page<AttendanceEntry> page = attendances.findAll(ShiftSpecifications.attendances(query),
                PageRequest.of(query.page() - 1, query.perPage(), Sort.by(Sort.Direction.DESC, "shiftDate", "id")));
        return new AttendancePage(page.map(ShiftViews::attendance).getContent(), page.getTotalElements(),
                query.page(), query.perPage());
    }

    @QueryHandler
    PendingEarnings handle(FindPendingEarningsQuery query) {
        return new PendingEarnings(Money.ofPaise(attendances.sumProfessionalPay(query.professionalId(),
                PENDING_WORK)));
    }

    private ShiftPage shiftPage(Specification<ShiftEntry> specification, Sort sort, int page, int perPage) {
        Page<ShiftEntry> result = shifts.findAll(specification, PageRequest.of(page - 1, perPage, sort));
        return new ShiftPage(result.map(ShiftViews::shift).getContent(), result.getTotalElements(), page, perPage);
    }

    /** Positions filled and applications received, counted from the applications themselves. */
    private void recount(ShiftEntry shift) {
        shift.counted((int) applications.countByShiftId(shift.id()),
                (int) applications.countByShiftIdAndStatus(shift.id(), ApplicationStatus.ACCEPTED.code()));
    }

    private ShiftEntry shift(ShiftId shiftId) {
        return shifts.findById(shiftId.value()).orElseThrow(() -> new IllegalStateException(
                "Shift " + shiftId.value() + " was not projected before its later events"));
    }

    private ShiftApplicationEntry application(long applicationId) {
        return applications.findById(applicationId).orElseThrow(() -> new IllegalStateException(
                "Application " + applicationId + " was not projected before its decision"));
    }

    private AttendanceEntry attendance(long applicationId) {
        return attendances.findById(applicationId).orElseThrow(() -> new IllegalStateException(
                "The attendance of application " + applicationId + " was not projected before its work"));
    }

    private static long position(TrackingToken token) {
        return token == null ? UNKNOWN_POSITION : token.position().orElse(UNKNOWN_POSITION);
    }
}
