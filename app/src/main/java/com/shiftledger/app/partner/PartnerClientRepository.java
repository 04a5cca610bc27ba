package com.shiftledger.app.partner;

import org.springframework.data.jpa.repository.JpaRepository;

interface PartnerClientRepository extends JpaRepository<PartnerClient, Long> {
}
