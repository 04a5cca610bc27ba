package com.shiftledger.command.shift;

import org.springframework.data.jpa.repository.JpaRepository;

interface ShiftExtensionLookupRepository extends JpaRepository<ShiftExtensionLookupEntry, Long> {
}
