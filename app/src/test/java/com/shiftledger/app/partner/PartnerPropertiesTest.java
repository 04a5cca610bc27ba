package com.shiftledger.app.partner;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The partner settings refuse values outside their range with a message naming the setting. */
class PartnerPropertiesTest {

    private static final List<Duration> SCHEDULE = List.of(Duration.ofSeconds(5));

    @Test
    void acceptsAKeyOf32BytesAndTreatsABlankOneAsUnset() {
        String key = Base64.getEncoder().encodeToString(new byte[32]);
        assertThat(new PartnerProperties(key, Duration.ofHours(24), false, SCHEDULE).encryptionKey()).isEqualTo(key);
        assertThat(new PartnerProperties("  ", Duration.ofHours(24), false, SCHEDULE).encryptionKey()).isNull();
    }

    @Test
    void refusesAWrongKeyOverlapOrSchedule() {
        String shortKey = Base64.getEncoder().encodeToString(new byte[16]);
        assertThatThrownBy(() -> new PartnerProperties(shortKey, Duration.ZERO, false, SCHEDULE))
                .hasMessageContaining("shiftledger.partner.encryption-key");
        assertThatThrownBy(() -> new PartnerProperties("not base64!", Duration.ZERO, false, SCHEDULE))
                .hasMessageContaining("shiftledger.partner.encryption-key");
        assertThatThrownBy(() -> new PartnerProperties(null, Duration.ofDays(31), false, SCHEDULE))
                .hasMessageContaining("shiftledger.partner.secret-overlap");
        assertThatThrownBy(() -> new PartnerProperties(null, Duration.ofSeconds(-1), false, SCHEDULE))
                .hasMessageContaining("shiftledger.partner.secret-overlap");
        assertThatThrownBy(() -> new PartnerProperties(null, Duration.ZERO, false, List.of()))
                .hasMessageContaining("shiftledger.partner.retry-schedule");
        assertThatThrownBy(() -> new PartnerProperties(null, Duration.ZERO, false, List.of(Duration.ZERO)))
                .hasMessageContaining("shiftledger.partner.retry-schedule");
        assertThatThrownBy(() -> new PartnerProperties(null, Duration.ZERO, false, List.of(Duration.ofDays(8))))
                .hasMessageContaining("shiftledger.partner.retry-schedule");
    }
}
