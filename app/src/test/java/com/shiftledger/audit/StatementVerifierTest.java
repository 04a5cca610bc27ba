package com.shiftledger.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.shiftledger.app.verifier.StatementVerifier;
import com.shiftledger.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The offline verifier on statements exactly as the ledger serves them (the JSON answer with its envelope, and the
 * CSV): it says OK to them and finds one tampered amount, one tampered hash and one tampered signature byte.
 */
class StatementVerifierTest extends IntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path files;

    private Path publicKey;
    private String json;
    private String csv;

    @BeforeEach
    void aServedStatement() throws Exception {
        Party hospital = registerHospital();
        topUp(hospital, "1000");
        topUp(hospital, "250.50");
        withdraw(hospital, "400");
        String admin = adminToken();
        String statement = "/api/v1/admin/audit/wallets/" + hospital.walletId() + "/statement";
        json = get(statement, admin);
        csv = get(statement + "?format=csv", admin);
        publicKey = write("signing-key.pem", get("/api/v1/admin/audit/signing-key", admin));
    }

    @Test
    void theServedJsonAndCsvVerify() throws Exception {
        Result fromJson = verify(write("statement.json", json));
        Result fromCsv = verify(write("statement.csv", csv));

        assertThat(fromJson.exitCode()).as(fromJson.output()).isEqualTo(0);
        assertThat(fromJson.output()).startsWith("OK\n").contains("3 entries", "closing balance 85050 paise");
        assertThat(fromCsv.exitCode()).as(fromCsv.output()).isEqualTo(0);
        assertThat(fromCsv.output()).startsWith("OK\n");
    }

    @Test
    void oneTamperedAmountIsFound() throws Exception {
        ObjectNode tampered = (ObjectNode) JSON.readTree(json);
        ((ObjectNode) tampered.path("data").path("entries").get(1)).put("amount", new BigDecimal("2500.50"));
        Result fromJson = verify(write("amount.json", JSON.writeValueAsString(tampered)));

        List<String> rows = csv.lines().toList();
        String[] second = rows.get(2).split(",", -1);
        second[5] = "25051";
        Result fromCsv = verify(write("amount.csv", csv.replace(rows.get(2), String.join(",", second))));

        assertThat(fromJson.exitCode()).isEqualTo(1);
        assertThat(fromJson.output()).startsWith("MISMATCH entry 2 (sequence ").contains("hash");
        assertThat(fromCsv.exitCode()).isEqualTo(1);
        assertThat(fromCsv.output()).startsWith("MISMATCH entry 2 (sequence ");
    }

    @Test
    void oneTamperedHashIsFound() throws Exception {
        ObjectNode tampered = (ObjectNode) JSON.readTree(json);
        ObjectNode third = (ObjectNode) tampered.path("data").path("entries").get(2);
        String hash = third.path("hash").asText();
        third.put("hash", (hash.charAt(0) == '0' ? "1" : "0") + hash.substring(1));

        Result result = verify(write("hash.json", JSON.writeValueAsString(tampered)));

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.output()).startsWith("MISMATCH entry 3 (sequence ").contains(hash);
    }

    @Test
    void oneTamperedSignatureByteIsFound() throws Exception {
        ObjectNode tampered = (ObjectNode) JSON.readTree(json);
        ObjectNode data = (ObjectNode) tampered.path("data");
        byte[] signature = Base64.getDecoder().decode(data.path("signature").asText());
        signature[17] ^= 0x01;
        data.put("signature", Base64.getEncoder().encodeToString(signature));

        Result result = verify(write("signature.json", JSON.writeValueAsString(tampered)));

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.output()).startsWith("MISMATCH the signature is not key ");
    }

    @Test
    void aStatementCheckedWithAnotherKeyIsRefused() throws Exception {
        String otherKey = "-----BEGIN PUBLIC KEY-----\n" + Base64.getEncoder().encodeToString(
                KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
        Result result = verify(write("statement.json", json), write("other.pem", otherKey));

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.output()).contains("the statement was signed with key");
    }

    @Test
    void aWrongCommandOrFileIsNeitherOkNorAMismatch() throws Exception {
        assertThat(run("statement.json").exitCode()).isEqualTo(2);
        assertThat(verify(write("nonsense.txt", "hello")).exitCode()).isEqualTo(2);
        assertThat(verify(files.resolve("missing.json")).exitCode()).isEqualTo(2);
    }

    @Test
    void theApplicationsMainRunsTheVerifierWithoutStartingTheApplication() throws Exception {
        Path statement = write("statement.json", json);
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "com.shiftledger.ShiftLedgerApplication",
                StatementVerifier.COMMAND, statement.toString(), "--public-key", publicKey.toString())
                .redirectErrorStream(true).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the verifier ends by itself").isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.exitValue()).as(output).isEqualTo(0);
        assertThat(output).startsWith("OK").doesNotContain("Spring", "HikariPool", "Started ShiftLedgerApplication");

        Files.writeString(statement, json.replace("\"signature\":\"", "\"signature\":\"A"));
        Process tampered = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "com.shiftledger.ShiftLedgerApplication",
                StatementVerifier.COMMAND, statement.toString(), "--public-key", publicKey.toString())
                .redirectErrorStream(true).start();
        assertThat(tampered.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(tampered.exitValue()).isEqualTo(1);
    }

    private record Result(int exitCode, String output) {
    }

    private Result verify(Path statement) {
        return verify(statement, publicKey);
    }

    private Result verify(Path statement, Path key) {
        return run(statement.toString(), "--public-key", key.toString());
    }

    private static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exitCode = StatementVerifier.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(out, true, StandardCharsets.UTF_8));
        return new Result(exitCode, out.toString(StandardCharsets.UTF_8));
    }

    private Path write(String name, String content) throws Exception {
        return Files.writeString(files.resolve(name), content);
    }

    private String get(String path, String token) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port() + path)).header("Authorization", "Bearer " + token)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }
}
