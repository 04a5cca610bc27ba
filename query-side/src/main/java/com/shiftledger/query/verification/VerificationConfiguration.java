package com.shiftledger.query.verification;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The db-scheduler task that runs one verification; its instance id is the verification's id. */
@Configuration
class VerificationConfiguration {

    static final String TASK = "ledger-verification";

    @Bean
    OneTimeTask<Void> ledgerVerificationTask(VerificationRun run) {
        return Tasks.oneTime(TASK).execute((instance, context) -> run.run(Long.parseLong(instance.getId()),
                () -> context.getSchedulerState().isShuttingDown() || Thread.currentThread().isInterrupted()));
    }
}
