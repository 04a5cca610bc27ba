package com.shiftledger.query.activity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A hospital or professional the feed names, by its ledger account ({@code hospital:5}), from its wallet's opening. */
@Entity
@Table(name = "activity_party")
class ActivityParty {

    @Id
    @Column(name = "account", length = 60)
    private String account;

    @Column(name = "name")
    private String name;

    protected ActivityParty() {
    }

    ActivityParty(String account, String name) {
        this.account = account;
        this.name = name;
    }

    String name() {
        return name;
    }
}
