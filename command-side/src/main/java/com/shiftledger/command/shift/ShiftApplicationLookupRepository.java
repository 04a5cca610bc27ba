package com.shiftledger.command.shift;

import org.springframework.data.jpa.repository.JpaRepository;

interface ShiftApplicationLookupRepository extends JpaRepository<ShiftApplicationLookupEntry, Long> {
}
