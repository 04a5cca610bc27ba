package com.shiftledger.query.settings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.shiftledger.api.platform.ChangePlatformSettingsCommand;
import com.shiftledger.api.platform.FindPlatformTermsQuery;
import com.shiftledger.api.platform.FindSettingsActivityQuery;
import com.shiftledger.api.platform.PlatformSettingsChangedEvent;
import com.shiftledger.api.platform.PlatformTerms;
import com.shiftledger.api.platform.SettingChange;
import com.shiftledger.api.platform.SettingsActivityPage;
import com.shiftledger.api.platform.SettingsActivityView;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Projects the platform's settings changes into the terms in force and the activity log. Until an admin changes
 * anything the configured terms ({@code shiftledger.*}) are in force. A redelivered change finds itself taken
 * already and adds nothing.
 */
@Component
@ProcessingGroup(SettingsProjection.PROCESSING_GROUP)
class SettingsProjection {

    static final String PROCESSING_GROUP = "settings-projection";

    private final SettingsEntryRepository settings;
    private final SettingsActivityEntryRepository activity;
    private final PlatformTerms configured;
    private final QueryUpdateEmitter updates;
    // Money's isZero and isPositive are written beside its paise and are not read back
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    SettingsProjection(SettingsEntryRepository settings, SettingsActivityEntryRepository activity,
                       PlatformTerms configured, QueryUpdateEmitter updates) {
        this.settings = settings;
        this.activity = activity;
        this.configured = configured;
        this.updates = updates;
    }

    @EventHandler
    void on(PlatformSettingsChangedEvent event, @SequenceNumber long sequence, @Timestamp Instant at,
            EventMessage<?> message) {
        SettingsEntry entry = settings.findById(event.settingsId())
                .orElseGet(() -> new SettingsEntry(event.settingsId()));
        if (entry.takes(sequence, write(event.terms()), at)) {
            settings.save(entry);
            updates.emit(FindPlatformTermsQuery.class, query -> true, event.terms());
        }
        if (!activity.existsByEventId(message.getIdentifier())) {
            for (SettingChange change : event.changes()) {
                activity.save(new SettingsActivityEntry(message.getIdentifier(), change.setting(), change.from(),
                        change.to(), event.changedByUserId(), event.changedByName(), event.changedAt()));
            }
        }
    }

    @QueryHandler
    PlatformTerms handle(FindPlatformTermsQuery query) {
        // by its id (a primary-key read): the platform's settings are one row
        return settings.findById(ChangePlatformSettingsCommand.PLATFORM)
                .map(entry -> read(entry.terms()).orDefaults(configured))
                .orElse(configured);
    }

    @QueryHandler
    SettingsActivityPage handle(FindSettingsActivityQuery query) {
        Page<SettingsActivityEntry> page = activity.findAll(PageRequest.of(query.page() - 1, query.perPage(),
                Sort.by(Sort.Direction.DESC, "createdAt", "id")));
        return new SettingsActivityPage(page.map(SettingsProjection::view).getContent(), page.getTotalElements(),
                query.page(), query.perPage());
    }

    private static SettingsActivityView view(SettingsActivityEntry entry) {
        return new SettingsActivityView(entry.id(), entry.setting(), entry.oldValue(), entry.newValue(),
                entry.changedById(), entry.changedByName(), entry.createdAt());
    }

    private String write(PlatformTerms terms) {
        try {
            return json.writeValueAsString(terms);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The platform's terms cannot be written", e);
        }
    }

    private PlatformTerms read(String terms) {
        try {
            return json.readValue(terms, PlatformTerms.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The platform's terms cannot be read", e);
        }
    }
}
