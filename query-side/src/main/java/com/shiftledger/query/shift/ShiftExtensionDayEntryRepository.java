package com.shiftledger.query.shift;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;

interface ShiftExtensionDayEntryRepository extends JpaRepository<ShiftExtensionDayEntry, String> {

    List<ShiftExtensionDayEntry> findByExtensionIdOrderByWorkDate(long extensionId);

    List<ShiftExtensionDayEntry> findByExtensionIdInOrderByWorkDate(Collection<Long> extensionIds);
}
