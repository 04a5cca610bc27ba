package com.shiftledger.app.config;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.shiftledger.api.money.Money;
import com.shiftledger.api.rest.ApiResponse;
import com.shiftledger.api.rest.PagedResponse;
import com.shiftledger.app.web.Text;
import com.shiftledger.command.web.StrictJson;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.IOException;

/**
 * The JSON the apps see: snake_case names (set in application.yml), money as rupees with two decimals,
 * and no {@code "message": null} in envelopes. What they send is read strictly: a key given twice, a string where a
 * number or a boolean belongs, a fraction where a whole number belongs, and text that cannot be stored (see
 * {@link Text}) are refused; so is an unknown field in a {@link StrictJson} body. Stored events never pass through
 * this mapper.
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
    SimpleModule storableTextModule() {
        SimpleModule module = new SimpleModule("storable-text");
        module.addDeserializer(String.class, new StorableTextDeserializer());
        return module;
    }

    @Bean
    Jackson2ObjectMapperBuilderCustomizer strictInput() {
        return builder -> builder
                .featuresToEnable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .featuresToDisable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .postConfigurer(mapper -> {
                    for (LogicalType type : new LogicalType[] {LogicalType.Integer, LogicalType.Float,
                            LogicalType.Boolean}) {
                        mapper.coercionConfigFor(type).setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
                    }
                    mapper.coercionConfigFor(LogicalType.Boolean)
                            .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
                    mapper.addHandler(new StrictBodies());
                });
    }

    /** Refuses text that cannot be stored, naming the field (the path is added as the error travels up). */
    static final class StorableTextDeserializer extends StringDeserializer {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws java.io.IOException {
            String value = super.deserialize(parser, context);
            if (value != null && !Text.isStorable(value)) {
                throw InvalidFormatException.from(parser, Text.UNSTORABLE, value, String.class);
            }
            return value;
        }
    }

    /** An unknown field in a {@link StrictJson} body fails the body; elsewhere it is ignored as before. */
    static final class StrictBodies extends DeserializationProblemHandler {
        @Override
        public boolean handleUnknownProperty(DeserializationContext context, JsonParser parser,
                                             JsonDeserializer<?> deserializer, Object beanOrClass,
                                             String propertyName) throws java.io.IOException {
            Class<?> type = beanOrClass instanceof Class<?> declared ? declared : beanOrClass.getClass();
            if (type.isAnnotationPresent(StrictJson.class)) {
                throw UnrecognizedPropertyException.from(parser, beanOrClass, propertyName,
                        deserializer.getKnownPropertyNames());
            }
            return false;
        }
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
