package com.shiftledger.app.partner;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.shiftledger.app.web.ErrorResponses;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.InetAddress;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Partner clients and their webhooks: the secret cipher and its key, the webhook URL rule, the HTTP client webhooks
 * are sent with (5 s to connect, 10 s for an answer, no redirects), the retry schedule, the db-scheduler task of a
 * delivery attempt, and the partner key filter, which runs inside the security chain only.
 */
@Configuration
@EnableConfigurationProperties(PartnerProperties.class)
class PartnerConfiguration {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    @Bean
    SecretCipher webhookSecretCipher(PartnerProperties properties, JdbcTemplate jdbc, Clock clock) {
        return new SecretCipher(EncryptionKeySource.keyOf(properties, jdbc, clock));
    }

    @Bean
    WebhookUrlPolicy webhookUrlPolicy(PartnerProperties properties) {
        return new WebhookUrlPolicy(properties.allowPrivateWebhookUrls(), InetAddress::getAllByName);
    }

    @Bean
    WebhookSender webhookSender(WebhookUrlPolicy policy, Clock clock) {
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        return new WebhookSender(policy, http, REQUEST_TIMEOUT, clock);
    }

    @Bean
    RetrySchedule webhookRetrySchedule(PartnerProperties properties) {
        return new RetrySchedule(properties.retrySchedule(), () -> ThreadLocalRandom.current().nextDouble());
    }

    /**
     * The db-scheduler task that makes one delivery attempt of one webhook. The delivery is looked up when a task
     * runs: it schedules tasks itself, and the scheduler is built from the tasks.
     */
    @Bean
    OneTimeTask<Void> partnerWebhookTask(ObjectProvider<WebhookDelivery> delivery) {
        return Tasks.oneTime(WebhookDispatch.TASK)
                .execute((instance, context) -> delivery.getObject().attempt(instance.getId()));
    }

    @Bean
    PartnerKeyFilter partnerKeyFilter(PartnerRegistry registry, ErrorResponses errors) {
        return new PartnerKeyFilter(registry, errors);
    }

    /** The partner key filter runs inside the security chain (see SecurityConfiguration), never as a servlet filter. */
    @Bean
    FilterRegistrationBean<PartnerKeyFilter> partnerKeyFilterOutsideSecurity(PartnerKeyFilter filter) {
        FilterRegistrationBean<PartnerKeyFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setEnabled(false);
        return registration;
    }
}
