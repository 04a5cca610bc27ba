package com.shiftledger.app.notification;

import org.springframework.data.jpa.repository.JpaRepository;

interface NotificationShiftRepository extends JpaRepository<NotificationShift, Long> {
}
