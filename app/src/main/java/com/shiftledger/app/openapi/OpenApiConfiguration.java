package com.shiftledger.app.openapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.shiftledger.api.platform.PlatformCalendar;
import com.shiftledger.command.web.PaysFromWallet;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.properties.SpringDocConfigProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document: its title and conventions, the bearer-token and partner-key schemes, and the parts that make
 * it describe the wire. Schemas are read with a copy of the application's own {@link ObjectMapper} (snake_case names,
 * the partner API's camelCase where its records say so), money is a rupee number ({@link WireModelConverter}), and
 * every operation and schema is finished by {@link WireOperations} and then {@link WireSchemas}.
 */
@Configuration
class OpenApiConfiguration {

    static final String BEARER = "bearer";
    static final String PARTNER_KEY = "partnerKey";
    static final String PARTNER_CLIENT = "partnerClient";
    static final String WALLET_SHORT = "The wallet holds too little: required_amount and current_balance say how much "
            + "it needs and has (top it up and send the request again)";

    @Bean
    OpenAPI shiftLedgerOpenApi(PlatformCalendar calendar) {
        return new OpenAPI()
                .info(new Info()
                        .title("ShiftLedger API")
                        .version("v1")
                        .description("The money core of the ShiftPro platform. JSON names are snake_case (the "
                                + "partner API under /partner/v1 speaks its own camelCase). Amounts are rupees "
                                + "with at most two decimals (held as whole paise). Answers: {\"success\": true, "
                                + "\"message\", \"data\"}. Errors: {\"success\": false, \"message\", \"errors\": "
                                + "{field: [...]}}; 402 carries required_amount and current_balance. Dates "
                                + "YYYY-MM-DD and times HH:mm (24-hour) in the platform's time zone ("
                                + calendar.zone() + ", shiftledger.time-zone), instants ISO-8601 in UTC. "
                                + "Signed-in writes accept an Idempotency-Key header."))
                .components(new Components()
                        .addSecuritySchemes(BEARER, new SecurityScheme()
                                .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("{id}|{secret}"))
                        .addSecuritySchemes(PARTNER_KEY, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.HEADER).name("X-API-KEY")
                                .description("The partner client's API key"))
                        .addSecuritySchemes(PARTNER_CLIENT, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.HEADER).name("X-CLIENT-ID")
                                .description("The partner client's id")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    /**
     * Replaces swagger's own resolver (springdoc swaps a bean of the same class in): the wire's names. It must be told
     * the document's version, or its object schemas lose their type.
     */
    @Bean
    ModelResolver wireNames(ObjectMapper json, SpringDocConfigProperties springDoc) {
        ModelResolver resolver = new ModelResolver(json.copy());
        resolver.setOpenapi31(springDoc.isOpenapi31());
        return resolver;
    }

    @Bean
    WireModelConverter wireMoney(ObjectMapper json) {
        return new WireModelConverter(json.copy());
    }

    /** A 402 on every operation that pays from a wallet; {@link WireOperations} gives it the error shape. */
    @Bean
    OperationCustomizer walletShortfalls() {
        return (operation, handler) -> {
            if (handler.hasMethodAnnotation(PaysFromWallet.class)) {
                operation.getResponses().addApiResponse("402", new ApiResponse().description(WALLET_SHORT));
            }
            return operation;
        };
    }

    @Bean
    OpenApiCustomizer wireDocument(ObjectMapper json, SpringDocConfigProperties springDoc) {
        WireOperations operations = new WireOperations(ModelConverters.getInstance(springDoc.isOpenapi31()));
        WireSchemas schemas = new WireSchemas(json.copy());
        return document -> {
            operations.customise(document);
            schemas.customise(document);
        };
    }
}
