package com.shiftledger.virtualaccount;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shiftledger.api.money.Money;
import com.shiftledger.api.virtualaccount.MandateTopUpReceipt;
import com.shiftledger.api.virtualaccount.TopUpThroughMandateCommand;
import com.shiftledger.api.virtualaccount.VirtualAccountId;
import com.shiftledger.support.Api;
import com.shiftledger.support.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static com.shiftledger.virtualaccount.VirtualAccountLifeTest.ACCOUNTS;
import static com.shiftledger.virtualaccount.VirtualAccountLifeTest.WEBHOOK;
import static com.shiftledger.virtualaccount.VirtualAccountLifeTest.accountFor;
import static com.shiftledger.virtualaccount.VirtualAccountLifeTest.captured;
import static com.shiftledger.virtualaccount.VirtualAccountLifeTest.credited;
import static com.shiftledger.virtualaccount.VirtualAccountLifeTest.mandate;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Virtual accounts live (a Razorpay key id): the Razorpay Java SDK opens the account, checks the mandate's token and
 * charges it, against {@link FakeRazorpay} on this machine; the test asserts what the SDK sent. The money still moves
 * only on Razorpay's signed webhooks.
 */
class VirtualAccountRazorpayLiveTest extends IntegrationTest {

    private static final String KEY_ID = "rzp_test_LiveFake12345";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final FakeRazorpay RAZORPAY = start();

    @DynamicPropertySource
    static void live(DynamicPropertyRegistry registry) {
        registry.add("shiftledger.razorpay.key-id", () -> KEY_ID);
    }

    @BeforeEach
    void sendTheSdkToTheFake() throws ReflectiveOperationException {
        RAZORPAY.captureTheSdk();
    }

    @AfterAll
    static void stop() {
        RAZORPAY.close();
    }

    @Test
    void theSdkOpensTheVirtualAccountAndABankTransferIntoItIsCredited() throws IOException {
        String admin = adminToken();
        Party hospital = registerHospital();
        String razorpayId = "va_Live" + unique().replaceAll("[^A-Za-z0-9]", "").substring(0, 9);
        RAZORPAY.answer("POST", "/v1/virtual_accounts", 200, "{\"id\":\"" + razorpayId + "\","
                + "\"entity\":\"virtual_account\",\"status\":\"active\",\"description\":\"City Hospital Main\","
                + "\"receivers\":[{\"id\":\"ba_Live0000000001\",\"entity\":\"bank_account\",\"ifsc\":\"RATN0VAAPIS\","
                + "\"bank_name\":\"RBL Bank\",\"name\":\"ShiftLedger City Hospital\","
                + "\"account_number\":\"2223330099089860\"}],\"amount_paid\":0}");

        Api.Response created = api.post(ACCOUNTS, admin, accountFor(hospital, false, null));

        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        assertThat(created.data().path("razorpay_virtual_account_id").asText()).isEqualTo(razorpayId);
        assertThat(created.data().path("account_number").asText()).isEqualTo("2223330099089860");
        assertThat(created.data().path("ifsc").asText()).isEqualTo("RATN0VAAPIS");
        List<FakeRazorpay.Received> requests = RAZORPAY.received("POST", "/v1/virtual_accounts");
        assertThat(requests).isNotEmpty();
        FakeRazorpay.Received sent = requests.get(requests.size() - 1);
        assertThat(sent.authorization()).isEqualTo("Basic " + Base64.getEncoder()
                .encodeToString((KEY_ID + ":" + KEY_SECRET).getBytes(StandardCharsets.UTF_8)));
        JsonNode request = JSON.readTree(sent.body());
        assertThat(request.path("receivers").path("types").get(0).asText()).isEqualTo("bank_account");
        assertThat(request.path("description").asText()).isEqualTo("City Hospital Main");
        assertThat(request.path("notes").path("hospital_id").asText()).isEqualTo(String.valueOf(hospital.profileId()));

        String body = credited(razorpayId, VirtualAccountLifeTest.paymentId(), 300_000);
        Api.Response transfer = api.post(WEBHOOK, null, body, Map.of("X-Razorpay-Signature",
                webhookSignature(body)));
        assertThat(transfer.text("data.outcome")).isEqualTo("credited");
        awaitWallet(hospital, hospital.walletPath(), "3000.00");
        awaitCleanAudit(admin);
    }

    @Test
    void aFailingRazorpayOpensNothing() {
        String admin = adminToken();
        Party hospital = registerHospital();
        RAZORPAY.answer("POST", "/v1/virtual_accounts", 400, "{\"error\":{\"code\":\"BAD_REQUEST_ERROR\","
                + "\"description\":\"Smart Collect is not enabled for this account\"}}");

        Api.Response refused = api.post(ACCOUNTS, admin, accountFor(hospital, false, null));

        assertThat(refused.status()).as(refused.body().toString()).isEqualTo(502);
        Integer rows = jdbc.queryForObject("select count(*) from virtual_account_lookup where lookup_key = ?",
                Integer.class, "hospital:" + hospital.profileId());
        assertThat(rows).isZero();
    }

    @Test
    void theMandatesTokenIsCheckedAndChargedThroughTheSdkAndCreditedOnConfirmation() throws IOException {
        String admin = adminToken();
        Party hospital = registerHospital();
        String razorpayId = "va_Mand" + unique().replaceAll("[^A-Za-z0-9]", "").substring(0, 9);
        RAZORPAY.answer("POST", "/v1/virtual_accounts", 200, "{\"id\":\"" + razorpayId + "\","
                + "\"entity\":\"virtual_account\",\"status\":\"active\",\"receivers\":[{\"entity\":\"bank_account\","
                + "\"ifsc\":\"RATN0VAAPIS\",\"bank_name\":\"RBL Bank\",\"account_number\":\"2223330011112222\"}]}");
        Api.Response created = api.post(ACCOUNTS, admin, accountFor(hospital, true, "10000"));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        long id = created.data().path("id").asLong();
        String activate = ACCOUNTS + "/" + id + "/activate-mandate";
        String tokenPath = "/v1/customers/cust_Ab12Cd34Ef56Gh/tokens/token_Ab12Cd34Ef56Gh";

        RAZORPAY.answer("GET", tokenPath, 200, "{\"id\":\"token_Ab12Cd34Ef56Gh\",\"entity\":\"token\","
                + "\"method\":\"emandate\",\"recurring\":true,\"recurring_details\":{\"status\":\"initiated\"},"
                + "\"max_amount\":5000000}");
        Api.Response notConfirmed = api.post(activate, admin, mandate(null));
        RAZORPAY.answer("GET", tokenPath, 200, "{\"id\":\"token_Ab12Cd34Ef56Gh\",\"entity\":\"token\","
                + "\"method\":\"emandate\",\"recurring\":true,\"recurring_details\":{\"status\":\"confirmed\"},"
                + "\"max_amount\":500000}");
        Api.Response aboveAuthorised = api.post(activate, admin, mandate("10000"));
        RAZORPAY.answer("GET", tokenPath, 200, "{\"id\":\"token_Ab12Cd34Ef56Gh\",\"entity\":\"token\","
                + "\"method\":\"emandate\",\"recurring\":true,\"recurring_details\":{\"status\":\"confirmed\"},"
                + "\"max_amount\":5000000}");
        Api.Response activated = api.post(activate, admin, mandate(null));

        assertThat(notConfirmed.status()).isEqualTo(422);
        assertThat(notConfirmed.body().path("errors").path("token_id").get(0).asText()).contains("initiated");
        assertThat(aboveAuthorised.status()).isEqualTo(422);
        assertThat(activated.status()).as(activated.body().toString()).isEqualTo(200);
        assertThat(activated.data().path("mandate_status").asText()).isEqualTo("active");

        String orderId = "order_Live" + String.format("%010d", System.nanoTime() % 10_000_000_000L);
        RAZORPAY.answer("POST", "/v1/orders", 200, "{\"id\":\"" + orderId + "\",\"entity\":\"order\","
                + "\"amount\":250000,\"currency\":\"INR\",\"status\":\"created\"}");
        RAZORPAY.answer("GET", "/v1/customers/cust_Ab12Cd34Ef56Gh", 200, "{\"id\":\"cust_Ab12Cd34Ef56Gh\","
                + "\"entity\":\"customer\",\"email\":\"accounts@cityhospital.test\",\"contact\":\"+919876543210\"}");
        RAZORPAY.answer("POST", "/v1/payments/create/recurring", 200, "{\"razorpay_payment_id\":"
                + "\"pay_LiveRecurring01\",\"razorpay_order_id\":\"" + orderId + "\",\"razorpay_signature\":\"x\"}");

        MandateTopUpReceipt ordered = commands.sendAndWait(new TopUpThroughMandateCommand(new VirtualAccountId(id),
                Money.ofRupees(2_500), "low-balance-alert:live:1"));

        assertThat(ordered.orderId()).isEqualTo(orderId);
        assertThat(ordered.paymentId()).isEqualTo("pay_LiveRecurring01");
        JsonNode order = JSON.readTree(last("POST", "/v1/orders").body());
        assertThat(order.path("amount").asLong()).isEqualTo(250_000);
        assertThat(order.path("currency").asText()).isEqualTo("INR");
        assertThat(order.path("receipt").asText()).isEqualTo("va-" + id + "-topup-1");
        JsonNode recurring = JSON.readTree(last("POST", "/v1/payments/create/recurring").body());
        assertThat(recurring.path("order_id").asText()).isEqualTo(orderId);
        assertThat(recurring.path("customer_id").asText()).isEqualTo("cust_Ab12Cd34Ef56Gh");
        assertThat(recurring.path("token").asText()).isEqualTo("token_Ab12Cd34Ef56Gh");
        assertThat(recurring.path("recurring").asText()).isEqualTo("1");
        assertThat(recurring.path("amount").asLong()).isEqualTo(250_000);
        assertThat(recurring.path("email").asText()).isEqualTo("accounts@cityhospital.test");
        assertThat(recurring.path("contact").asText()).isEqualTo("+919876543210");
        assertThat(eventCount(hospital, "WalletCreditedEvent")).as("nothing before Razorpay confirms").isZero();

        int ordersBefore = RAZORPAY.received("POST", "/v1/orders").size();
        MandateTopUpReceipt again = commands.sendAndWait(new TopUpThroughMandateCommand(new VirtualAccountId(id),
                Money.ofRupees(2_500), "low-balance-alert:live:1"));
        assertThat(again.orderId()).isEqualTo(orderId);
        assertThat(RAZORPAY.received("POST", "/v1/orders")).as("the same trigger orders nothing again")
                .hasSize(ordersBefore);

        String body = captured(orderId, "pay_LiveRecurring01", 250_000);
        Api.Response confirmed = api.post(WEBHOOK, null, body, Map.of("X-Razorpay-Signature",
                webhookSignature(body)));
        assertThat(confirmed.text("data.outcome")).isEqualTo("credited");
        awaitWallet(hospital, hospital.walletPath(), "2500.00");
        awaitCleanAudit(admin);
    }

    private static FakeRazorpay.Received last(String method, String path) {
        List<FakeRazorpay.Received> requests = RAZORPAY.received(method, path);
        assertThat(requests).as(method + " " + path + " sent").isNotEmpty();
        return requests.get(requests.size() - 1);
    }

    private static FakeRazorpay start() {
        try {
            return new FakeRazorpay();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
