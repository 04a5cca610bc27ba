package com.shiftledger.app.partner;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.List;

interface WebhookSecretRepository extends JpaRepository<WebhookSecret, Long> {

    /** The client's secrets, newest first. */
    List<WebhookSecret> findByClientIdOrderByIdDesc(long clientId);

    @Modifying
    @Query("delete from WebhookSecret s where s.clientId = :clientId and s.signsUntil <= :at")
    int deleteRetired(long clientId, Instant at);
}
