package com.shiftledger.api.dashboard;

import com.shiftledger.api.money.Money;

import java.time.Instant;

/**
 * One entry of the platform's activity feed: what happened ({@code type}, for example {@code shift_published}),
 * described for a person, the amount when money moved (null otherwise), who acted, the hospital it concerns (null
 * when none does), what it refers to, and when. Listed newest first by {@link FindRecentActivitiesQuery}.
 */
public record ActivityView(String id, String type, String description, Money amount, Actor actor,
                           HospitalReference hospital, String referenceType, String referenceId, Instant createdAt) {

    /** Who acted: a {@code hospital}, a {@code professional}, an {@code admin} or the {@code system}. */
    public record Actor(String type, Long id, String name) {
    }

    /** The hospital an activity concerns. */
    public record HospitalReference(long id, String name) {
    }
}
