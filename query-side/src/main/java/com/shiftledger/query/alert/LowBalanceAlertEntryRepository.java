package com.shiftledger.query.alert;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface LowBalanceAlertEntryRepository extends JpaRepository<LowBalanceAlertEntry, String> {

    Page<LowBalanceAlertEntry> findByStatus(String status, Pageable pageable);
}
