package com.shiftledger.query.shift;

import com.shiftledger.api.money.Money;
import com.shiftledger.api.partner.TimecardCorrectedEvent;
import com.shiftledger.api.partner.TimecardRecordedEvent;
import com.shiftledger.api.shift.ApplicationList;
import com.shiftledger.api.shift.ApplicationPage;
import com.shiftledger.api.shift.ApplicationStatus;
import com.shiftledger.api.shift.ApplicationView;
import com.shiftledger.api.shift.AttendancePage;
import com.shiftledger.api.shift.EmergencySosRaisedEvent;
import com.shiftledger.api.shift.ExtendedDayCheckedInEvent;
import com.shiftledger.api.shift.ExtendedDayCompletedEvent;
import com.shiftledger.api.shift.FindApplicationQuery;
import com.shiftledger.api.shift.FindAttendancesQuery;
import com.shiftledger.api.shift.FindHospitalShiftsQuery;
import com.shiftledger.api.shift.FindOpenShiftsQuery;
import com.shiftledger.api.shift.FindPendingEarningsQuery;
import com.shiftledger.api.shift.FindProfessionalApplicationsQuery;
import com.shiftledger.api.shift.FindProfessionalShiftsQuery;
import com.shiftledger.api.shift.FindShiftApplicationsQuery;
import com.shiftledger.api.shift.FindShiftExtensionQuery;
import com.shiftledger.api.shift.FindShiftExtensionsQuery;
import com.shiftledger.api.shift.FindShiftForProfessionalQuery;
import com.shiftledger.api.shift.FindShiftFundingQuery;
import com.shiftledger.api.shift.FindShiftQuery;
import com.shiftledger.api.shift.FindShiftVersionQuery;
import com.shiftledger.api.shift.FundingReference;
import com.shiftledger.api.shift.PendingEarnings;
import com.shiftledger.api.shift.PositionCompletedEvent;
import com.shiftledger.api.shift.ProfessionalCheckedInEvent;
import com.shiftledger.api.shift.ProfessionalMarkedNoShowEvent;
import com.shiftledger.api.shift.ReopenReason;
import com.shiftledger.api.shift.ShiftApplicationAcceptedEvent;
import com.shiftledger.api.shift.ShiftApplicationRejectedEvent;
import com.shiftledger.api.shift.ShiftApplicationSubmittedEvent;
import com.shiftledger.api.shift.ShiftApplicationWithdrawnEvent;
import com.shiftledger.api.shift.ShiftCancelledEvent;
import com.shiftledger.api.shift.ShiftCompletedEvent;
import com.shiftledger.api.shift.ShiftCreatedEvent;
import com.shiftledger.api.shift.ShiftDiscardedEvent;
import com.shiftledger.api.shift.ShiftEmergencySosActivatedEvent;
import com.shiftledger.api.shift.ShiftEmergencySosDroppedEvent;
import com.shiftledger.api.shift.ShiftEmergencySosFulfilledEvent;
import com.shiftledger.api.shift.ShiftEndedEvent;
import com.shiftledger.api.shift.ShiftEscrowReleasedEvent;
import com.shiftledger.api.shift.ShiftExtensionAcceptedEvent;
import com.shiftledger.api.shift.ShiftExtensionEndedEvent;
import com.shiftledger.api.shift.ShiftExtensionFundingRequestedEvent;
import com.shiftledger.api.shift.ShiftExtensionPage;
import com.shiftledger.api.shift.ShiftExtensionRejectedEvent;
import com.shiftledger.api.shift.ShiftExtensionRequestedEvent;
import com.shiftledger.api.shift.ShiftExtensionView;
import com.shiftledger.api.shift.ShiftFilter;
import com.shiftledger.api.shift.ShiftFundingAbandonedEvent;
import com.shiftledger.api.shift.ShiftFundingRequestedEvent;
import com.shiftledger.api.shift.ShiftFundingView;
import com.shiftledger.api.shift.ShiftFundsReceivedEvent;
import com.shiftledger.api.shift.ShiftId;
import com.shiftledger.api.shift.ShiftPage;
import com.shiftledger.api.shift.ShiftPayRaisedEvent;
import com.shiftledger.api.shift.ShiftPositionReopenedEvent;
import com.shiftledger.api.shift.ShiftPublishedEvent;
import com.shiftledger.api.shift.ShiftRevisedEvent;
import com.shiftledger.api.shift.ShiftView;
import com.shiftledger.api.platform.PlatformCalendar;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Projects the events of every shift into the shift, application and attendance views, and answers the
 * shift queries. The events of one shift are handled in order (see {@code ShiftProcessingConfiguration}); each
 * shift remembers the sequence number of its last projected event (its version), so a redelivered event changes
 * nothing; a command waiting to answer with what it wrote is told each version as it is projected.
 */
@Component
@ProcessingGroup(ShiftProjection.PROCESSING_GROUP)
class ShiftProjection {

    static final String PROCESSING_GROUP = "shift-projection";
    static final List<String> PENDING_WORK = List.of(AttendanceEntry.PENDING, AttendanceEntry.CHECKED_IN);

    private final ShiftEntryRepository shifts;
    private final ShiftApplicationEntryRepository applications;
    private final AttendanceEntryRepository attendances;
    private final ShiftFundingEntryRepository fundings;
    private final ShiftExtensionEntryRepository extensions;
    private final ShiftExtensionDayEntryRepository extensionDays;
    private final PlatformCalendar calendar;
    private final QueryUpdateEmitter updates;

    ShiftProjection(ShiftEntryRepository shifts, ShiftApplicationEntryRepository applications,
                    AttendanceEntryRepository attendances, ShiftFundingEntryRepository fundings,
                    ShiftExtensionEntryRepository extensions, ShiftExtensionDayEntryRepository extensionDays,
                    PlatformCalendar calendar, QueryUpdateEmitter updates) {
        this.shifts = shifts;
        this.applications = applications;
        this.attendances = attendances;
        this.fundings = fundings;
        this.extensions = extensions;
        this.extensionDays = extensionDays;
        this.calendar = calendar;
        this.updates = updates;
    }

    @EventHandler
    void on(ShiftCreatedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        long id = event.shiftId().value();
        if (shifts.existsById(id)) {
            return;
        }
        shifts.save(new ShiftEntry(id, event.shiftCode(), event.hospitalId(), event.hospitalName(),
                event.walletId().value(), event.details(), event.schedule(), event.terms(), event.price(),
                sequence, at));
        announce(event.shiftId(), sequence);
    }

    @EventHandler
    void on(ShiftRevisedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        ShiftEntry shift = shift(event.shiftId());
        if (takes(shift, sequence, at)) {
            shift.describe(event.details(), event.schedule(), event.terms(), event.price(), at);
            attendances.findByShiftId(shift.id()).forEach(attendance -> attendance.shiftDescribed(shift));
        }
    }

    @EventHandler
    void on(ShiftFundingRequestedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        ShiftEntry shift = shift(event.shiftId());
        if (takes(shift, sequence, at)) {
            ShiftFundingEntry funding = fundings.save(new ShiftFundingEntry(event.funding(), event.amount(), at));
            announce(funding);
        }
    }

    @EventHandler
    void on(ShiftFundingAbandonedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        shifts.findById(event.shiftId().value()).ifPresent(shift -> takes(shift, sequence, at));
        funding(event.shiftId(), event.fundingNumber()).ifPresent(funding -> {
            funding.abandoned(event.requiredAmount(), event.walletBalance(), at);
            announce(funding);
        });
    }

    @EventHandler
    void on(ShiftPublishedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        ShiftEntry shift = shift(event.shiftId());
        if (takes(shift, sequence, at)) {
            shift.published(at);
            shift.escrowChangedBy(event.amount().paise());
        }
        funded(event.shiftId(), event.fundingNumber(), event.transactionId(), at);
    }

    @EventHandler
    void on(ShiftPayRaisedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        ShiftEntry shift = shift(event.shiftId());
        if (takes(shift, sequence, at)) {
            shift.escrowChangedBy(event.amount().paise());
            shift.describe(event.details(), event.schedule(), event.terms(), event.price(), at);
            attendances.findByShiftId(shift.id()).forEach(attendance -> attendance.shiftDescribed(shift));
        }
        funded(event.shiftId(), event.fundingNumber(), event.transactionId(), at);
    }

    @EventHandler
    void on(ShiftFundsReceivedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        ShiftEntry shift = shift(event.shiftId());
        if (takes(shift, sequence, at)) {
            shift.escrowChangedBy(event.amount().paise());
        }
    }

    @EventHandler
    void on(ShiftEscrowReleasedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        ShiftEntry shift = shift(event.shiftId());
        if (takes(shift, sequence, at)) {
            shift.escrowChangedBy(-event.released().paise());
        }
    }

    @EventHandler
    void on(ShiftCancelledEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        ShiftEntry shift = shift(event.shiftId());
        if (takes(shift, sequence, at)) {
            shift.cancelled(at);
            applications.findByShiftId(shift.id()).forEach(application -> application.shiftCancelled(at));
            attendances.deleteAll(attendances.findByShiftId(shift.id()).stream()
                    .filter(AttendanceEntry::isPending).toList());
            recount(shift);
        }
    }

    /** A draft that could not be funded when it was created leaves no trace on the read side but its funding. */
    @EventHandler
    void on(ShiftDiscardedEvent event, @SequenceNumber long sequence) {
        shifts.findById(event.shiftId().value()).ifPresent(shifts::delete);
        announce(event.shiftId(), sequence);
    }

    @EventHandler
    void on(ShiftEndedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        ShiftEntry shift = shift(event.shiftId());
        if (takes(shift, sequence, at)) {
            shift.ended();
        }
    }

    @EventHandler
    void on(ShiftCompletedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        ShiftEntry shift = shift(event.shiftId());
        if (takes(shift, sequence, at)) {
            shift.completed(at);
        }
    }

    @EventHandler
    void on(EmergencySosRaisedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        takes(shift(event.shiftId()), sequence, at);
    }

    @EventHandler
    void on(ShiftEmergencySosActivatedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        ShiftEntry shift = shift(event.shiftId());
        if (takes(shift, sequence, at)) {
            shift.emergencySent();
        }
    }

    @EventHandler
    void on(ShiftEmergencySosDroppedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        takes(shift(event.shiftId()), sequence, at);
    }

    @EventHandler
    void on(ShiftEmergencySosFulfilledEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        takes(shift(event.shiftId()), sequence, at);
    }

    @EventHandler
    void on(ShiftApplicationSubmittedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        ShiftEntry shift = shift(event.shiftId());
        if (takes(shift, sequence, at) && !applications.existsById(event.applicationId())) {
            ShiftApplicationEntry application = new ShiftApplicationEntry(event.applicationId(), shift.id(),
                    shift.hospitalId(), event.professionalId(), event.professionalName(),
                    event.professionType() == null ? null : event.professionType().code(),
                    event.professionalWalletId() == null ? null : event.professionalWalletId().value(),
                    event.coverNote(), at);
            if (event.emergency() != null) {
                application.emergency(event.emergency());
            }
            applications.save(application);
            recount(shift);
        }
    }

    @EventHandler
    void on(ShiftApplicationWithdrawnEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        ShiftEntry shift = shift(event.shiftId());
        if (takes(shift, sequence, at)) {
            application(event.applicationId()).decide(ApplicationStatus.WITHDRAWN, at);
        }
    }

    @EventHandler
    void on(ShiftApplicationRejectedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        ShiftEntry shift = shift(event.shiftId());
        if (takes(shift, sequence, at)) {
            application(event.applicationId()).decide(ApplicationStatus.REJECTED, at);
        }
    }

    @EventHandler
    void on(ShiftApplicationAcceptedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        ShiftEntry shift = shift(event.shiftId());
        if (!takes(shift, sequence, at)) {
            return;
        }
        ShiftApplicationEntry application = application(event.applicationId());
        if (application.decide(ApplicationStatus.ACCEPTED, at) && !attendances.existsById(application.id())) {
            attendances.save(new AttendanceEntry(application, shift, at));
        }
        recount(shift);
    }

    @EventHandler
    void on(ProfessionalCheckedInEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        ShiftEntry shift = shift(event.shiftId());
        if (takes(shift, sequence, at)) {
            shift.workStarted();
            attendance(event.applicationId()).checkedIn(event.at(), at);
        }
    }

    @EventHandler
    void on(PositionCompletedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        ShiftEntry shift = shift(event.shiftId());
        if (takes(shift, sequence, at)) {
            shift.workStarted();
            shift.escrowChangedBy(-(event.professionalPay().paise() + event.serviceCharge().paise()));
            attendance(event.applicationId()).completed(event.checkedInAt(), event.checkedOutAt(),
                    event.minutesWorked(), event.professionalPay().paise(), event.remarks(), at);
        }
    }

    @EventHandler
    void on(ProfessionalMarkedNoShowEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        ShiftEntry shift = shift(event.shiftId());
        if (takes(shift, sequence, at)) {
            attendance(event.applicationId()).noShow(event.remarks(), at);
        }
    }

    @EventHandler
    void on(ShiftPositionReopenedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        ShiftEntry shift = shift(event.shiftId());
        if (!takes(shift, sequence, at)) {
            return;
        }
        application(event.applicationId()).positionReopened(event.reason(), at);
        if (event.reason() == ReopenReason.WITHDRAWN) {
            attendances.deleteById(event.applicationId());
        }
        recount(shift);
    }

    @EventHandler
    void on(TimecardRecordedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        ShiftEntry shift = shift(event.shiftId());
        if (takes(shift, sequence, at)) {
            attendance(event.applicationId()).timecard(event.timecard().checkIn(), event.timecard().checkOut(),
                    event.minutesWorked(), at);
        }
    }

    @EventHandler
    void on(TimecardCorrectedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        ShiftEntry shift = shift(event.shiftId());
        if (takes(shift, sequence, at)) {
            attendance(event.applicationId()).timecard(event.timecard().checkIn(), event.timecard().checkOut(),
                    event.minutesWorked(), at);
        }
    }

    @EventHandler
    void on(ShiftExtensionRequestedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        ShiftEntry shift = shift(event.shiftId());
        if (takes(shift, sequence, at) && !extensions.existsById(event.extensionId())) {
            extensions.save(new ShiftExtensionEntry(event, shift,
                    application(event.applicationId()).professionalName(), at));
            extensionDays.saveAll(event.days().stream()
                    .map(day -> new ShiftExtensionDayEntry(event.extensionId(), day.shiftDate()))
                    .toList());
        }
    }

    @EventHandler
    void on(ShiftExtensionFundingRequestedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        ShiftEntry shift = shift(event.shiftId());
        if (takes(shift, sequence, at)) {
            ShiftFundingEntry funding = fundings.save(new ShiftFundingEntry(event.funding(), event.amount(), at));
            announce(funding);
        }
    }

    @EventHandler
    void on(ShiftExtensionAcceptedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        ShiftEntry shift = shift(event.shiftId());
        if (takes(shift, sequence, at)) {
            shift.escrowChangedBy(event.amount().paise());
            ShiftExtensionEntry extension = extension(event.extensionId());
            extension.accepted(event.transactionId(), at);
            application(event.applicationId()).extendedBy(extension.daysCount(), at);
        }
        funded(event.shiftId(), event.fundingNumber(), event.transactionId(), at);
    }

    @EventHandler
    void on(ShiftExtensionRejectedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        ShiftEntry shift = shift(event.shiftId());
        if (takes(shift, sequence, at)) {
            extension(event.extensionId()).rejected(at);
        }
    }

    @EventHandler
    void on(ExtendedDayCheckedInEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        ShiftEntry shift = shift(event.shiftId());
        if (takes(shift, sequence, at)) {
            extensionDay(event.extensionId(), event.workDate()).checkedIn(event.at());
        }
    }

    @EventHandler
    void on(ExtendedDayCompletedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        ShiftEntry shift = shift(event.shiftId());
        if (takes(shift, sequence, at)) {
            shift.escrowChangedBy(-event.total().paise());
            extensionDay(event.extensionId(), event.workDate()).completed(event.checkedInAt(), event.checkedOutAt(),
                    event.minutesWorked(), event.professionalPay(), event.sosExtraPay());
        }
    }

    @EventHandler
    void on(ShiftExtensionEndedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        ShiftEntry shift = shift(event.shiftId());
        if (takes(shift, sequence, at)) {
            extensionDays.findByExtensionIdOrderByWorkDate(event.extensionId())
                    .forEach(ShiftExtensionDayEntry::missedIfPending);
        }
    }

    @QueryHandler
    ShiftExtensionView handle(FindShiftExtensionQuery query) {
        return extensions.findById(query.extensionId())
                .map(extension -> ShiftViews.extension(extension,
                        extensionDays.findByExtensionIdOrderByWorkDate(extension.id())))
                .orElse(null);
    }

    @QueryHandler
    ShiftExtensionPage handle(FindShiftExtensionsQuery query) {
        PageRequest pageable = PageRequest.of(query.page() - 1, query.perPage(),
                Sort.by(Sort.Direction.DESC, "requestedAt", "id"));
        Page<ShiftExtensionEntry> page;
        if (query.hospitalId() != null) {
            page = query.status() == null ? extensions.findByHospitalId(query.hospitalId(), pageable)
                    : extensions.findByHospitalIdAndStatus(query.hospitalId(), query.status(), pageable);
        } else {
            page = query.status() == null ? extensions.findByProfessionalId(query.professionalId(), pageable)
                    : extensions.findByProfessionalIdAndStatus(query.professionalId(), query.status(), pageable);
        }
        Map<Long, List<ShiftExtensionDayEntry>> days = extensionDays.findByExtensionIdInOrderByWorkDate(
                        page.getContent().stream().map(ShiftExtensionEntry::id).toList()).stream()
                .collect(Collectors.groupingBy(ShiftExtensionDayEntry::extensionId));
        List<ShiftExtensionView> items = page.getContent().stream()
                .map(extension -> ShiftViews.extension(extension, days.getOrDefault(extension.id(), List.of())))
                .toList();
        return new ShiftExtensionPage(items, page.getTotalElements(), query.page(), query.perPage());
    }

    @QueryHandler
    Long handle(FindShiftVersionQuery query) {
        return shifts.findById(query.shiftId().value()).map(ShiftEntry::version).orElse(-1L);
    }

    @QueryHandler
    ShiftFundingView handle(FindShiftFundingQuery query) {
        return fundings.findById(query.funding().walletReference()).map(ShiftFundingEntry::view).orElse(null);
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
                .map(application -> ShiftViews.application(application, null, calendar.zone()))
                .toList());
    }

    @QueryHandler
    ApplicationView handle(FindApplicationQuery query) {
        return applications.findById(query.applicationId())
                .map(application -> ShiftViews.application(application,
                        shifts.findById(application.shiftId()).map(ShiftViews::shift).orElse(null), calendar.zone()))
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
                .map(application -> ShiftViews.application(application, shiftsOfPage.get(application.shiftId()),
                        calendar.zone()))
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

    private java.util.Optional<ShiftFundingEntry> funding(ShiftId shiftId, int fundingNumber) {
        return fundings.findById(new FundingReference(shiftId, fundingNumber).walletReference());
    }

    private void funded(ShiftId shiftId, int fundingNumber, String transactionId, Instant at) {
        funding(shiftId, fundingNumber).ifPresent(funding -> {
            funding.funded(transactionId, at);
            announce(funding);
        });
    }

    private ShiftEntry shift(ShiftId shiftId) {
        return shifts.findById(shiftId.value()).orElseThrow(() -> new IllegalStateException(
                "Shift " + shiftId.value() + " was not projected before its later events"));
    }

    private ShiftApplicationEntry application(long applicationId) {
        return applications.findById(applicationId).orElseThrow(() -> new IllegalStateException(
                "Application " + applicationId + " was not projected before its decision"));
    }

    private ShiftExtensionEntry extension(long extensionId) {
        return extensions.findById(extensionId).orElseThrow(() -> new IllegalStateException(
                "Extension " + extensionId + " was not projected before its decision"));
    }

    private ShiftExtensionDayEntry extensionDay(long extensionId, LocalDate date) {
        return extensionDays.findById(ShiftExtensionDayEntry.idOf(extensionId, date)).orElseThrow(() ->
                new IllegalStateException("Day " + date + " of extension " + extensionId + " was not projected"));
    }

    private AttendanceEntry attendance(long applicationId) {
        return attendances.findById(applicationId).orElseThrow(() -> new IllegalStateException(
                "The attendance of application " + applicationId + " was not projected before its work"));
    }

    /** Takes the shift's event unless it was projected already, and tells a waiting command it is projected. */
    private boolean takes(ShiftEntry shift, long sequence, Instant at) {
        announce(shift.id(), sequence);
        return shift.takes(sequence, at);
    }

    /** Tells a command waiting on this shift (see {@link FindShiftVersionQuery}) how far it is projected. */
    private void announce(ShiftId shiftId, long version) {
        announce(shiftId.value(), version);
    }

    private void announce(long shiftId, long version) {
        updates.emit(FindShiftVersionQuery.class, query -> query.shiftId().value() == shiftId, version);
    }

    /** Tells a command waiting on this funding (see {@link FindShiftFundingQuery}) how it stands now. */
    private void announce(ShiftFundingEntry funding) {
        ShiftFundingView view = funding.view();
        updates.emit(FindShiftFundingQuery.class,
                query -> query.funding().shiftId().value() == view.shiftId()
                        && query.funding().number() == view.fundingNumber(), view);
    }
}
