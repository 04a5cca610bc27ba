package com.shiftledger.query.virtualaccount;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface VirtualAccountEntryRepository extends JpaRepository<VirtualAccountEntry, Long> {

    Page<VirtualAccountEntry> findAllByOrderByIdDesc(Pageable page);
}
