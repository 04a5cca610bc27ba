package com.shiftledger.query.settings;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SettingsActivityEntryRepository extends JpaRepository<SettingsActivityEntry, Long> {

    // a JPQL string, not a derived query: Hibernate 6.6 keeps the plan of a string, and translates the criteria query
    // that Spring Data derives anew on every call (this one runs on every request or every event)
    @Query("select case when count(e) > 0 then true else false end from SettingsActivityEntry e where e.eventId = :eventId")
    boolean existsByEventId(String eventId);
}
