package com.shiftledger.app.openapi;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Makes every schema say what the JSON really holds. A pattern that is a list of words ({@code accept|reject}) is the
 * enum it is; any other pattern is anchored, as bean validation matches the whole value. A property that is not a
 * Java primitive and not required may be null (an object: {@code anyOf} the object or null). In a schema only answers
 * use, every property the application always writes is required (the envelope's {@code success} and {@code data},
 * every field of a view); a property written only when it has a value (the envelope's {@code message}, the error's
 * {@code errors}) is not.
 */
final class WireSchemas {

    private static final String COMPONENTS = "#/components/schemas/";
    private static final Pattern WORDS = Pattern.compile("[a-z0-9_]+(\\|[a-z0-9_]+)*");

    private final ObjectMapper json;

    WireSchemas(ObjectMapper json) {
        this.json = json;
    }

    void customise(OpenAPI document) {
        Map<String, Schema> schemas = document.getComponents().getSchemas();
        Set<String> inRequests = reachable(document, schemas, true);
        Set<String> inAnswers = reachable(document, schemas, false);
        eachInlineSchema(document, this::anchorPatterns);
        schemas.forEach((name, schema) -> {
            anchorPatterns(schema);
            WireModelConverter.typeOf(name).ifPresent(type -> describeProperties(schema, type,
                    inAnswers.contains(name) && !inRequests.contains(name)));
        });
    }

    private void describeProperties(Schema<?> schema, JavaType type, boolean answerOnly) {
        if (schema.getProperties() == null) {
            return;
        }
        Set<String> required = new LinkedHashSet<>(schema.getRequired() == null ? List.of() : schema.getRequired());
        describeProperties(schema, type, answerOnly, required);
        schema.setRequired(required.isEmpty() ? null : new ArrayList<>(required));
    }

    /** The properties of {@code type} in {@code schema}, and of the types it unwraps into the same object. */
    private void describeProperties(Schema<?> schema, JavaType type, boolean answerOnly, Set<String> required) {
        SerializationConfig config = json.getSerializationConfig();
        BeanDescription bean = config.introspect(type);
        JsonInclude.Value classInclusion = bean.findPropertyInclusion(
                config.getDefaultPropertyInclusion(bean.getBeanClass()));
        for (BeanPropertyDefinition property : bean.findProperties()) {
            if (property.getPrimaryMember() != null && property.getPrimaryMember().hasAnnotation(JsonUnwrapped.class)) {
                describeProperties(schema, property.getPrimaryType(), answerOnly, required);
                continue;
            }
            Schema<?> propertySchema = schema.getProperties().get(property.getName());
            if (propertySchema == null) {
                continue;
            }
            Class<?> raw = property.getRawPrimaryType();
            if (!raw.isPrimitive() && !required.contains(property.getName())) {
                schema.getProperties().put(property.getName(), nullable(propertySchema));
            }
            JsonInclude.Include inclusion = classInclusion.withOverrides(property.findInclusion()).getValueInclusion();
            if (answerOnly && (inclusion == JsonInclude.Include.ALWAYS
                    || inclusion == JsonInclude.Include.USE_DEFAULTS)) {
                required.add(property.getName());
            }
        }
    }

    /**
     * The same schema, allowing null. A reference cannot carry {@code nullable} beside it, and validators apply an
     * {@code allOf} wrapper to null as well, so a reference becomes "this object, or null" ({@code anyOf}).
     */
    private static Schema<?> nullable(Schema<?> schema) {
        if (schema.get$ref() != null) {
            Schema<?> onlyNull = new Schema<>().type("object").nullable(true);
            onlyNull.setEnum(nullOnly());
            return new Schema<>().anyOf(List.of(new Schema<>().$ref(schema.get$ref()), onlyNull));
        }
        return schema.nullable(true);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static List nullOnly() {
        List values = new ArrayList<>();
        values.add(null);
        return values;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void anchorPatterns(Schema schema) {
        if (schema == null) {
            return;
        }
        String pattern = schema.getPattern();
        if (pattern != null && WORDS.matcher(pattern).matches()) {
            schema.setPattern(null);
            schema.setEnum(new ArrayList<>(Arrays.asList(pattern.split("\\|"))));
        } else if (pattern != null && !pattern.startsWith("^")) {
            schema.setPattern("^(?:" + pattern + ")$");
        }
        children(schema).forEach(this::anchorPatterns);
    }

    @SuppressWarnings("rawtypes")
    private static List<Schema> children(Schema<?> schema) {
        List<Schema> children = new ArrayList<>();
        if (schema.getProperties() != null) {
            children.addAll(schema.getProperties().values());
        }
        if (schema.getItems() != null) {
            children.add(schema.getItems());
        }
        if (schema.getAdditionalProperties() instanceof Schema additional) {
            children.add(additional);
        }
        for (List<Schema> composed : Arrays.asList(schema.getAllOf(), schema.getOneOf(), schema.getAnyOf())) {
            if (composed != null) {
                children.addAll(composed);
            }
        }
        return children;
    }

    /** The names of the component schemas that request bodies (or else answers) refer to, directly or not. */
    @SuppressWarnings("rawtypes")
    private static Set<String> reachable(OpenAPI document, Map<String, Schema> schemas, boolean requests) {
        Deque<Schema> pending = new ArrayDeque<>();
        for (Operation operation : operations(document)) {
            if (requests && operation.getRequestBody() != null) {
                addContent(pending, operation.getRequestBody().getContent());
            }
            if (!requests && operation.getResponses() != null) {
                operation.getResponses().values().forEach(answer -> addContent(pending, answer.getContent()));
            }
        }
        Set<String> names = new HashSet<>();
        while (!pending.isEmpty()) {
            Schema<?> schema = pending.pop();
            if (schema.get$ref() != null && schema.get$ref().startsWith(COMPONENTS)) {
                String name = schema.get$ref().substring(COMPONENTS.length());
                if (names.add(name) && schemas.containsKey(name)) {
                    pending.push(schemas.get(name));
                }
            }
            children(schema).forEach(pending::push);
        }
        return names;
    }

    @SuppressWarnings("rawtypes")
    private static void addContent(Deque<Schema> pending, Content content) {
        if (content != null) {
            content.values().stream().filter(media -> media.getSchema() != null)
                    .forEach(media -> pending.push(media.getSchema()));
        }
    }

    @SuppressWarnings("rawtypes")
    private static void eachInlineSchema(OpenAPI document, Consumer<Schema> action) {
        for (Operation operation : operations(document)) {
            if (operation.getParameters() != null) {
                operation.getParameters().stream().map(Parameter::getSchema).forEach(action);
            }
            if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
                operation.getRequestBody().getContent().values().forEach(media -> action.accept(media.getSchema()));
            }
        }
    }

    static List<Operation> operations(OpenAPI document) {
        List<Operation> operations = new ArrayList<>();
        if (document.getPaths() != null) {
            for (PathItem path : document.getPaths().values()) {
                operations.addAll(path.readOperations());
            }
        }
        return operations;
    }
}
