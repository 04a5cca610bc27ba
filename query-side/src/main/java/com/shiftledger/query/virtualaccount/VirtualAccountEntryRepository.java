package com.shiftledger.query.virtualaccount;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

interface VirtualAccountEntryRepository extends JpaRepository<VirtualAccountEntry, Long> {

    Page<VirtualAccountEntry> findAllByOrderByIdDesc(Pageable page);

    Optional<VirtualAccountEntry> findByHospitalId(long hospitalId);
}
