package com.shiftledger.app.identity;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

interface HospitalProfileRepository extends JpaRepository<HospitalProfile, Long> {

    Optional<HospitalProfile> findByUserId(long userId);
}
