package com.shiftledger.app.config;

import com.shiftledger.api.shift.ShiftId;
import org.axonframework.modelling.command.AggregateScopeDescriptor;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** An aggregate's deadline is stored so that, read back, it names the same aggregate the repository loads. */
class DeadlineScopeStorageTest {

    private final Serializer serializer = JacksonSerializer.builder()
            .objectMapper(AxonConfiguration.storageObjectMapper()).build();

    @Test
    void aLazilyIdentifiedScopeIsStoredWithItsIdentifiersString() {
        ShiftId shift = new ShiftId(42);
        AggregateScopeDescriptor scope = new AggregateScopeDescriptor("Shift", () -> shift);

        SerializedObject<String> stored = serializer.serialize(scope, String.class);
        AggregateScopeDescriptor read = serializer.deserialize(stored);

        assertThat(read.getType()).isEqualTo("Shift");
        assertThat(read.getIdentifier()).hasToString("shift-42");
    }
}
