package com.shiftledger.app.identity;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Optional;

interface ProfessionalProfileRepository extends JpaRepository<ProfessionalProfile, Long> {

    // a JPQL string, not a derived query: Hibernate 6.6 keeps the plan of a string, and translates the criteria query
    // that Spring Data derives anew on every call (this one runs on every request or every event)
    @Query("select p from ProfessionalProfile p where p.userId = :userId")
    Optional<ProfessionalProfile> findByUserId(long userId);
}
