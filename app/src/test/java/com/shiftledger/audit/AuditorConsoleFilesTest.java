package com.shiftledger.audit;

import com.shiftledger.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The console's files are served to anyone from the application itself; the APIs they call keep their rules. */
class AuditorConsoleFilesTest extends IntegrationTest {

    private static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";
    private static final Pattern REFERENCES = Pattern.compile("(?:src|href)=\"([^\"]+)\"");

    @Test
    void theConsoleIsServedWithoutATokenAndLoadsNothingFromElsewhere() throws Exception {
        HttpResponse<String> page = get("/console/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.body()).contains("auditor console");

        Matcher references = REFERENCES.matcher(page.body());
        int files = 0;
        while (references.find()) {
            String reference = references.group(1);
            assertThat(reference).as("served by the application").doesNotContain("//");
            assertThat(get("/console/" + reference).statusCode()).as(reference).isEqualTo(200);
            files++;
        }
        assertThat(files).isEqualTo(3);
        for (String script : List.of("console.js", "balance-chart.js")) {
            String code = get("/console/" + script).body().replace(SVG_NAMESPACE, "");
            assertThat(code).as(script).doesNotContain("http://", "https://");
        }
    }

    @Test
    void theConsoleAddressLeadsToItsPage() throws Exception {
        HttpResponse<String> bare = get("/console");
        assertThat(bare.statusCode()).isEqualTo(302);
        assertThat(bare.headers().firstValue("Location").orElse("")).endsWith("/console/");
        assertThat(get("/console/no-such-file.js").statusCode()).isEqualTo(404);
    }

    @Test
    void theApisTheConsoleCallsStillNeedAnAdminOrAnAuditor() {
        assertThat(api.get("/api/v1/admin/ledger/accounts", null).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/admin/audit/wallets?search=a", null).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/admin/audit/wallets?search=a", registerHospital().token()).status())
                .isEqualTo(403);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port() + path))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
