package com.shiftledger.app.identity;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Optional;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByEmail(String email);

    boolean existsByEmail(String email);

    long countByRoleAndStatus(String role, String status);

    Optional<UserAccount> findByReferralCode(String referralCode);

    boolean existsByReferralCode(String referralCode);

    /** Gives a user registered before referral codes existed their code, unless another request gave one first. */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("update UserAccount u set u.referralCode = :code where u.id = :id and u.referralCode is null")
    int assignReferralCode(@Param("id") long id, @Param("code") String code);
}
