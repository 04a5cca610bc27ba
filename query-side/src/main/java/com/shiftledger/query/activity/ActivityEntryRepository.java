package com.shiftledger.query.activity;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

/** The entries of the activity feed. */
interface ActivityEntryRepository extends JpaRepository<ActivityEntry, Long> {

    boolean existsByEventId(String eventId);

    /** One page of the feed, newest first, without counting the feed (its size is kept in {@link ActivityTotal}). */
    List<ActivityEntry> findAllByOrderByOccurredAtDescEntryNumberDesc(Pageable pageable);

    List<ActivityEntry> findByTypeAndReferenceTypeAndReferenceId(String type, String referenceType,
                                                                 String referenceId);
}
