package com.shiftledger.api.shift;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reference under which a hospital's wallet funds a shift ({@code shift:{id}:fund:{n}}): the n-th funding
 * of the shift moves money once, however often it is retried, and names the funding it completes.
 */
public final class ShiftFunding {

    private static final Pattern REFERENCE = Pattern.compile("shift:([1-9][0-9]*):fund:([1-9][0-9]*)");

    private ShiftFunding() {
    }

    public static String reference(ShiftId shiftId, int fundingNumber) {
        return "shift:" + shiftId.value() + ":fund:" + fundingNumber;
    }

    /** The funding a wallet debit stands for, if its reference is a shift funding reference. */
    public static Optional<Funding> parse(String reference) {
        Matcher matcher = REFERENCE.matcher(reference == null ? "" : reference);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new Funding(new ShiftId(Long.parseLong(matcher.group(1))),
                Integer.parseInt(matcher.group(2))));
    }

    /** One funding of one shift. */
    public record Funding(ShiftId shiftId, int fundingNumber) {
    }
}
