package com.shiftledger.query.activity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One entry of the activity feed, written once from the event {@code eventId}; {@code entryNumber} numbers the entries
 * in the order they were written, which breaks ties between events stored at the same instant.
 */
@Entity
@Table(name = "activity_entry")
class ActivityEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "entry_number")
    private Long entryNumber;

    @Column(name = "event_id", nullable = false, length = 60)
    private String eventId;

    @Column(name = "type", nullable = false, length = 40)
    private String type;

    @Column(name = "description", nullable = false, length = 1000)
    private String description;

    @Column(name = "amount_paise")
    private Long amountPaise;

    @Column(name = "actor_type", nullable = false, length = 20)
    private String actorType;

    @Column(name = "actor_id")
    private Long actorId;

    @Column(name = "actor_name")
    private String actorName;

    @Column(name = "hospital_id")
    private Long hospitalId;

    @Column(name = "hospital_name")
    private String hospitalName;

    @Column(name = "reference_type", length = 40)
    private String referenceType;

    @Column(name = "reference_id", length = 100)
    private String referenceId;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    protected ActivityEntry() {
    }

    ActivityEntry(String eventId, String type, String description, Long amountPaise, Actor actor, Party hospital,
                  String referenceType, String referenceId, Instant occurredAt) {
        this.eventId = eventId;
        this.type = type;
        this.description = description;
        this.amountPaise = amountPaise;
        this.actorType = actor.type();
        this.actorId = actor.id();
        this.actorName = actor.name();
        this.hospitalId = hospital == null ? null : hospital.id();
        this.hospitalName = hospital == null ? null : hospital.name();
        this.referenceType = referenceType;
        this.referenceId = referenceId;
        this.occurredAt = occurredAt;
    }

    /** Who acted: a {@code hospital}, a {@code professional}, an {@code admin} or the {@code system}. */
    record Actor(String type, Long id, String name) {

        static final Actor ADMIN = new Actor("admin", null, null);
        static final Actor SYSTEM = new Actor("system", null, null);

        static Actor of(Party party) {
            return new Actor(party.kind(), party.id(), party.name());
        }
    }

    /** A hospital or professional by the kind of its account, its id and its name. */
    record Party(String kind, long id, String name) {
    }

    String eventId() {
        return eventId;
    }

    String type() {
        return type;
    }

    String description() {
        return description;
    }

    Long amountPaise() {
        return amountPaise;
    }

    String actorType() {
        return actorType;
    }

    Long actorId() {
        return actorId;
    }

    String actorName() {
        return actorName;
    }

    Long hospitalId() {
        return hospitalId;
    }

    String hospitalName() {
        return hospitalName;
    }

    String referenceType() {
        return referenceType;
    }

    String referenceId() {
        return referenceId;
    }

    Instant occurredAt() {
        return occurredAt;
    }
}
