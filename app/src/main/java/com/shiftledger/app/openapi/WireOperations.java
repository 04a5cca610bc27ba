package com.shiftledger.app.openapi;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.shiftledger.app.web.ErrorBody;
import com.shiftledger.app.web.MoneyEndpoints;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.converter.ResolvedSchema;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What every operation honours besides its own body: who may call it (bearer token, partner key or nobody), the
 * {@code Idempotency-Key} header on every signed-in write, every answer as {@code application/json} and every
 * refusal in the seed's one error shape ({@link ErrorBody}) with the statuses that can answer it, and an example
 * body for every operation that takes one ({@code openapi/request-examples.json}, keyed by {@code METHOD path}).
 */
final class WireOperations {

    static final String ERROR = "ErrorBody";
    static final String IDEMPOTENCY_KEY = "IdempotencyKey";
    static final String EXAMPLES = "openapi/request-examples.json";
    static final String JSON = org.springframework.http.MediaType.APPLICATION_JSON_VALUE;
    private static final String LOGIN = "POST /api/v1/auth/login";
    private static final List<String> PUBLIC = List.of("POST /api/v1/auth/register", LOGIN,
            "POST /api/v1/webhooks/razorpay");
    private static final List<String> AUDITOR_READS = List.of("/api/v1/admin/ledger/", "/api/v1/admin/audit/",
            "/api/v1/admin/finance/");
    private static final Map<String, String> REFUSALS = Map.of(
            "400", "The body is not JSON, or a header the operation needs is missing or malformed",
            "401", "No valid credentials: a missing, unknown or ended token, a wrong email or password at sign-in, "
                    + "or on the partner API a wrong key or client id",
            "402", "The wallet cannot pay: required_amount and current_balance say by how much",
            "403", "The caller's role may not call this operation",
            "404", "Nothing with this id (in the path or the body), or it belongs to someone else",
            "409", "A conflict: a state that no longer allows the change (an id already taken, a request already "
                    + "processed), or a repeat of a request whose Idempotency-Key is still being processed",
            "413", "The body is larger than 1 MiB",
            "422", "The input is invalid: errors names each field and says what it must be",
            "429", "Too many requests: try again after the Retry-After header's seconds");

    private final ModelConverters converters;
    private final Map<String, JsonNode> examples;

    /** {@code converters}: the registry springdoc resolves schemas with, so that the error reads as the wire. */
    WireOperations(ModelConverters converters) {
        this.converters = converters;
        this.examples = readExamples();
    }

    void customise(OpenAPI document) {
        Components components = document.getComponents();
        addErrorSchema(components);
        components.addParameters(IDEMPOTENCY_KEY, idempotencyKey());
        document.getPaths().forEach((path, item) -> item.readOperationsMap()
                .forEach((method, operation) -> customise(path, method, operation)));
    }

    private void customise(String path, PathItem.HttpMethod method, Operation operation) {
        String verb = method.name();
        String key = verb + " " + path;
        boolean isPublic = PUBLIC.contains(key);
        boolean partner = path.startsWith("/partner/v1/");
        boolean write = !verb.equals("GET");
        boolean signedInWrite = write && !isPublic && !partner;
        boolean body = operation.getRequestBody() != null;
        boolean query = parameters(operation).stream().anyMatch(parameter -> "query".equals(parameter.getIn()));
        boolean pathIds = path.contains("{");

        if (isPublic) {
            operation.setSecurity(List.of());
        } else if (partner) {
            operation.setSecurity(List.of(new SecurityRequirement().addList(OpenApiConfiguration.PARTNER_KEY)
                    .addList(OpenApiConfiguration.PARTNER_CLIENT)));
        }
        if (signedInWrite) {
            operation.addParametersItem(new Parameter().$ref("#/components/parameters/" + IDEMPOTENCY_KEY));
        }
        if (body) {
            describeBody(key, operation);
        }
        operation.setDescription(joined(operation.getDescription(), caller(verb, path, isPublic, partner)));

        ApiResponses answers = operation.getResponses();
        answers.values().forEach(WireOperations::jsonOnly);
        List<String> statuses = new ArrayList<>();
        addIf(statuses, body || isPublic, "400");
        addIf(statuses, !isPublic || key.equals(LOGIN), "401");
        addIf(statuses, path.matches("/api/v1/(hospital|professional|admin)/.*"), "403");
        addIf(statuses, pathIds || signedInWrite && body, "404");
        addIf(statuses, write && !isPublic, "409");
        addIf(statuses, body, "413");
        addIf(statuses, body || query || signedInWrite || isPublic, "422");
        addIf(statuses, MoneyEndpoints.isMoneyWrite(verb, path) || key.equals(LOGIN), "429");
        statuses.forEach(status -> answers.putIfAbsent(status, new ApiResponse().description(REFUSALS.get(status))));
        Map<String, ApiResponse> ordered = new TreeMap<>(answers);
        answers.clear();
        ordered.forEach((status, answer) -> answers.addApiResponse(status, refusalShaped(status, answer)));
    }

    private static void addIf(List<String> statuses, boolean applies, String status) {
        if (applies) {
            statuses.add(status);
        }
    }

    /** A 4xx without a body of its own gets the seed's error shape; a 429 says when to try again. */
    private static ApiResponse refusalShaped(String status, ApiResponse answer) {
        if (status.startsWith("4") && (answer.getContent() == null || answer.getContent().isEmpty())) {
            answer.content(errorContent());
            if (answer.getDescription() == null || answer.getDescription().isBlank()) {
                answer.description(REFUSALS.getOrDefault(status, "Refused"));
            }
        }
        if (status.equals("429")) {
            answer.addHeaderObject("Retry-After", new Header().description("Seconds to wait before trying again")
                    .schema(new IntegerSchema()));
        }
        return answer;
    }

    private void describeBody(String key, Operation operation) {
        Content content = operation.getRequestBody().getContent();
        if (content == null) {
            return;
        }
        MediaType media = content.containsKey(JSON) ? content.get(JSON) : content.values().stream().findFirst()
                .orElse(null);
        content.clear();
        if (media != null) {
            JsonNode example = examples.get(key);
            if (example != null) {
                media.setExample(example);
            }
            content.addMediaType(JSON, media);
        }
    }

    private static String caller(String verb, String path, boolean isPublic, boolean partner) {
        if (isPublic) {
            return path.endsWith("/razorpay") ? "Called by Razorpay; no token (the body's X-Razorpay-Signature is "
                    + "checked)." : "Public: no token.";
        }
        if (partner) {
            return "For a partner client: its X-API-KEY and X-CLIENT-ID headers.";
        }
        if (path.startsWith("/api/v1/hospital/")) {
            return "For a hospital: its bearer token.";
        }
        if (path.startsWith("/api/v1/professional/")) {
            return "For a professional: their bearer token.";
        }
        if (path.startsWith("/api/v1/admin/")) {
            boolean auditorMay = verb.equals("GET") && AUDITOR_READS.stream().anyMatch(path::startsWith)
                    || (verb + " " + path).equals("POST /api/v1/admin/audit/verifications");
            return auditorMay ? "For an admin or an auditor: their bearer token." : "For an admin: their bearer token.";
        }
        return "For any signed-in user: their bearer token.";
    }

    private static void jsonOnly(ApiResponse answer) {
        Content content = answer.getContent();
        if (content != null && content.containsKey("*/*")) {
            MediaType media = content.remove("*/*");
            content.putIfAbsent(JSON, media);
        }
    }

    private static Content errorContent() {
        return new Content().addMediaType(JSON, new MediaType().schema(new Schema<>().$ref(
                "#/components/schemas/" + ERROR)));
    }

    private void addErrorSchema(Components components) {
        ResolvedSchema resolved = converters.resolveAsResolvedSchema(
                new AnnotatedType(ErrorBody.class).resolveAsRef(false));
        if (resolved.referencedSchemas != null) {
            resolved.referencedSchemas.forEach(components::addSchemas);
        }
        Schema<?> error = resolved.schema;
        error.setName(null);
        error.description("The seed's error shape: success is false, message says what went wrong, errors names "
                + "each invalid field; a 402 carries required_amount and current_balance instead");
        components.addSchemas(ERROR, error);
    }

    private static Parameter idempotencyKey() {
        return new HeaderParameter().name("Idempotency-Key").required(false)
                .description("Any write may carry it: the same key and body answer the first response again and "
                        + "change nothing; the same key with another body is a 422; a repeat while the first runs is "
                        + "a 409. Keys are the caller's own. A 5xx or a 429 is not kept, so the request may be "
                        + "retried.")
                .schema(new StringSchema().minLength(1).maxLength(255).pattern("^[!-~]+$")
                        .example("topup-2024-12-31-0001"));
    }

    private static List<Parameter> parameters(Operation operation) {
        return operation.getParameters() == null ? List.of() : operation.getParameters();
    }

    private static String joined(String first, String second) {
        return first == null || first.isBlank() ? second : first.strip() + "\n\n" + second;
    }

    private static Map<String, JsonNode> readExamples() {
        // exact decimals: an example amount reads 1000.00, as the wire writes it, not 1E+3
        ObjectMapper reader = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
        try (InputStream in = new ClassPathResource(EXAMPLES).getInputStream()) {
            Map<String, JsonNode> read = new LinkedHashMap<>();
            reader.readTree(in).fields().forEachRemaining(entry -> read.put(entry.getKey(), entry.getValue()));
            return read;
        } catch (IOException e) {
            throw new UncheckedIOException("The request examples " + EXAMPLES + " cannot be read", e);
        }
    }
}
