package com.shiftledger.app.notification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.shiftledger.api.alert.LowBalanceAlertRaisedEvent;
import com.shiftledger.api.money.Money;
import com.shiftledger.api.money.TransactionCategory;
import com.shiftledger.api.refund.RefundCompletedEvent;
import com.shiftledger.api.shift.EmergencySosRaisedEvent;
import com.shiftledger.api.shift.ExtensionSide;
import com.shiftledger.api.shift.PositionCompletedEvent;
import com.shiftledger.api.shift.ShiftApplicationAcceptedEvent;
import com.shiftledger.api.shift.ShiftApplicationRejectedEvent;
import com.shiftledger.api.shift.ShiftApplicationSubmittedEvent;
import com.shiftledger.api.shift.ShiftCreatedEvent;
import com.shiftledger.api.shift.ShiftEmergencySosActivatedEvent;
import com.shiftledger.api.shift.ShiftExtensionAcceptedEvent;
import com.shiftledger.api.shift.ShiftExtensionRejectedEvent;
import com.shiftledger.api.shift.ShiftExtensionRequestedEvent;
import com.shiftledger.api.shift.ShiftId;
import com.shiftledger.api.shift.ShiftPayRaisedEvent;
import com.shiftledger.api.shift.ShiftPublishedEvent;
import com.shiftledger.api.shift.ShiftRevisedEvent;
import com.shiftledger.api.sos.SosRefundApprovedEvent;
import com.shiftledger.api.sos.SosRefundRejectedEvent;
import com.shiftledger.api.subscription.HospitalSubscriptionExpiredEvent;
import com.shiftledger.api.wallet.WalletCreditedEvent;
import com.shiftledger.api.wallet.WithdrawalApprovedEvent;
import com.shiftledger.api.wallet.WithdrawalRejectedEvent;
import com.shiftledger.app.identity.Recipients;
import com.shiftledger.app.identity.Recipients.Recipient;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns events into the notifications of the seed's categories ({@code new_shift}, {@code shift_application},
 * {@code attendance}, {@code extension}, {@code admin_action}, {@code wallet}, {@code sos}): one row per user in the in-app list, and, when the
 * user's app registered a device, a push scheduled for {@link PushDelivery}, which sends it after this
 * transaction commits. A redelivered event adds nothing; its own processing group keeps it from holding up any
 * other projection.
 */
@Component
@ProcessingGroup(NotificationCenter.PROCESSING_GROUP)
class NotificationCenter {

    static final String PROCESSING_GROUP = "notifications";

    private final NotificationRepository notifications;
    private final NotificationShiftRepository shifts;
    private final NotificationSosRepository emergencies;
    private final Recipients recipients;
    private final SchedulerClient scheduler;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();

    NotificationCenter(NotificationRepository notifications, NotificationShiftRepository shifts,
                       NotificationSosRepository emergencies, Recipients recipients, SchedulerClient scheduler,
                       Clock clock) {
        this.notifications = notifications;
        this.shifts = shifts;
        this.emergencies = emergencies;
        this.recipients = recipients;
        this.scheduler = scheduler;
        this.clock = clock;
    }

    @EventHandler
    void on(ShiftCreatedEvent event) {
        if (!shifts.existsById(event.shiftId().value())) {
            shifts.save(new NotificationShift(event.shiftId().value(), event.hospitalId(), event.details().title(),
                    event.details().professionType().code(), event.schedule().shiftDate()));
        }
    }

    @EventHandler
    void on(ShiftRevisedEvent event) {
        shift(event.shiftId()).ifPresent(shift -> shift.revised(event.details().title(),
                event.details().professionType().code(), event.schedule().shiftDate()));
    }

    @EventHandler
    void on(ShiftPayRaisedEvent event) {
        shift(event.shiftId()).ifPresent(shift -> shift.revised(event.details().title(),
                event.details().professionType().code(), event.schedule().shiftDate()));
    }

    @EventHandler
    void on(ShiftPublishedEvent event, EventMessage<?> message) {
        shift(event.shiftId()).ifPresent(shift -> notifyAll(recipients.professionalsOf(shift.professionType()),
                message, "new_shift", "New shift available",
                shift.title() + " on " + shift.shiftDate() + " is open for applications.",
                Map.of("shift_id", String.valueOf(event.shiftId().value()))));
    }

    @EventHandler
    void on(ShiftApplicationSubmittedEvent event, EventMessage<?> message) {
        shift(event.shiftId()).ifPresent(shift -> recipients.ofHospital(shift.hospitalId()).ifPresent(hospital ->
                notify(hospital, message, "shift_application", "New application",
                        event.professionalName() + " applied for " + shift.title() + ".",
                        ids(event.shiftId(), event.applicationId()))));
    }

    @EventHandler
    void on(ShiftApplicationAcceptedEvent event, EventMessage<?> message) {
        String title = shift(event.shiftId()).map(NotificationShift::title).orElse("the shift");
        recipients.ofProfessional(event.professionalId()).ifPresent(professional -> notify(professional, message,
                "shift_application", "Application accepted", "You are booked for " + title + ".",
                ids(event.shiftId(), event.applicationId())));
    }

    @EventHandler
    void on(ShiftApplicationRejectedEvent event, EventMessage<?> message) {
        String title = shift(event.shiftId()).map(NotificationShift::title).orElse("the shift");
        recipients.ofProfessional(event.professionalId()).ifPresent(professional -> notify(professional, message,
                "shift_application", "Application not accepted",
                "Your application for " + title + " was not accepted.", ids(event.shiftId(), event.applicationId())));
    }

    @EventHandler
    void on(PositionCompletedEvent event, EventMessage<?> message) {
        String title = shift(event.shiftId()).map(NotificationShift::title).orElse("your shift");
        recipients.ofProfessional(event.professionalId()).ifPresent(professional -> notify(professional, message,
                "attendance", "Shift completed", rupees(event.professionalPay()) + " for " + title
                        + " is being paid into your wallet.", ids(event.shiftId(), event.applicationId())));
    }

    @EventHandler
    void on(ShiftExtensionRequestedEvent event, EventMessage<?> message) {
        String title = shift(event.shiftId()).map(NotificationShift::title).orElse("the shift");
        String days = event.startDate() + " to " + event.endDate();
        Optional<Recipient> otherSide = event.requestedBy() == ExtensionSide.HOSPITAL
                ? recipients.ofProfessional(event.professionalId()) : recipients.ofHospital(event.hospitalId());
        String body = event.requestedBy() == ExtensionSide.HOSPITAL
                ? "The hospital asks you to work " + title + " from " + days + "."
                : "A professional asks to work " + title + " from " + days + ".";
        otherSide.ifPresent(user -> notify(user, message, "extension", "Shift extension requested", body,
                extensionIds(event.shiftId(), event.extensionId())));
    }

    @EventHandler
    void on(ShiftExtensionAcceptedEvent event, EventMessage<?> message) {
        String title = shift(event.shiftId()).map(NotificationShift::title).orElse("the shift");
        requester(event.decidedBy(), event.hospitalId(), event.professionalId()).ifPresent(user -> notify(user,
                message, "extension", "Shift extension accepted", "Your request to extend " + title
                        + " was accepted.", extensionIds(event.shiftId(), event.extensionId())));
    }

    @EventHandler
    void on(ShiftExtensionRejectedEvent event, EventMessage<?> message) {
        String title = shift(event.shiftId()).map(NotificationShift::title).orElse("the shift");
        requester(event.decidedBy(), event.hospitalId(), event.professionalId()).ifPresent(user -> notify(user,
                message, "extension", "Shift extension rejected", "Your request to extend " + title
                        + " was not accepted.", extensionIds(event.shiftId(), event.extensionId())));
    }

    @EventHandler
    void on(WithdrawalApprovedEvent event, EventMessage<?> message) {
        recipients.ofWallet(event.walletId().value()).ifPresent(owner -> notify(owner, message, "admin_action",
                "Withdrawal approved", rupees(event.amount()) + " is on its way to your account.",
                Map.of("withdrawal_id", String.valueOf(event.withdrawalId()))));
    }

    @EventHandler
    void on(WithdrawalRejectedEvent event, EventMessage<?> message) {
        recipients.ofWallet(event.walletId().value()).ifPresent(owner -> notify(owner, message, "admin_action",
                "Withdrawal rejected", rupees(event.amount()) + " is back in your wallet.",
                Map.of("withdrawal_id", String.valueOf(event.withdrawalId()))));
    }

    @EventHandler
    void on(RefundCompletedEvent event, EventMessage<?> message) {
        recipients.ofWallet(event.walletId().value()).ifPresent(owner -> notify(owner, message, "wallet",
                "Refund credited", "Refund " + event.refundId().code() + " of " + rupees(event.refundAmount())
                        + " was credited to your wallet.", Map.of("refund_id", event.refundId().code())));
    }

    @EventHandler
    void on(EmergencySosRaisedEvent event) {
        if (!emergencies.existsById(event.sosId().value())) {
            emergencies.save(new NotificationSos(event.sosId().value(), event.shiftId().value(), event.hospitalId(),
                    event.professionType().code(), event.location(), event.radiusKm(),
                    event.extraPayPerProfessional().paise(), event.totalExtraPay().paise(), event.urgencyDeadline(),
                    event.message()));
        }
    }

    /** The SOS is funded and sent: the professionals it reaches hear of it, the hospital of the money held. */
    @EventHandler
    void on(ShiftEmergencySosActivatedEvent event, EventMessage<?> message) {
        emergencies.findById(event.sosId().value()).ifPresent(sos -> {
            String title = shift(event.shiftId()).map(NotificationShift::title).orElse("A shift");
            Map<String, String> data = Map.of("sos_id", String.valueOf(sos.sosId()),
                    "shift_id", String.valueOf(sos.shiftId()));
            String extra = rupees(Money.ofPaise(sos.extraPayPaise()));
            notifyAll(recipients.professionalsNear(sos.professionType(), sos.location(), sos.radiusKm()), message,
                    "sos", "Emergency: " + title, title + " needs you now: " + extra + " extra pay if you apply "
                            + "before the deadline." + (sos.message() == null ? "" : " " + sos.message()), data);
            recipients.ofHospital(sos.hospitalId()).ifPresent(hospital -> notify(hospital, message, "wallet",
                    "Emergency SOS sent", rupees(Money.ofPaise(sos.totalPaise())) + " is held for the extra pay of "
                            + title + ".", data));
        });
    }

    /** The paid months ended with no renewal: the hospital is on the free plan again. */
    @EventHandler
    void on(HospitalSubscriptionExpiredEvent event, EventMessage<?> message) {
        recipients.ofHospital(event.subscriptionId().hospitalId()).ifPresent(hospital -> notify(hospital, message,
                "admin_action", "Subscription expired", "Your subscription ended; your hospital is on the free plan "
                        + "until it subscribes again.", Map.of("plan_id", String.valueOf(event.planId().value()))));
    }

    @EventHandler
    void on(WalletCreditedEvent event, EventMessage<?> message) {
        if (event.category() != TransactionCategory.EMERGENCY_SOS_EXTRA_PAY) {
            return;
        }
        recipients.ofWallet(event.walletId().value()).ifPresent(owner -> notify(owner, message, "wallet",
                "Emergency extra pay", rupees(event.amount()) + " emergency extra pay was credited to your wallet.",
                Map.of("transaction_id", event.transactionId())));
    }

    @EventHandler
    void on(SosRefundApprovedEvent event, EventMessage<?> message) {
        recipients.ofWallet(event.walletId().value()).ifPresent(owner -> notify(owner, message, "wallet",
                "SOS refund approved", "Refund " + event.refundId().code() + " of " + rupees(event.amount())
                        + " is being credited to your wallet.", Map.of("refund_id", event.refundId().code())));
    }

    @EventHandler
    void on(SosRefundRejectedEvent event, EventMessage<?> message) {
        recipients.ofWallet(event.walletId().value()).ifPresent(owner -> notify(owner, message, "wallet",
                "SOS refund rejected", "Refund " + event.refundId().code() + " of " + rupees(event.amount())
                        + " was not approved" + (event.remarks() == null ? "." : ": " + event.remarks()),
                Map.of("refund_id", event.refundId().code())));
    }

    @EventHandler
    void on(LowBalanceAlertRaisedEvent event, EventMessage<?> message) {
        recipients.ofHospital(event.hospitalId()).ifPresent(hospital -> notify(hospital, message, "wallet",
                "Low wallet balance", "Your wallet balance of " + rupees(event.balance()) + " is below "
                        + rupees(event.threshold()) + ". Top up to keep paying for shifts.",
                Map.of("alert_id", event.alertId().code(), "wallet_id", String.valueOf(event.walletId().value()))));
    }

    private void notifyAll(List<Recipient> users, EventMessage<?> message, String type, String title, String body,
                           Map<String, String> data) {
        users.forEach(user -> notify(user, message, type, title, body, data));
    }

    private void notify(Recipient user, EventMessage<?> message, String type, String title, String body,
                        Map<String, String> data) {
        String sourceKey = message.getIdentifier();
        if (notifications.existsBySourceKeyAndUserId(sourceKey, user.userId())) {
            return;
        }
        NotificationEntry entry = notifications.save(new NotificationEntry(user.userId(), type, title, body,
                write(data), sourceKey, clock.instant()));
        if (user.fcmToken() != null) {
            scheduler.scheduleIfNotExists(PushDelivery.pushOf(entry), clock.instant());
        }
    }

    private Optional<NotificationShift> shift(ShiftId shiftId) {
        return shifts.findById(shiftId.value());
    }

    /** The side that asked for an extension the other side ({@code decidedBy}) answered. */
    private Optional<Recipient> requester(ExtensionSide decidedBy, long hospitalId, long professionalId) {
        return decidedBy == ExtensionSide.HOSPITAL ? recipients.ofProfessional(professionalId)
                : recipients.ofHospital(hospitalId);
    }

    private static Map<String, String> extensionIds(ShiftId shiftId, long extensionId) {
        return Map.of("shift_id", String.valueOf(shiftId.value()), "extension_id", String.valueOf(extensionId));
    }

    private static Map<String, String> ids(ShiftId shiftId, long applicationId) {
        return Map.of("shift_id", String.valueOf(shiftId.value()), "application_id", String.valueOf(applicationId));
    }

    private static String rupees(Money money) {
        return "₹" + money.toRupees().toPlainString();
    }

    private String write(Map<String, String> data) {
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Notification data cannot be written", e);
        }
    }
}
