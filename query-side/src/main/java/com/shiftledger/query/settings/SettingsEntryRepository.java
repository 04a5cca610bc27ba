package com.shiftledger.query.settings;

import org.springframework.data.jpa.repository.JpaRepository;

interface SettingsEntryRepository extends JpaRepository<SettingsEntry, String> {
}
