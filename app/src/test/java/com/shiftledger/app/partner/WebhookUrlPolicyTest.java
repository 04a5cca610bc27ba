package com.shiftledger.app.partner;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Where webhooks may go, with a resolver the test feeds: public https only, unless private URLs are allowed. */
class WebhookUrlPolicyTest {

    private static final String PUBLIC = "93.184.215.14";

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.1.2.3", "10.0.0.5", "172.16.0.1", "172.31.255.255", "192.168.1.1",
            "169.254.169.254", "169.254.0.1", "100.64.0.1", "100.127.255.254", "0.0.0.0", "0.1.2.3", "224.0.0.1",
            "255.255.255.255", "240.0.0.1", "::1", "::", "fc00::1", "fd12:3456::1", "fd00:ec2::254", "fe80::1",
            "ff02::1", "::ffff:10.0.0.1", "::10.0.0.1", "64:ff9b::a9fe:a9fe"})
    void refusesAHostThatResolvesToANonPublicAddress(String address) throws Exception {
        WebhookUrlPolicy policy = policy(false, Map.of("partner.example", address));

        assertThat(policy.refusal("https://partner.example/hooks")).get().asString()
                .contains("partner.example").contains("non-public");
    }

    @Test
    void refusesAHostWithAnyNonPublicAddressAmongPublicOnes() throws Exception {
        WebhookUrlPolicy policy = new WebhookUrlPolicy(false, host -> new InetAddress[]{
                InetAddress.getByName(PUBLIC), InetAddress.getByName("10.1.1.1")});

        assertThat(policy.refusal("https://partner.example/hooks")).isPresent();
    }

    @Test
    void acceptsHttpsToAPublicAddress() throws Exception {
        WebhookUrlPolicy policy = policy(false, Map.of("partner.example", PUBLIC, "v6.example", "2606:2800:21f::1"));

        assertThat(policy.refusal("https://partner.example/hooks/intelycare?x=1")).isEmpty();
        assertThat(policy.refusal("https://partner.example:8443/hooks")).isEmpty();
        assertThat(policy.refusal("https://v6.example/hooks")).isEmpty();
        assertThat(policy.refusal("https://" + PUBLIC + "/hooks")).isEmpty();
        assertThat(policy.refusal("https://[2606:2800:21f::1]/hooks")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://partner.example/hooks", "ftp://partner.example/hooks", "partner.example/hooks",
            "https:///hooks", "https://user:secret@partner.example/hooks", "https://partner.example/hooks#part",
            "mailto:hooks@partner.example", "https://partner example/hooks", ""})
    void refusesWhatIsNotAnHttpsUrlWithAHost(String url) throws Exception {
        assertThat(policy(false, Map.of("partner.example", PUBLIC)).refusal(url)).isPresent();
    }

    @Test
    void refusesAHostThatCannotBeResolved() throws Exception {
        assertThat(policy(false, Map.of()).refusal("https://nowhere.example/hooks")).get().asString()
                .contains("cannot be resolved");
    }

    @Test
    void refusesAUrlLongerThan2000Characters() throws Exception {
        String url = "https://partner.example/" + "a".repeat(2000);
        assertThat(policy(false, Map.of("partner.example", PUBLIC)).refusal(url)).isPresent();
    }

    @Test
    void withPrivateUrlsAllowedAcceptsPlainHttpAndLocalAddressesWithoutResolving() {
        WebhookUrlPolicy policy = new WebhookUrlPolicy(true, host -> {
            throw new UnknownHostException(host);
        });

        assertThat(policy.refusal("http://127.0.0.1:8080/hooks")).isEmpty();
        assertThat(policy.refusal("https://localhost/hooks")).isEmpty();
        assertThat(policy.refusal("http://10.0.0.5/hooks")).isEmpty();
        assertThat(policy.refusal("ftp://127.0.0.1/hooks")).isPresent();
    }

    private static WebhookUrlPolicy policy(boolean allowPrivate, Map<String, String> dns) {
        return new WebhookUrlPolicy(allowPrivate, host -> {
            String address = dns.get(host);
            if (address == null && host.matches("[0-9.]+|[0-9a-fA-F:]+")) {
                return new InetAddress[]{InetAddress.getByName(host)};
            }
            if (address == null) {
                throw new UnknownHostException(host);
            }
            return new InetAddress[]{InetAddress.getByName(address)};
        });
    }
}
