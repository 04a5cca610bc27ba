package com.shiftledger.app.config;

import com.shiftledger.support.PostgresTestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The start is refused unless the event table's sequence increments by 1, on PostgreSQL and on H2. */
class EventSequenceCheckTest {

    @Test
    void onPostgreSql() {
        check(new JdbcTemplate(new DriverManagerDataSource(PostgresTestDatabase.createDatabase("sequence"),
                PostgresTestDatabase.user(), PostgresTestDatabase.password())));
    }

    @Test
    void onH2() {
        check(new JdbcTemplate(new DriverManagerDataSource(
                "jdbc:h2:mem:sequence;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1", "sa", "")));
    }

    private static void check(JdbcTemplate jdbc) {
        assertThatThrownBy(() -> EventSequenceCheck.check(jdbc)).hasMessageContaining("missing");
        jdbc.execute("create sequence domain_event_entry_seq start with 1 increment by 50");
        assertThatThrownBy(() -> EventSequenceCheck.check(jdbc)).hasMessageContaining("increments by 50")
                .hasMessageContaining("Refusing to start");
        jdbc.execute("alter sequence domain_event_entry_seq increment by 1");
        assertThatCode(() -> EventSequenceCheck.check(jdbc)).doesNotThrowAnyException();
    }
}
