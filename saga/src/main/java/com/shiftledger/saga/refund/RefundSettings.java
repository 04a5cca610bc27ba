package com.shiftledger.saga.refund;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/** How long a refund waits before it is credited: {@code shiftledger.refund.hold-period} (ISO-8601, default P7D). */
@ConfigurationProperties("shiftledger.refund")
public record RefundSettings(@DefaultValue("P7D") Duration holdPeriod) {
}
