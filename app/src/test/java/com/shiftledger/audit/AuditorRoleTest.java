package com.shiftledger.audit;

import com.shiftledger.support.Api;
import com.shiftledger.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The auditor: created by an admin, signs in like everyone, reads the ledger, the audit and the finance lists, and
 * is refused every write, on every endpoint the application maps now or later.
 */
class AuditorRoleTest extends IntegrationTest {

    private static final Set<RequestMethod> WRITES = EnumSet.of(RequestMethod.POST, RequestMethod.PUT,
            RequestMethod.PATCH, RequestMethod.DELETE);
    /** The writes that change nothing in the ledger, which an auditor may make; logout is checked on its own. */
    private static final Set<String> AUDITOR_MAY = Set.of("POST /api/v1/auth/login", "POST /api/v1/auth/logout",
            "POST /api/v1/admin/audit/verifications");

    @Autowired
    private ApplicationContext context;

    @Test
    void anAdminCreatesAnAuditorWhoSignsInAndHasNoProfile() {
        String email = "Auditor-" + unique() + "@ShiftLedger.test";
        Api.Response created = api.post("/api/v1/admin/users", adminToken(), Map.of("name", "Ravi Auditor",
                "email", email, "password", "Audit@2026", "role", "auditor"));

        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        assertThat(created.data().path("user").path("user_type").asText()).isEqualTo("auditor");
        assertThat(created.data().path("user").path("email").asText()).isEqualTo(email.toLowerCase());
        Api.Response login = api.post("/api/v1/auth/login", null, Map.of("email", email, "password", "Audit@2026"));
        assertThat(login.status()).as(login.body().toString()).isEqualTo(200);
        Api.Response profile = api.get("/api/v1/auth/profile", login.text("data.token"));
        assertThat(profile.status()).isEqualTo(200);
        assertThat(profile.data().path("user").path("user_type").asText()).isEqualTo("auditor");
        assertThat(profile.data().path("profile").isNull()).isTrue();
    }

    @Test
    void newUsersWithBadOrTakenDetailsAreRefusedWith422() {
        String admin = adminToken();
        Auditor existing = createAuditor();
        Map<String, Map<String, Object>> refused = Map.of(
                "name", Map.of("email", "a-" + unique() + "@shiftledger.test", "password", "Audit@2026",
                        "role", "auditor"),
                "email", Map.of("name", "A", "email", "not-an-email", "password", "Audit@2026", "role", "auditor"),
                "password", Map.of("name", "A", "email", "b-" + unique() + "@shiftledger.test", "password", "short",
                        "role", "auditor"),
                "role", Map.of("name", "A", "email", "c-" + unique() + "@shiftledger.test", "password", "Audit@2026",
                        "role", "admin"));
        refused.forEach((field, body) -> {
            Api.Response response = api.post("/api/v1/admin/users", admin, body);
            assertThat(response.status()).as(field + ": " + response.body()).isEqualTo(422);
            assertThat(response.body().path("success").asBoolean(true)).isFalse();
            assertThat(response.body().path("errors").has(field)).as(response.body().toString()).isTrue();
        });
        Api.Response taken = api.post("/api/v1/admin/users", admin, Map.of("name", "Again",
                "email", existing.email().toUpperCase(), "password", "Audit@2026", "role", "auditor"));
        assertThat(taken.status()).isEqualTo(422);
        assertThat(taken.body().path("errors").path("email").get(0).asText())
                .isEqualTo("The email has already been taken.");
        assertThat(api.post("/api/v1/admin/users", admin, "{\"name\":").status()).isEqualTo(400);
    }

    @Test
    void onlyAdminsCreateUsers() {
        Party hospital = registerHospital();
        Map<String, Object> body = Map.of("name", "A", "email", "d-" + unique() + "@shiftledger.test",
                "password", "Audit@2026", "role", "auditor");
        assertThat(api.post("/api/v1/admin/users", hospital.token(), body).status()).isEqualTo(403);
        assertThat(api.post("/api/v1/admin/users", createAuditor().token(), body).status()).isEqualTo(403);
        assertThat(api.post("/api/v1/admin/users", null, body).status()).isEqualTo(401);
    }

    @Test
    void anAuditorReadsTheLedgerTheAuditAndTheFinanceListsAndNothingElseOfAdmins() {
        Party hospital = registerHospital();
        topUp(hospital, "300");
        String auditor = createAuditor().token();
        String wallet = "/api/v1/admin/audit/wallets/" + hospital.walletId();

        for (String read : List.of("/api/v1/admin/ledger/accounts", "/api/v1/admin/audit/verify",
                "/api/v1/admin/audit/signing-key", wallet + "/statement", wallet + "/statement?format=csv",
                wallet + "/balance?at=2030-01-01", "/api/v1/admin/audit/wallets?search=" + hospital.email(),
                "/api/v1/admin/finance", "/api/v1/admin/finance/transactions", "/api/v1/admin/finance/withdrawals",
                "/api/v1/admin/finance/refunds", "/api/v1/auth/profile")) {
            assertThat(api.get(read, auditor).status()).as(read).isEqualTo(200);
        }
        for (String admins : List.of("/api/v1/admin/settings", "/api/v1/admin/settings/activity-logs",
                "/actuator/prometheus", "/api/v1/hospital/wallet", "/api/v1/professional/wallet")) {
            assertThat(api.get(admins, auditor).status()).as(admins).isEqualTo(403);
        }
        String admin = adminToken();
        assertThat(api.get("/api/v1/admin/settings", admin).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/admin/ledger/accounts", admin).status()).isEqualTo(200);
        assertThat(api.get(wallet + "/statement", admin).status()).isEqualTo(200);
    }

    @Test
    void everyWriteEndpointIsForbiddenToAnAuditor() {
        String auditor = createAuditor().token();
        Map<String, String> allowed = new HashMap<>();
        List<String> notForbidden = new ArrayList<>();
        Set<String> walked = new TreeSet<>();
        for (RequestMappingInfoHandlerMapping mapping
                : context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods().isEmpty() ? WRITES
                        : info.getMethodsCondition().getMethods();
                for (RequestMethod method : methods) {
                    if (!WRITES.contains(method)) {
                        continue;
                    }
                    for (String pattern : info.getPatternValues()) {
                        String path = concrete(pattern);
                        String endpoint = method + " " + path;
                        if (AUDITOR_MAY.contains(method + " " + pattern)) {
                            allowed.put(endpoint, pattern);
                            continue;
                        }
                        walked.add(endpoint);
                        Api.Response response = api.raw(method.name(), path, auditor, "{}", "application/json");
                        // the partner API takes only a partner's key, never a user's token: 401 there
                        int refused = path.startsWith("/partner/") ? 401 : 403;
                        if (response.status() != refused) {
                            notForbidden.add(endpoint + " answered " + response.status() + " " + response.body());
                        }
                    }
                }
            }
        }

        assertThat(walked).as("the write endpoints walked").hasSizeGreaterThan(30)
                .contains("POST /api/v1/admin/finance/withdrawals/1/process", "POST /api/v1/hospital/shifts",
                        "POST /api/v1/admin/settings", "POST /api/v1/admin/users");
        assertThat(notForbidden).as("write endpoints an auditor was not refused").isEmpty();
        assertThat(allowed).hasSize(AUDITOR_MAY.size());
    }

    @Test
    void anAuditorMayStillSignOut() {
        Auditor auditor = createAuditor();
        assertThat(api.post("/api/v1/auth/logout", auditor.token(), Map.of()).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/admin/ledger/accounts", auditor.token()).status()).isEqualTo(401);
    }

    /** A request path for a mapping's pattern: every path variable 1, every wildcard a segment. */
    private static String concrete(String pattern) {
        return pattern.replaceAll("\\{[^}]+}", "1").replace("**", "x").replace("*", "x");
    }
}
