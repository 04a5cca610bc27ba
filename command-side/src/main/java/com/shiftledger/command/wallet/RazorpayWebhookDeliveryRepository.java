package com.shiftledger.command.wallet;

import org.springframework.data.jpa.repository.JpaRepository;

interface RazorpayWebhookDeliveryRepository extends JpaRepository<RazorpayWebhookDelivery, String> {
}
