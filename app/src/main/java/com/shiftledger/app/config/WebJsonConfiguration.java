package com.shiftledger.app.config;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.shiftledger.api.money.Money;
import com.shiftledger.api.rest.ApiResponse;
import com.shiftledger.api.rest.PagedResponse;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.IOException;

/**
 * The JSON the apps see: snake_case names (set in application.yml), money as rupees with two decimals,
 * and no {@code "message": null} in envelopes. Stored events never pass through this mapper.
 */
@Configuration
class WebJsonConfiguration {

    @Bean
    SimpleModule rupeesModule() {
        SimpleModule module = new SimpleModule("rupees");
        module.addSerializer(Money.class, new RupeesSerializer());
        return module;
    }

    @Bean
    Jackson2ObjectMapperBuilderCustomizer envelopeWithoutNullMessage() {
        return builder -> builder
                .mixIn(ApiResponse.class, OmitNullMessage.class)
                .mixIn(PagedResponse.class, OmitNullMessage.class);
    }

    /** Leaves a null {@code message} out of an envelope. */
    abstract static class OmitNullMessage {
        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract String message();
    }

    /** Writes paise as a rupee number with two decimals, for example {@code 1570.00}. */
    static final class RupeesSerializer extends JsonSerializer<Money> {
        @Override
        public void serialize(Money money, JsonGenerator generator, SerializerProvider serializers)
                throws IOException {
            generator.writeNumber(money.toRupees());
        }
    }
}
