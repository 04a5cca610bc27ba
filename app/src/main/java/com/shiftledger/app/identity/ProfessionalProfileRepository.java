package com.shiftledger.app.identity;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

interface ProfessionalProfileRepository extends JpaRepository<ProfessionalProfile, Long> {

    Optional<ProfessionalProfile> findByUserId(long userId);
}
