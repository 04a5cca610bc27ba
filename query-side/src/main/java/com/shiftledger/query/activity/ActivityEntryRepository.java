package com.shiftledger.query.activity;

import jakarta.persistence.QueryHint;
import org.hibernate.jpa.HibernateHints;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;

import java.util.List;

/** The entries of the activity feed. */
interface ActivityEntryRepository extends JpaRepository<ActivityEntry, Long> {

    // a JPQL string, not a derived query: Hibernate 6.6 keeps the plan of a string, and translates the criteria query
    // that Spring Data derives anew on every call (this one runs on every event). It does not flush the session
    // first: in a batch of events that dirty-checks every entity the batch touched, again for every event. Nothing
    // it asks about can be waiting in the session: an entry's id is an identity column, so each entry is inserted
    // the moment it is saved, and this count sees the entries written earlier in the same transaction.
    @Query("select case when count(e) > 0 then true else false end from ActivityEntry e where e.eventId = :eventId")
    @QueryHints(@QueryHint(name = HibernateHints.HINT_FLUSH_MODE, value = "COMMIT"))
    boolean existsByEventId(String eventId);

    /** One page of the feed, newest first, without counting the feed (its size is kept in {@link ActivityTotal}). */
    List<ActivityEntry> findAllByOrderByOccurredAtDescEntryNumberDesc(Pageable pageable);

    List<ActivityEntry> findByTypeAndReferenceTypeAndReferenceId(String type, String referenceType,
                                                                 String referenceId);
}
