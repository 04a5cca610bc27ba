package com.shiftledger.openapi;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.shiftledger.app.web.MoneyEndpoints;
import com.shiftledger.support.Api;
import com.shiftledger.support.IntegrationTest;
import com.shiftledger.support.PostgresTestDatabase;
import com.shiftledger.support.ShiftScenarios;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document describes the wire. Every operation of {@code /v3/api-docs} is called once with a request built
 * from the document itself (its example body, its headers, a listed value of every enum-valued query parameter, path
 * ids from a real setup: a hospital with money, a nurse, a published and a draft shift, an application, a withdrawal,
 * a partner client and its shift, a verification), and Atlassian's validator checks that each request fits the
 * document and that each answer, 2xx or 4xx, fits the document's schema for its status (no status the document leaves
 * out, no property it does not list, every required one present). It also checks the document's own promises:
 * snake_case names (the partner API's camelCase aside), money as a number, an example on every body, a description
 * on every operation, {@code Idempotency-Key} on every signed-in write and every money endpoint, JSON answers only.
 * And the check can fail: answers shaped as the document once described them (camelCase names, money as an object)
 * are refused. On a database of its own, since the settings example is applied for real.
 */
class OpenApiWireTest extends IntegrationTest {

    private static final String OWN_DATABASE = PostgresTestDatabase.createDatabase("openapi");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");
    /** Calls that end what later calls need, made last: a new key makes the partner's old one useless. */
    private static final List<String> LAST = List.of("POST /api/v1/admin/partners/{id}/rotate-key",
            "DELETE /partner/v1/shifts/{shiftId}");
    /** Operations whose example, sent to the world this test sets up, must be served (a 2xx answer). */
    private static final List<String> SERVED = List.of("POST /api/v1/auth/login", "GET /api/v1/auth/profile",
            "GET /api/v1/hospital/wallet", "POST /api/v1/hospital/wallet/create-topup-order",
            "POST /api/v1/hospital/wallet/withdraw", "POST /api/v1/hospital/shifts", "GET /api/v1/hospital/shifts/{id}",
            "POST /api/v1/hospital/fetch-shifts", "GET /api/v1/professional/shifts", "GET /api/v1/admin/finance",
            "GET /api/v1/admin/ledger/accounts", "POST /api/v1/admin/finance/withdrawals/{id}/process",
            "GET /api/v1/professional/wallet", "POST /partner/v1/shifts", "PUT /partner/v1/shifts/{shiftId}",
            "DELETE /partner/v1/shifts/{shiftId}", "GET /partner/v1/events", "POST /api/v1/auth/register",
            "GET /api/v1/admin/audit/wallets", "POST /api/v1/admin/settings", "GET /api/v1/admin/settings",
            "POST /api/v1/admin/virtual-accounts", "GET /api/v1/admin/virtual-accounts");

    /** The answers that are not JSON: the statement's CSV and the signing key's PEM. */
    private static final List<String> OTHER_ANSWERS = List.of(
            "GET /api/v1/admin/audit/wallets/{walletId}/statement text/csv",
            "GET /api/v1/admin/audit/signing-key application/x-pem-file");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @DynamicPropertySource
    static void databaseOfItsOwn(DynamicPropertyRegistry registry) {
        registry.add(OWN_DATABASE_URL, () -> OWN_DATABASE);
    }

    /** The ids and credentials the examples are sent with. */
    private record World(Party hospital, Party nurse, String admin, String sessionToEnd, long shift, long draftShift,
                         long application, long withdrawal, long partnerClient, String partnerKey,
                         String partnerShift, String verification) {
    }

    private record Exchange(String operation, int status, List<String> problems) {
    }

    @Test
    void everyOperationIsAnsweredAsTheDocumentSays() throws IOException {
        String documentText = fetch("/v3/api-docs").body();
        JsonNode document = JSON.readTree(documentText);
        OpenApiInteractionValidator validator = validator(documentText);
        World world = world();

        List<Exchange> exchanges = new ArrayList<>();
        for (Map.Entry<String, JsonNode> operation : operations(document)) {
            exchanges.add(exchange(validator, document, operation.getKey(), operation.getValue(), world));
        }

        List<Exchange> failed = exchanges.stream().filter(exchange -> !exchange.problems().isEmpty()).toList();
        assertThat(failed).as("requests or answers that the document does not describe").isEmpty();
        List<String> served = exchanges.stream().filter(exchange -> exchange.status() / 100 == 2)
                .map(Exchange::operation).toList();
        assertThat(served).as("the examples reach the application and are served").containsAll(SERVED);
        assertThat(exchanges).hasSizeGreaterThan(80);
    }

    @Test
    void theValidatorRefusesAnswersShapedAsTheDocumentOnceWas() throws IOException {
        OpenApiInteractionValidator validator = validator(fetch("/v3/api-docs").body());
        Party hospital = registerHospital();
        HttpResponse<String> wallet = send("GET", "/api/v1/hospital/wallet",
                Map.of("Authorization", "Bearer " + hospital.token()), null);
        assertThat(messages("wire", validator.validateResponse("/api/v1/hospital/wallet", Request.Method.GET,
                answer(wallet.statusCode(), wallet.body())))).isEmpty();

        ObjectNode camelCase = (ObjectNode) JSON.readTree(wallet.body());
        ObjectNode walletNode = (ObjectNode) camelCase.path("data").path("wallet");
        walletNode.set("ownerType", walletNode.remove("owner_type"));
        ObjectNode moneyObject = (ObjectNode) JSON.readTree(wallet.body());
        ((ObjectNode) moneyObject.path("data").path("wallet")).set("balance",
                JSON.readTree("{\"paise\": 0, \"zero\": true, \"positive\": false}"));
        for (JsonNode wrong : List.of(camelCase, moneyObject)) {
            assertThat(messages("wrong", validator.validateResponse("/api/v1/hospital/wallet", Request.Method.GET,
                    answer(200, wrong.toString())))).as(wrong.toString()).isNotEmpty();
        }
    }

    @Test
    void theDocumentKeepsItsPromises() throws IOException {
        JsonNode document = JSON.readTree(fetch("/v3/api-docs").body());
        Set<String> partnerSchemas = schemasOf(document, true);
        Set<String> otherSchemas = schemasOf(document, false);
        List<String> camelCase = new ArrayList<>();
        document.path("components").path("schemas").fields().forEachRemaining(schema -> {
            boolean partnerOnly = partnerSchemas.contains(schema.getKey()) && !otherSchemas.contains(schema.getKey());
            schema.getValue().path("properties").fieldNames().forEachRemaining(name -> {
                if (!partnerOnly && !name.equals(name.toLowerCase())) {
                    camelCase.add(schema.getKey() + "." + name);
                }
            });
        });
        assertThat(camelCase).as("property names with an upper-case letter outside the partner API").isEmpty();
        JsonNode schemas = document.path("components").path("schemas");
        assertThat(schemas.path("WalletView").path("properties").path("balance").path("type").asText())
                .isEqualTo("number");
        assertThat(schemas.path("RegistrationRequest").path("properties").path("user_type").path("enum"))
                .extracting(JsonNode::asText).containsExactly("hospital", "professional");
        assertThat(schemas.path("ErrorBody").path("required")).extracting(JsonNode::asText)
                .contains("success", "message");
        assertThat(schemas.path("PartnerShiftRequest").path("properties").has("externalShiftId"))
                .as("the partner API keeps the IntelyCare names").isTrue();

        List<String> broken = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : operations(document)) {
            String key = entry.getKey();
            JsonNode operation = entry.getValue();
            if (operation.path("summary").asText().isBlank() || operation.path("description").asText().isBlank()) {
                broken.add(key + ": no summary or description");
            }
            JsonNode body = operation.path("requestBody").path("content");
            if (!body.isMissingNode() && body.path("application/json").path("example").isMissingNode()) {
                broken.add(key + ": a body without an example");
            }
            operation.path("responses").fields().forEachRemaining(answer -> answer.getValue().path("content")
                    .fieldNames().forEachRemaining(type -> {
                        if (!type.equals("application/json") && !OTHER_ANSWERS.contains(key + " " + type)) {
                            broken.add(key + " " + answer.getKey() + ": answers " + type);
                        }
                    }));
            String verb = key.substring(0, key.indexOf(' '));
            String path = key.substring(key.indexOf(' ') + 1);
            boolean signedInWrite = !verb.equals("GET") && !path.startsWith("/partner/")
                    && !operation.path("security").isArray();
            if ((signedInWrite || MoneyEndpoints.isMoneyWrite(verb, path)) && !hasIdempotencyKey(operation)) {
                broken.add(key + ": no Idempotency-Key header");
            }
        }
        assertThat(broken).isEmpty();
    }

    /** Atlassian's validator on the document, refusing any property the document does not list. */
    private static OpenApiInteractionValidator validator(String document) {
        return OpenApiInteractionValidator.createForInlineApiSpecification(document)
                .withLevelResolver(LevelResolver.create()
                        .withLevel("validation.schema.additionalProperties", ValidationReport.Level.ERROR)
                        .build())
                .build();
    }

    private static SimpleResponse answer(int status, String body) {
        return SimpleResponse.Builder.status(status).withContentType("application/json").withBody(body).build();
    }

    private Exchange exchange(OpenApiInteractionValidator validator, JsonNode document, String key,
                              JsonNode operation, World world) {
        String verb = key.substring(0, key.indexOf(' '));
        String template = key.substring(key.indexOf(' ') + 1);
        String path = pathFor(template, world);
        Map<String, String> headers = new LinkedHashMap<>(credentials(template, world));
        JsonNode example = operation.path("requestBody").path("content").path("application/json").path("example");
        String body = example.isMissingNode() ? null : bodyFor(key, example, world);
        if (body != null) {
            headers.put("Content-Type", "application/json");
        }
        if (hasIdempotencyKey(operation)) {
            headers.put("Idempotency-Key", "wire-" + UUID.randomUUID());
        }
        if (template.equals("/api/v1/webhooks/razorpay")) {
            headers.put("X-Razorpay-Signature", webhookSignature(body));
        }
        Map<String, String> query = queryFor(operation);

        SimpleRequest.Builder request = new SimpleRequest.Builder(verb, path);
        headers.forEach(request::withHeader);
        query.forEach(request::withQueryParam);
        if (body != null) {
            request.withBody(body);
        }
        List<String> problems = new ArrayList<>(messages("request", validator.validateRequest(request.build())));

        HttpResponse<String> answer = send(verb, path + queryString(query), headers, body);
        SimpleResponse.Builder response = SimpleResponse.Builder.status(answer.statusCode())
                .withBody(answer.body());
        answer.headers().map().forEach((name, values) -> response.withHeader(name, values));
        answer.headers().firstValue("Content-Type").ifPresent(response::withContentType);
        problems.addAll(messages("answer " + answer.statusCode() + " " + abbreviated(answer.body()),
                validator.validateResponse(template, Request.Method.valueOf(verb), response.build())));
        if (answer.statusCode() >= 500) {
            problems.add("a 5xx answer: " + answer.body());
        }
        return new Exchange(key, answer.statusCode(), problems);
    }

    private World world() {
        String admin = adminToken();
        Party hospital = registerHospital();
        topUp(hospital, "50000");
        awaitWallet(hospital, hospital.walletPath(), "50000");
        Party nurse = registerProfessional("nurse");
        Map<String, Object> published = new LinkedHashMap<>(ShiftScenarios.futureShift("nurse", "fixed", "1000", 2));
        published.put("status", "published");
        long shift = created(api.post("/api/v1/hospital/shifts", hospital.token(), published));
        long draft = created(api.post("/api/v1/hospital/shifts", hospital.token(),
                ShiftScenarios.futureShift("nurse", "fixed", "1000", 1)));
        Api.Response applied = api.post("/api/v1/professional/shifts/" + shift + "/apply", nurse.token(),
                Map.of("cover_note", "Available"));
        assertThat(applied.status()).as(applied.body().toString()).isLessThan(300);
        long withdrawal = requestWithdrawal(hospital, "100");
        Api.Response partner = api.post("/api/v1/admin/partners", admin, Map.of("name", "Wire Partner",
                "hospital_id", hospital.profileId(), "webhook_url", "http://127.0.0.1:9/hooks", "timezone",
                "America/New_York", "hourly_rates", Map.of("LPN", 600, "CNA", 450)));
        assertThat(partner.status()).as(partner.body().toString()).isEqualTo(201);
        long client = partner.data().path("client_id").asLong();
        String apiKey = partner.data().path("api_key").asText();
        String externalId = "WIRE-" + unique();
        Api.Response partnerShift = api.post("/partner/v1/shifts", null, Map.of("externalShiftId", externalId,
                "shiftStartTime", "2031-02-24T09:00:00", "shiftEndTime", "2031-02-24T17:00:00", "shiftUnit", "ICU",
                "healthcareProfessionalType", "LPN", "shiftSource", "Wire"), Api.partnerKey(client, apiKey));
        assertThat(partnerShift.status()).as(partnerShift.body().toString()).isLessThan(300);
        Api.Response verification = api.post("/api/v1/admin/audit/verifications", admin, Map.of());
        assertThat(verification.status()).as(verification.body().toString()).isLessThan(300);
        Api.Response session = api.post("/api/v1/auth/login", null,
                Map.of("email", hospital.email(), "password", "Secret@123"));
        return new World(hospital, nurse, admin, session.text("data.token"), shift, draft,
                applied.data().path("id").asLong(), withdrawal, client, apiKey,
                partnerShift.data().path("internalShiftId").asText(), verification.data().path("id").asText());
    }

    private static long created(Api.Response response) {
        assertThat(response.status()).as(response.body().toString()).isLessThan(300);
        return response.data().path("id").asLong();
    }

    /** The operation's path with the setup's ids; a parameter the setup has no id for gets one that names nothing. */
    private static String pathFor(String template, World world) {
        Matcher parameters = PATH_PARAMETER.matcher(template);
        StringBuilder path = new StringBuilder();
        while (parameters.find()) {
            String before = template.substring(0, parameters.start());
            String value = switch (parameters.group(1)) {
                case "shift" -> String.valueOf(world.shift());
                case "application" -> String.valueOf(world.application());
                case "walletId" -> String.valueOf(world.hospital().walletId());
                case "processingGroup" -> "wallet-projection";
                case "shiftId" -> world.partnerShift();
                default -> template.endsWith("/publish") ? String.valueOf(world.draftShift()) : idFor(before, world);
            };
            parameters.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        parameters.appendTail(path);
        return path.toString();
    }

    private static String idFor(String before, World world) {
        if (before.endsWith("/shifts/")) {
            return String.valueOf(world.shift());
        }
        if (before.endsWith("/applications/")) {
            return String.valueOf(world.application());
        }
        if (before.endsWith("/withdrawals/")) {
            return String.valueOf(world.withdrawal());
        }
        if (before.endsWith("/partners/")) {
            return String.valueOf(world.partnerClient());
        }
        if (before.endsWith("/verifications/")) {
            return world.verification();
        }
        return "987654321";
    }

    private static Map<String, String> credentials(String path, World world) {
        if (path.startsWith("/partner/v1/")) {
            return Api.partnerKey(world.partnerClient(), world.partnerKey());
        }
        String token;
        if (path.equals("/api/v1/auth/register") || path.equals("/api/v1/auth/login")
                || path.startsWith("/api/v1/webhooks/")) {
            return Map.of();
        } else if (path.equals("/api/v1/auth/logout")) {
            token = world.sessionToEnd();
        } else if (path.startsWith("/api/v1/professional/")) {
            token = world.nurse().token();
        } else if (path.startsWith("/api/v1/admin/")) {
            token = world.admin();
        } else {
            token = world.hospital().token();
        }
        return Map.of("Authorization", "Bearer " + token);
    }

    /** The example body, with what must be unique or real made so: a new email, the setup's shift and hospital. */
    private String bodyFor(String key, JsonNode example, World world) {
        if (!example.isObject()) {
            return example.toString();
        }
        ObjectNode body = example.deepCopy();
        if (key.equals("POST /api/v1/auth/register") || key.equals("POST /api/v1/admin/users")) {
            body.put("email", "wire-" + unique() + "@shiftledger.test");
        }
        if (key.equals("POST /api/v1/auth/login")) {
            body.put("email", ADMIN_EMAIL).put("password", ADMIN_PASSWORD);
        }
        if (body.has("shift_id")) {
            body.put("shift_id", world.shift());
        }
        if (body.has("professional_id")) {
            body.put("professional_id", world.nurse().profileId());
        }
        if (body.has("hospital_id")) {
            body.put("hospital_id", world.hospital().profileId());
        }
        if (key.equals("POST /api/v1/admin/virtual-accounts")) {
            body.put("accountable_id", world.hospital().profileId());
        }
        if (key.equals("POST /partner/v1/shifts")) {
            body.put("externalShiftId", "WIRE-" + unique());
        }
        return body.toString();
    }

    /** The required query parameters (their example), and every enum-valued one with its last listed value. */
    private static Map<String, String> queryFor(JsonNode operation) {
        Map<String, String> query = new LinkedHashMap<>();
        for (JsonNode parameter : operation.path("parameters")) {
            if (!parameter.path("in").asText().equals("query")) {
                continue;
            }
            JsonNode values = parameter.path("schema").path("enum");
            if (values.isArray() && !values.isEmpty()) {
                query.put(parameter.path("name").asText(), values.get(values.size() - 1).asText());
            } else if (parameter.path("required").asBoolean()) {
                JsonNode example = parameter.has("example") ? parameter.path("example")
                        : parameter.path("schema").path("example");
                query.put(parameter.path("name").asText(), example.isMissingNode() ? "1" : example.asText());
            }
        }
        return query;
    }

    private static String queryString(Map<String, String> query) {
        StringBuilder text = new StringBuilder();
        query.forEach((name, value) -> text.append(text.isEmpty() ? "?" : "&").append(name).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return text.toString();
    }

    private static boolean hasIdempotencyKey(JsonNode operation) {
        for (JsonNode parameter : operation.path("parameters")) {
            if (parameter.path("$ref").asText().endsWith("/IdempotencyKey")
                    || parameter.path("name").asText().equals("Idempotency-Key")) {
                return true;
            }
        }
        return false;
    }

    /** Every operation as {@code METHOD path}, reads first, then writes, and the calls that end something last. */
    private static List<Map.Entry<String, JsonNode>> operations(JsonNode document) {
        List<Map.Entry<String, JsonNode>> operations = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method ->
                operations.add(Map.entry(method.getKey().toUpperCase() + " " + path.getKey(), method.getValue()))));
        operations.sort(Comparator.comparingInt((Map.Entry<String, JsonNode> operation) -> rank(operation.getKey()))
                .thenComparing(Map.Entry::getKey));
        return operations;
    }

    private static int rank(String key) {
        if (LAST.contains(key) || key.equals("POST /api/v1/auth/logout")) {
            return 3;
        }
        if (key.startsWith("GET ")) {
            return 0;
        }
        return key.startsWith("DELETE ") ? 2 : 1;
    }

    /** The component schemas the operations under {@code /partner/v1} (or all the others) refer to. */
    private static Set<String> schemasOf(JsonNode document, boolean partner) {
        List<JsonNode> pending = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> {
            if (path.getKey().startsWith("/partner/v1/") == partner) {
                pending.add(path.getValue());
            }
        });
        Set<String> names = new HashSet<>();
        while (!pending.isEmpty()) {
            JsonNode node = pending.remove(pending.size() - 1);
            if (node.has("$ref")) {
                String name = node.path("$ref").asText().replace("#/components/schemas/", "");
                if (names.add(name)) {
                    pending.add(document.path("components").path("schemas").path(name));
                }
            }
            for (Iterator<JsonNode> children = node.elements(); children.hasNext(); ) {
                pending.add(children.next());
            }
        }
        return names;
    }

    private static List<String> messages(String what, ValidationReport report) {
        return report.getMessages().stream()
                .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                .map(message -> what + ": " + message.getKey() + " " + message)
                .toList();
    }

    private static String abbreviated(String text) {
        return text == null || text.length() <= 300 ? String.valueOf(text) : text.substring(0, 300) + "...";
    }

    private HttpResponse<String> fetch(String path) {
        return send("GET", path, Map.of(), null);
    }

    private HttpResponse<String> send(String verb, String path, Map<String, String> headers, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port() + path))
                .timeout(Duration.ofSeconds(60))
                .method(verb, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(verb + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
