package com.shiftledger.api.dashboard;

/**
 * How many shifts there are, in all ({@code total}, drafts included) and by their status now; a discarded draft is
 * not counted. Part of {@link HospitalFigures} and {@link PlatformFigures}.
 */
public record ShiftCounts(long total, long draft, long published, long inProgress, long completed, long cancelled) {

    public static final ShiftCounts NONE = new ShiftCounts(0, 0, 0, 0, 0, 0);

    /** The shifts open or being worked: published plus in progress. */
    public long active() {
        return published + inProgress;
    }
}
