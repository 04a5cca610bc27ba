package com.shiftledger.app.partner;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shiftledger.app.identity.ProfileDirectory.ProfessionalContact;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/**
 * The webhook bodies of the IntelyCare document, exactly: {@code clientId}, {@code externalShiftId},
 * {@code shiftStatus}, the {@code healthcareProfessional} on Accepted and Completed, and {@code statusTimestamp}
 * (the event's time in UTC, to the second, without zone, as the document shows it), written once as compact JSON
 * by a mapper of their own so that no web setting changes them. The text written is what is stored, signed, sent
 * and shown in the events feed.
 */
final class WebhookBodies {

    static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss")
            .withZone(ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper();

    private WebhookBodies() {
    }

    /** A webhook's body. */
    @JsonPropertyOrder({"clientId", "externalShiftId", "shiftStatus", "healthcareProfessional", "statusTimestamp"})
    record StatusBody(long clientId, String externalShiftId, String shiftStatus,
                      @JsonInclude(JsonInclude.Include.NON_NULL) HealthcareProfessional healthcareProfessional,
                      String statusTimestamp) {
    }

    /**
     * The professional booked for the shift: {@code id} is their ShiftPro id; ShiftPro keeps no partner-side id
     * ({@code externalId}) and no picture, so both are null; the type is the qualification the shift asked for.
     */
    @JsonPropertyOrder({"id", "externalId", "lastName", "firstName", "healthcareProfessionalType", "phoneNumber",
            "email", "profilePicture"})
    record HealthcareProfessional(String id, String externalId, String lastName, String firstName,
                                  String healthcareProfessionalType, String phoneNumber, String email,
                                  String profilePicture) {

        static HealthcareProfessional of(long professionalId, ProfessionalContact contact, String qualification) {
            if (contact == null) {
                return new HealthcareProfessional(String.valueOf(professionalId), null, null, null, qualification,
                        null, null, null);
            }
            return new HealthcareProfessional(String.valueOf(professionalId), null, contact.lastName(),
                    contact.firstName(), qualification, contact.phone(), contact.email(), null);
        }
    }

    static String write(WebhookShift shift, ShiftStatusChange change, HealthcareProfessional professional,
                        Instant at) {
        try {
            return JSON.writeValueAsString(new StatusBody(shift.clientId(), shift.externalShiftId(), change.label(),
                    professional, TIMESTAMP.format(at)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A webhook body cannot be written", e);
        }
    }

    /**
     * The webhook's id, {@code msg_} and 32 hex digits derived from the identifier of the event that caused it: the
     * same on every attempt, and the same should the event ever be handled again.
     */
    static String webhookIdFor(String sourceEventId) {
        UUID id = UUID.nameUUIDFromBytes(("partner-webhook:" + sourceEventId).getBytes(StandardCharsets.UTF_8));
        return "msg_" + id.toString().replace("-", "");
    }
}
