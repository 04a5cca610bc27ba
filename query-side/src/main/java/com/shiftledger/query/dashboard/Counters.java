package com.shiftledger.query.dashboard;

import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Adds to the dashboard's counters and reads them, a handful of keys at a time (never a scan). */
@Component
class Counters {

    private final DashboardCounterRepository counters;

    Counters(DashboardCounterRepository counters) {
        this.counters = counters;
    }

    /** Adds {@code delta} to {@code figure} in each of the scopes. */
    void add(Figure figure, long delta, String... scopes) {
        if (delta == 0) {
            return;
        }
        for (String scope : scopes) {
            String key = figure.in(scope);
            counters.findById(key).orElseGet(() -> counters.save(new DashboardCounter(key))).add(delta);
        }
    }

    /** The figures of the given scopes: every figure of each, 0 where nothing was counted yet. */
    Reading read(Collection<String> scopes) {
        List<String> keys = new ArrayList<>();
        for (String scope : scopes) {
            for (Figure figure : Figure.values()) {
                keys.add(figure.in(scope));
            }
        }
        Map<String, Long> amounts = new HashMap<>();
        counters.findAllById(keys).forEach(counter -> amounts.put(counter.key(), counter.amount()));
        return new Reading(amounts);
    }

    void clear() {
        counters.deleteAllInBatch();
    }

    /** Counters as read at one moment. */
    record Reading(Map<String, Long> amounts) {

        long of(Figure figure, String scope) {
            return amounts.getOrDefault(figure.in(scope), 0L);
        }
    }
}
