package com.shiftledger.query.settings;

import org.springframework.data.jpa.repository.JpaRepository;

interface SettingsActivityEntryRepository extends JpaRepository<SettingsActivityEntry, Long> {

    boolean existsByEventId(String eventId);
}
