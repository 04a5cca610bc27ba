package com.shiftledger.saga.sos;

import com.shiftledger.api.money.TransactionCategory;
import com.shiftledger.api.shift.PositionCompletedEvent;
import com.shiftledger.api.shift.ProfessionalMarkedNoShowEvent;
import com.shiftledger.api.shift.ShiftApplicationRejectedEvent;
import com.shiftledger.api.shift.ShiftApplicationSubmittedEvent;
import com.shiftledger.api.shift.ShiftApplicationWithdrawnEvent;
import com.shiftledger.api.shift.ShiftCancelledEvent;
import com.shiftledger.api.shift.ShiftEmergencySosFulfilledEvent;
import com.shiftledger.api.sos.CancelEmergencySosCommand;
import com.shiftledger.api.sos.EmergencySosSentEvent;
import com.shiftledger.api.sos.EmergencySosSettledEvent;
import com.shiftledger.api.sos.FulfilEmergencySosCommand;
import com.shiftledger.api.sos.LapseSosEligibilityCommand;
import com.shiftledger.api.sos.OweSosExtraPayCommand;
import com.shiftledger.api.sos.RecordEligibleApplicationCommand;
import com.shiftledger.api.sos.SosEligibility;
import com.shiftledger.api.sos.SosExtraPayOwedEvent;
import com.shiftledger.api.sos.SosId;
import com.shiftledger.api.wallet.CreditWalletCommand;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.SagaLifecycle;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.HashSet;
import java.util.Set;

/**
 * The extra pay of one sent Emergency SOS: it follows the SOS's shift, records each application eligible for the
 * extra pay with the SOS, has the SOS owe it once the application's work is completed and pays it from the SOS's
 * escrow into the professional's wallet ({@code sos:{o} → professional:{p}}, category
 * {@code emergency_sos_extra_pay}, a transaction of its own, under the payout's reference). An eligible professional
 * who withdraws, is rejected or does not show earns nothing. The shift's fulfilment and cancellation end the SOS;
 * the saga ends when the SOS says nothing more can be owed.
 */
@Saga
public class SosPayoutSaga {

    private static final String SOS = "sosId";
    private static final String SHIFT = "shiftId";

    @Autowired
    private transient CommandGateway commandGateway;

    private SosId sosId;
    private Set<Long> eligible = new HashSet<>();

    @StartSaga
    @SagaEventHandler(associationProperty = SOS)
    void on(EmergencySosSentEvent event) {
        sosId = event.sosId();
        SagaLifecycle.associateWith(SHIFT, event.shiftId().toString());
    }

    @SagaEventHandler(associationProperty = SHIFT)
    void on(ShiftApplicationSubmittedEvent event) {
        SosEligibility emergency = event.emergency();
        if (emergency == null || !emergency.eligible() || !emergency.sosId().equals(sosId)) {
            return;
        }
        eligible.add(event.applicationId());
        commandGateway.sendAndWait(new RecordEligibleApplicationCommand(sosId, event.applicationId(),
                event.professionalId(), event.professionalWalletId()));
    }

    @SagaEventHandler(associationProperty = SHIFT)
    void on(PositionCompletedEvent event) {
        if (eligible.contains(event.applicationId())) {
            commandGateway.sendAndWait(new OweSosExtraPayCommand(sosId, event.applicationId()));
        }
    }

    @SagaEventHandler(associationProperty = SOS)
    void on(SosExtraPayOwedEvent event) {
        commandGateway.sendAndWait(new CreditWalletCommand(event.professionalWalletId(), event.amount(),
                sosId.account(), TransactionCategory.EMERGENCY_SOS_EXTRA_PAY, event.payoutReference(),
                "Emergency SOS #" + sosId.value() + " extra pay"));
    }

    @SagaEventHandler(associationProperty = SHIFT)
    void on(ShiftApplicationWithdrawnEvent event) {
        lapse(event.applicationId());
    }

    @SagaEventHandler(associationProperty = SHIFT)
    void on(ShiftApplicationRejectedEvent event) {
        lapse(event.applicationId());
    }

    @SagaEventHandler(associationProperty = SHIFT)
    void on(ProfessionalMarkedNoShowEvent event) {
        lapse(event.applicationId());
    }

    @SagaEventHandler(associationProperty = SHIFT)
    void on(ShiftEmergencySosFulfilledEvent event) {
        if (event.sosId().equals(sosId)) {
            commandGateway.sendAndWait(new FulfilEmergencySosCommand(sosId));
        }
    }

    @SagaEventHandler(associationProperty = SHIFT)
    void on(ShiftCancelledEvent event) {
        eligible.forEach(applicationId -> commandGateway.sendAndWait(
                new LapseSosEligibilityCommand(sosId, applicationId)));
        commandGateway.sendAndWait(new CancelEmergencySosCommand(sosId));
    }

    @EndSaga
    @SagaEventHandler(associationProperty = SOS)
    void on(EmergencySosSettledEvent event) {
        // every eligible application is paid or lapsed and no more can come
    }

    private void lapse(long applicationId) {
        if (eligible.contains(applicationId)) {
            commandGateway.sendAndWait(new LapseSosEligibilityCommand(sosId, applicationId));
        }
    }
}
