package com.shiftledger.query.shift;

import com.shiftledger.query.processing.SubjectSequencingPolicy;
import org.axonframework.config.EventProcessingConfigurer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/** The shift projection handles the events of one shift in order, whoever published them. */
@Configuration
class ShiftProcessingConfiguration {

    @Autowired
    void sequencePerShift(EventProcessingConfigurer processing) {
        processing.registerSequencingPolicy(ShiftProjection.PROCESSING_GROUP,
                configuration -> new SubjectSequencingPolicy("shiftId"));
    }
}
