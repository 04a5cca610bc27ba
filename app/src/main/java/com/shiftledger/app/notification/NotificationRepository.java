package com.shiftledger.app.notification;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.Optional;

interface NotificationRepository extends JpaRepository<NotificationEntry, Long> {

    /**
     * A JPQL string, not a derived query: Hibernate keeps the translation of a string, while a derived query (a
     * criteria query) is translated again on every call, and this one runs for every event notified.
     */
    @Query("select count(n) > 0 from NotificationEntry n where n.sourceKey = :sourceKey and n.userId = :userId")
    boolean existsBySourceKeyAndUserId(String sourceKey, long userId);

    Page<NotificationEntry> findByUserId(long userId, Pageable pageable);

    Page<NotificationEntry> findByUserIdAndReadAtIsNull(long userId, Pageable pageable);

    long countByUserIdAndReadAtIsNull(long userId);

    Optional<NotificationEntry> findByIdAndUserId(long id, long userId);

    @Modifying
    @Query("update NotificationEntry n set n.readAt = :at where n.userId = :userId and n.readAt is null")
    int markAllRead(long userId, Instant at);
}
