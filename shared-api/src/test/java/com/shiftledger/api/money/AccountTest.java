package com.shiftledger.api.money;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccountTest {

    @Test
    void everyKindOfTheLedgerModelIsAnAccount() {
        assertThat(Account.hospital(12)).hasToString("hospital:12");
        assertThat(Account.professional(7).kind()).isEqualTo("professional");
        assertThat(Account.shift(101).name()).isEqualTo("shift:101");
        assertThat(Account.sos(3).name()).isEqualTo("sos:3");
        assertThat(Account.withdrawal(9).name()).isEqualTo("withdrawal:9");
        assertThat(Account.refund("REF-ABCDEF123456").name()).isEqualTo("refund:REF-ABCDEF123456");
        assertThat(Account.PLATFORM_REVENUE.kind()).isEqualTo("platform");
    }

    @Test
    void anAccountNamesWhatItBelongsTo() {
        assertThat(Account.hospital(12).reference()).isEqualTo("12");
        assertThat(Account.refund("REF-ABCDEF123456").reference()).isEqualTo("REF-ABCDEF123456");
        assertThat(Account.PLATFORM_REVENUE.reference()).isEqualTo("revenue");
    }

    @ParameterizedTest
    @ValueSource(strings = {"hospital:0", "hospital:-1", "hospital:", "hospital:1a", "wallet:1", "refund:REF-abc",
            "platform:profit", "HOSPITAL:1", " hospital:1", "hospital:12345678901234567890"})
    void anythingElseIsNotAnAccount(String name) {
        assertThatThrownBy(() -> new Account(name)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyTheExternalClearingAccountsMayGoNegative() {
        assertThat(Account.GATEWAY_RAZORPAY.isClearing()).isTrue();
        assertThat(Account.PAYOUTS_BANK.isClearing()).isTrue();
        assertThat(Account.PLATFORM_REVENUE.isClearing()).isFalse();
        assertThat(Account.hospital(1).isClearing()).isFalse();
        assertThat(Account.shift(1).isClearing()).isFalse();
    }
}
