package com.shiftledger.command.wallet;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

interface WalletLookupRepository extends JpaRepository<WalletLookupEntry, String> {

    /**
     * Records which wallet a key belongs to, once: a key already recorded keeps its first wallet. One statement
     * (saving the entity, whose id is its own, would first select it to decide between insert and update), in the
     * transaction of the command whose event it records.
     */
    @Modifying
    @Transactional(propagation = Propagation.MANDATORY)
    @Query(value = "insert into wallet_lookup (lookup_key, wallet_id) values (:lookupKey, :walletId) "
            + "on conflict do nothing", nativeQuery = true)
    void record(@Param("lookupKey") String lookupKey, @Param("walletId") long walletId);
}
