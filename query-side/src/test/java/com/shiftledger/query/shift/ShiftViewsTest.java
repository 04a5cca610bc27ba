package com.shiftledger.query.shift;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ShiftViewsTest {

    @Test
    void hoursWorkedAreShownAsHoursAndTwoDigitMinutes() {
        assertThat(ShiftViews.hoursWorked(485L)).isEqualTo("8:05");
        assertThat(ShiftViews.hoursWorked(600L)).isEqualTo("10:00");
        assertThat(ShiftViews.hoursWorked(59L)).isEqualTo("0:59");
        assertThat(ShiftViews.hoursWorked(0L)).isEqualTo("0:00");
        assertThat(ShiftViews.hoursWorked(null)).isNull();
    }
}
