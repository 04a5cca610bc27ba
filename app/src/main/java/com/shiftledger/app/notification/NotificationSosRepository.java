package com.shiftledger.app.notification;

import org.springframework.data.jpa.repository.JpaRepository;

interface NotificationSosRepository extends JpaRepository<NotificationSos, Long> {
}
