package com.shiftledger.bench;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How ShiftLedger stores an event in {@code domain_event_entry}: the JSON of its private storage mapper (the
 * settings of {@code AxonConfiguration.storageObjectMapper()}, copied), Axon's metadata and timestamp format.
 */
final class StorageFormat {

    static final ObjectMapper MAPPER = storageObjectMapper();
    private static final DateTimeFormatter AXON_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final Map<String, Class<?>> TYPES = new ConcurrentHashMap<>();

    private StorageFormat() {
    }

    /** A copy of {@code AxonConfiguration.storageObjectMapper()}: fields and creators only, ISO dates. */
    static ObjectMapper storageObjectMapper() {
        ObjectMapper mapper = new ObjectMapper();
        mapper.registerModule(new JavaTimeModule());
        mapper.setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE);
        mapper.setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY);
        mapper.setVisibility(PropertyAccessor.CREATOR, JsonAutoDetect.Visibility.ANY);
        mapper.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        mapper.disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
        mapper.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        return mapper;
    }

    static byte[] payload(Object event) {
        try {
            return MAPPER.writeValueAsBytes(event);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The metadata Axon writes for an event applied by a command: the command's id as trace and correlation id. */
    static byte[] metaData(String commandId) {
        return ("{\"traceId\":\"" + commandId + "\",\"correlationId\":\"" + commandId + "\"}")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Axon's {@code time_stamp}: ISO-8601 in UTC with milliseconds. */
    static String timestamp(Instant instant) {
        return AXON_TIME.format(instant);
    }

    /** Decodes a stored payload into its event record, as the application's serializer does. */
    static Object decode(String payloadType, byte[] payload) {
        try {
            Class<?> type = TYPES.computeIfAbsent(payloadType, StorageFormat::load);
            return MAPPER.readValue(payload, type);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Cannot decode a " + payloadType, e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("Unknown event type " + name, e);
        }
    }
}
