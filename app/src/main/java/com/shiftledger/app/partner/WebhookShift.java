package com.shiftledger.app.partner;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * What the webhook projection keeps of a partner's shift: the client and its id for the shift, the qualification
 * the partner asked for, the professional holding the position, and the payout whose wallet credit means the
 * completed position is paid. Its row is also what serialises the webhooks of one shift (the projection and each
 * delivery lock it), so that exactly one of them is on its way at a time.
 */
@Entity
@Table(name = "partner_webhook_shift")
class WebhookShift {

    @Id
    @Column(name = "shift_id")
    private long shiftId;

    @Column(name = "client_id", nullable = false)
    private long clientId;

    @Column(name = "external_shift_id", nullable = false, length = 100)
    private String externalShiftId;

    @Column(name = "qualification", length = 20)
    private String qualification;

    @Column(name = "accepted_application_id")
    private Long acceptedApplicationId;

    @Column(name = "accepted_professional_id")
    private Long acceptedProfessionalId;

    @Column(name = "payout_reference", length = 100)
    private String payoutReference;

    @Column(name = "payout_professional_id")
    private Long payoutProfessionalId;

    protected WebhookShift() {
    }

    WebhookShift(long shiftId, long clientId, String externalShiftId, String qualification) {
        this.shiftId = shiftId;
        this.clientId = clientId;
        this.externalShiftId = externalShiftId;
        this.qualification = qualification;
    }

    void qualified(String newQualification) {
        qualification = newQualification;
    }

    void accepted(long applicationId, long professionalId) {
        acceptedApplicationId = applicationId;
        acceptedProfessionalId = professionalId;
    }

    void released() {
        acceptedApplicationId = null;
        acceptedProfessionalId = null;
    }

    /** The position is complete; it is paid when the wallet credit under {@code reference} arrives. */
    void awaitsPayout(String reference, long professionalId) {
        payoutReference = reference;
        payoutProfessionalId = professionalId;
    }

    void paid() {
        payoutReference = null;
    }

    long shiftId() {
        return shiftId;
    }

    long clientId() {
        return clientId;
    }

    String externalShiftId() {
        return externalShiftId;
    }

    String qualification() {
        return qualification;
    }

    Long payoutProfessionalId() {
        return payoutProfessionalId;
    }
}
