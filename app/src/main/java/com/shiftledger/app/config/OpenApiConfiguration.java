package com.shiftledger.app.config;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document's title, conventions and the bearer-token scheme every protected endpoint uses. */
@Configuration
class OpenApiConfiguration {

    @Bean
    OpenAPI shiftLedgerOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("ShiftLedger API")
                        .version("v1")
                        .description("The money core of the ShiftPro platform. Amounts are rupees with at most two "
                                + "decimals (held as whole paise). Errors: {\"success\": false, \"message\", "
                                + "\"errors\": {field: [...]}}; 402 carries required_amount and current_balance. "
                                + "Money-moving requests accept an Idempotency-Key header."))
                .components(new Components().addSecuritySchemes("bearer", new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("{id}|{secret}")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
