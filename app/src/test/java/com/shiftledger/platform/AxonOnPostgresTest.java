package com.shiftledger.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shiftledger.support.Api;
import com.shiftledger.support.IntegrationTest;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.modelling.command.AggregateScopeDescriptor;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Axon on PostgreSQL as architecture.md's rules demand, checked against the database itself. */
class AxonOnPostgresTest extends IntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    private DeadlineManager deadlineManager;

    @Autowired
    private PlatformTransactionManager transactionManager;

    @Autowired
    private Flyway flyway;

    @Autowired
    private Environment environment;

    @Test
    void axonsBinaryColumnsAreByteaNeverOid() {
        List<String> columns = List.of("domain_event_entry.payload", "domain_event_entry.meta_data",
                "snapshot_event_entry.payload", "snapshot_event_entry.meta_data", "token_entry.token",
                "saga_entry.serialized_saga", "dead_letter_entry.payload", "dead_letter_entry.meta_data",
                "dead_letter_entry.token", "dead_letter_entry.diagnostics");

        for (String column : columns) {
            String[] tableAndColumn = column.split("\\.");
            List<String> types = jdbc.queryForList("select data_type from information_schema.columns "
                    + "where table_schema = current_schema() and table_name = ? and column_name = ?", String.class,
                    tableAndColumn[0], tableAndColumn[1]);
            assertThat(types).as(column).containsExactly("bytea");
        }
        assertThat(jdbc.queryForList("select table_name || '.' || column_name from information_schema.columns "
                + "where table_schema = current_schema() and data_type = 'oid'", String.class)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from pg_largeobject_metadata", Long.class)).isZero();
    }

    @Test
    void eventsTakeConsecutiveGlobalIndexes() {
        Party hospital = registerHospital();
        topUp(hospital, "1500");
        requestWithdrawal(hospital, "200");

        Long increment = jdbc.queryForObject("select increment_by from pg_sequences "
                + "where schemaname = current_schema() and sequencename = 'domain_event_entry_seq'", Long.class);
        List<Long> indexes = jdbc.queryForList("select global_index from domain_event_entry "
                + "where aggregate_identifier = ? order by sequence_number", Long.class, hospital.aggregateId());

        assertThat(increment).isEqualTo(1);
        assertThat(indexes).hasSize(4);
        for (int i = 1; i < indexes.size(); i++) {
            assertThat(indexes.get(i)).as("global indexes %s", indexes).isEqualTo(indexes.get(i - 1) + 1);
        }
    }

    @Test
    void eventsAreStoredAsJsonUnderTheirClassNames() throws Exception {
        Party hospital = registerHospital();
        topUp(hospital, "1500");

        List<Map<String, Object>> rows = jdbc.queryForList("select payload_type, convert_from(payload, 'UTF8') "
                + "as payload, convert_from(meta_data, 'UTF8') as meta_data from domain_event_entry "
                + "where aggregate_identifier = ? order by sequence_number", hospital.aggregateId());

        assertThat(rows).extracting(row -> row.get("payload_type")).containsExactly(
                "com.shiftledger.api.wallet.WalletOpenedEvent", "com.shiftledger.api.wallet.TopUpOrderCreatedEvent",
                "com.shiftledger.api.wallet.TopUpCapturedEvent");
        List<JsonNode> payloads = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            JsonNode payload = JSON.readTree((String) row.get("payload"));
            assertThat(payload.isObject()).as(row.toString()).isTrue();
            assertThat(JSON.readTree((String) row.get("meta_data")).isObject()).as(row.toString()).isTrue();
            payloads.add(payload);
        }
        assertThat(payloads.get(0).toString()).contains(String.valueOf(hospital.walletId()));
        assertThat(payloads.get(2).path("amount").path("paise").asLong()).isEqualTo(150_000L);
        List<String> tokens = jdbc.queryForList("select convert_from(token, 'UTF8') from token_entry "
                + "where token is not null", String.class);
        assertThat(tokens).isNotEmpty();
        for (String token : tokens) {
            assertThat(JSON.readTree(token).isObject()).as(token).isTrue();
        }
    }

    @Test
    void flywayOwnsTheSchemaAndHibernateOnlyValidatesIt() {
        List<Map<String, Object>> history = jdbc.queryForList(
                "select version, success from flyway_schema_history where version is not null order by installed_rank");

        assertThat(history).isNotEmpty();
        assertThat(history).allSatisfy(migration -> assertThat(migration.get("success")).isEqualTo(true));
        assertThat(history).extracting(migration -> migration.get("version")).contains("1", "2");
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(flyway.info().applied()).extracting(MigrationInfo::getVersion).hasSameSizeAs(history);
        assertThat(environment.getProperty("spring.jpa.hibernate.ddl-auto")).isEqualTo("validate");
    }

    @Test
    void deadlinesAreKeptByDbSchedulerInTheDatabase() {
        assertThat(AopUtils.getTargetClass(deadlineManager).getName())
                .isEqualTo("org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager");
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);
        Instant scheduledAt = Instant.now();

        // Outside an aggregate or saga there is no current scope, so the probe names the scope it is for.
        String deadlineId = transaction.execute(status -> deadlineManager.schedule(Duration.ofDays(1), "probe", null,
                new AggregateScopeDescriptor("Wallet", "wallet-probe-" + unique())));

        List<Map<String, Object>> rows = jdbc.queryForList("select task_name, execution_time, picked "
                + "from scheduled_tasks where task_instance = ?", deadlineId);
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("task_name")).isEqualTo("AxonDeadline");
        assertThat(rows.get(0).get("picked")).isEqualTo(false);
        Instant executionTime = ((Timestamp) rows.get(0).get("execution_time")).toInstant();
        assertThat(executionTime).isBetween(scheduledAt.plus(Duration.ofHours(23)), Instant.now().plus(Duration.ofDays(1)));

        transaction.executeWithoutResult(status -> deadlineManager.cancelSchedule("probe", deadlineId));

        assertThat(jdbc.queryForObject("select count(*) from scheduled_tasks where task_instance = ?", Long.class,
                deadlineId)).isZero();
    }

    @Test
    void healthIsUpWithoutAToken() {
        Api.Response health = api.get("/actuator/health", null);

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body().path("status").asText()).isEqualTo("UP");
    }

    @Test
    void theOpenApiDocumentListsTheWalletEndpoints() {
        Api.Response docs = api.get("/v3/api-docs", null);

        assertThat(docs.status()).isEqualTo(200);
        JsonNode paths = docs.body().path("paths");
        assertThat(paths.path("/api/v1/hospital/wallet/create-topup-order").has("post")).isTrue();
        assertThat(paths.path("/api/v1/hospital/wallet/verify-topup-payment").has("post")).isTrue();
        assertThat(paths.path("/api/v1/hospital/wallet/withdraw").has("post")).isTrue();
        assertThat(paths.path("/api/v1/professional/wallet/withdraw").has("post")).isTrue();
        assertThat(paths.path("/api/v1/admin/finance/withdrawals/{id}/process").has("post")).isTrue();
        assertThat(paths.path("/api/v1/webhooks/razorpay").has("post")).isTrue();
        assertThat(paths.path("/api/v1/hospital/wallet").has("get")).isTrue();
        assertThat(paths.path("/api/v1/professional/wallet").has("get")).isTrue();
        assertThat(paths.path("/api/v1/hospital/transactions").has("get")).isTrue();
        assertThat(paths.path("/api/v1/hospital/wallet/withdrawals").has("get")).isTrue();
        assertThat(paths.path("/api/v1/admin/ledger/accounts").has("get")).isTrue();
        assertThat(paths.path("/api/v1/admin/audit/verify").has("get")).isTrue();
    }
}
