package com.shiftledger.query.activity;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

/** The entries of the activity feed. */
interface ActivityEntryRepository extends JpaRepository<ActivityEntry, Long> {

    // a JPQL string, not a derived query: Hibernate 6.6 keeps the plan of a string, and translates the criteria query
    // that Spring Data derives anew on every call (this one runs on every request or every event)
    @Query("select case when count(e) > 0 then true else false end from ActivityEntry e where e.eventId = :eventId")
    boolean existsByEventId(String eventId);

    /** One page of the feed, newest first, without counting the feed (its size is kept in {@link ActivityTotal}). */
    List<ActivityEntry> findAllByOrderByOccurredAtDescEntryNumberDesc(Pageable pageable);

    List<ActivityEntry> findByTypeAndReferenceTypeAndReferenceId(String type, String referenceType,
                                                                 String referenceId);
}
