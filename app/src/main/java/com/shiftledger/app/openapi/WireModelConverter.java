package com.shiftledger.app.openapi;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shiftledger.api.money.Money;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.oas.models.media.NumberSchema;
import io.swagger.v3.oas.models.media.Schema;

import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Shows {@link Money} as the wire writes it, a rupee number with two decimals ({@code 1000.00}), and remembers the
 * Java type behind every named schema, so that {@link WireSchemas} can tell which of its properties are always
 * written and which may be null.
 */
final class WireModelConverter implements ModelConverter {

    private static final String COMPONENTS = "#/components/schemas/";

    /**
     * Shared by every instance: springdoc joins converters to swagger's one registry per JVM, where a later
     * application context's converter replaces an earlier one's, which may then have seen no type at all.
     */
    private static final Map<String, JavaType> TYPES = new ConcurrentHashMap<>();

    private final ObjectMapper json;

    WireModelConverter(ObjectMapper json) {
        this.json = json;
    }

    /** The schema of an amount of money on the wire: rupees, never negative, at most two decimals. */
    static Schema<BigDecimal> rupees() {
        NumberSchema schema = new NumberSchema();
        schema.format("decimal").minimum(BigDecimal.ZERO).multipleOf(new BigDecimal("0.01"))
                .example(new BigDecimal("1570.25"))
                .description("Rupees with two decimals (held as whole paise), for example 1000.00");
        return schema;
    }

    @Override
    public Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        JavaType javaType = json.constructType(type.getType());
        if (javaType.getRawClass() == Money.class) {
            return rupees();
        }
        if (!chain.hasNext()) {
            return null;
        }
        Schema<?> schema = chain.next().resolve(type, context, chain);
        if (schema != null) {
            nameOf(schema).ifPresent(name -> TYPES.putIfAbsent(name, javaType));
        }
        return schema;
    }

    /** The Java type a named schema was made from, if this converter saw it made. */
    static Optional<JavaType> typeOf(String schemaName) {
        return Optional.ofNullable(TYPES.get(schemaName));
    }

    private static Optional<String> nameOf(Schema<?> schema) {
        if (schema.getName() != null) {
            return Optional.of(schema.getName());
        }
        if (schema.get$ref() != null && schema.get$ref().startsWith(COMPONENTS)) {
            return Optional.of(schema.get$ref().substring(COMPONENTS.length()));
        }
        return Optional.empty();
    }
}
