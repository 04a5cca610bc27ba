package com.shiftledger.app.verifier;

import com.shiftledger.api.ledger.StatementChain;
import com.shiftledger.api.ledger.StatementSignature;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;

/**
 * {@code verify-statement FILE --public-key KEY.pem}: recomputes a served statement's hash chain entry by entry
 * ({@link StatementChain}), its running balance, its closing hash and its Ed25519 signature
 * ({@link StatementSignature}), and prints {@code OK} or the first thing that does not match. Exit code 0 when it
 * checks, 1 when it does not, 2 when the command is wrong or a file cannot be read. Needs nothing but a JDK.
 */
public final class StatementVerifier {

    public static final String COMMAND = "verify-statement";
    public static final int VERIFIED = 0;
    public static final int MISMATCH = 1;
    public static final int UNUSABLE = 2;
    static final String USAGE = "Usage: java -jar shiftledger.jar " + COMMAND + " FILE --public-key KEY.pem";

    private StatementVerifier() {
    }

    /** What the check found: nothing wrong, or the first mismatch. */
    record Outcome(boolean verified, String report) {

        static Outcome mismatch(String report) {
            return new Outcome(false, report);
        }
    }

    /** Runs the command with the arguments after {@code verify-statement}; answers the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Path file = null;
        Path keyFile = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--public-key") && i + 1 < args.length) {
                keyFile = Path.of(args[++i]);
            } else if (args[i].startsWith("--public-key=")) {
                keyFile = Path.of(args[i].substring("--public-key=".length()));
            } else if (file == null && !args[i].startsWith("--")) {
                file = Path.of(args[i]);
            } else {
                err.println(USAGE);
                return UNUSABLE;
            }
        }
        if (file == null || keyFile == null) {
            err.println(USAGE);
            return UNUSABLE;
        }
        ServedStatement statement;
        PublicKey key;
        try {
            statement = StatementFiles.read(Files.readString(file, StandardCharsets.UTF_8));
            key = StatementSignature.readPublicKey(Files.readString(keyFile, StandardCharsets.US_ASCII));
        } catch (IOException e) {
            err.println("Cannot read " + e.getMessage());
            return UNUSABLE;
        } catch (StatementFormatException | IllegalArgumentException e) {
            err.println(e.getMessage());
            return UNUSABLE;
        }
        Outcome outcome = verify(statement, key);
        out.println(outcome.verified() ? "OK" : "MISMATCH " + outcome.report());
        if (outcome.verified()) {
            out.println(outcome.report());
        }
        return outcome.verified() ? VERIFIED : MISMATCH;
    }

    static Outcome verify(ServedStatement statement, PublicKey key) {
        String previous = statement.openingHash();
        long balance = statement.openingBalancePaise();
        for (int i = 0; i < statement.entries().size(); i++) {
            ServedStatement.Entry entry = statement.entries().get(i);
            String which = "entry " + (i + 1) + " (sequence " + entry.sequence() + "): ";
            if (entry.previousHash() != null && !entry.previousHash().equals(previous)) {
                return Outcome.mismatch(which + "its previous_hash " + entry.previousHash()
                        + " is not the hash before it, " + previous);
            }
            String hash = StatementChain.next(previous, StatementChain.line(entry.fields()));
            if (!hash.equals(entry.hash())) {
                return Outcome.mismatch(which + "its contents hash to " + hash + ", not to the hash it carries, "
                        + entry.hash());
            }
            long expected = switch (entry.type()) {
                case "credit" -> balance + entry.amountPaise();
                case "debit" -> balance - entry.amountPaise();
                default -> Long.MIN_VALUE;
            };
            if (expected != entry.balanceAfterPaise()) {
                return Outcome.mismatch(which + "a " + entry.type() + " of " + entry.amountPaise() + " paise after "
                        + balance + " paise does not leave the " + entry.balanceAfterPaise() + " paise it shows");
            }
            previous = hash;
            balance = entry.balanceAfterPaise();
        }
        if (!previous.equals(statement.closingHash())) {
            return Outcome.mismatch("closing_hash " + statement.closingHash() + " is not the hash of the last entry, "
                    + previous);
        }
        if (balance != statement.closingBalancePaise()) {
            return Outcome.mismatch("closing balance " + statement.closingBalancePaise()
                    + " paise is not the balance after the last entry, " + balance + " paise");
        }
        String keyId = StatementSignature.keyIdOf(key);
        if (!StatementSignature.ALGORITHM.equals(statement.signatureAlgorithm())) {
            return Outcome.mismatch("the signature algorithm is " + statement.signatureAlgorithm() + ", not "
                    + StatementSignature.ALGORITHM);
        }
        if (!keyId.equals(statement.keyId())) {
            return Outcome.mismatch("the statement was signed with key " + statement.keyId()
                    + ", the public key given is " + keyId);
        }
        if (!StatementSignature.verify(key, statement.closingHash(), statement.signature())) {
            return Outcome.mismatch("the signature is not key " + keyId + "'s signature of the closing hash "
                    + statement.closingHash());
        }
        int entries = statement.entries().size();
        return new Outcome(true, entries + (entries == 1 ? " entry" : " entries") + " from "
                + statement.openingHash() + " to " + statement.closingHash() + ", closing balance " + balance
                + " paise, signed by key " + keyId);
    }
}
