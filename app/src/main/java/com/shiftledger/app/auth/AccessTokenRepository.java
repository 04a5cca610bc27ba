package com.shiftledger.app.auth;

import org.springframework.data.jpa.repository.JpaRepository;

interface AccessTokenRepository extends JpaRepository<AccessToken, Long> {
}
