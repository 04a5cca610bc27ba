package com.shiftledger.api.money;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PostingTest {

    @Test
    void aPostingMovesAPositiveAmountBetweenTwoAccounts() {
        Posting posting = new Posting(Account.hospital(1), Account.shift(2), Money.ofRupees(100));
        assertThat(posting.from()).isEqualTo(Account.hospital(1));
        assertThat(posting.to()).isEqualTo(Account.shift(2));
        assertThat(posting.amount()).isEqualTo(Money.ofPaise(10_000));
    }

    @Test
    void nothingMovesFromAnAccountToItself() {
        assertThatThrownBy(() -> new Posting(Account.hospital(1), Account.hospital(1), Money.ofRupees(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPostingOfNothingIsNoPosting() {
        assertThatThrownBy(() -> new Posting(Account.hospital(1), Account.shift(2), Money.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPostingNamesBothAccountsAndTheAmount() {
        assertThatThrownBy(() -> new Posting(null, Account.shift(2), Money.ofRupees(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Posting(Account.hospital(1), null, Money.ofRupees(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Posting(Account.hospital(1), Account.shift(2), null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
