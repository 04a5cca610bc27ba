package com.shiftledger.api.dashboard;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The dashboards' rules: growth month over month, the average cost of a shift, active shifts. */
class DashboardRulesTest {

    @Test
    void growthIsThePercentChangeFromLastMonthRoundedHalfUp() {
        assertThat(new MonthOverMonth(185_000, 160_000).growthPercent()).isEqualTo(16);
        assertThat(new MonthOverMonth(3, 8).growthPercent()).isEqualTo(-63);
        assertThat(new MonthOverMonth(9, 8).growthPercent()).isEqualTo(13);
        assertThat(new MonthOverMonth(201, 200).growthPercent()).isEqualTo(1);
        assertThat(new MonthOverMonth(0, 4).growthPercent()).isEqualTo(-100);
        assertThat(new MonthOverMonth(5, 5).growthPercent()).isZero();
    }

    @Test
    void thereIsNoGrowthToSpeakOfAfterAnEmptyMonth() {
        assertThat(new MonthOverMonth(12, 0).growthPercent()).isNull();
        assertThat(new MonthOverMonth(0, 0).growthPercent()).isNull();
    }

    @Test
    void theAverageCostOfAShiftIsSpentOverShiftsEverFundedHalfUpToThePaisa() {
        assertThat(figures(391_000, 3).averageCostPerShiftPaise()).isEqualTo(130_333);
        assertThat(figures(5, 2).averageCostPerShiftPaise()).isEqualTo(3);
        assertThat(figures(200_000, 3).averageCostPerShiftPaise()).isEqualTo(66_667);
        assertThat(figures(157_000, 1).averageCostPerShiftPaise()).isEqualTo(157_000);
    }

    @Test
    void aHospitalThatNeverFundedAShiftHasAnAverageCostOfNothing() {
        assertThat(figures(0, 0).averageCostPerShiftPaise()).isZero();
    }

    @Test
    void activeShiftsArePublishedAndInProgress() {
        assertThat(new ShiftCounts(10, 2, 3, 1, 3, 1).active()).isEqualTo(4);
    }

    private static HospitalFigures figures(long spentPaise, long funded) {
        return new HospitalFigures(1, ShiftCounts.NONE, ShiftCounts.NONE, funded, spentPaise, spentPaise, 0, 0);
    }
}
