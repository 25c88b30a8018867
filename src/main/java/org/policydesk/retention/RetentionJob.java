package org.policydesk.retention;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the retention schedule once a day ({@code policydesk.retention.cron}, as of the clock's
 * today), only with {@code policydesk.retention.schedule=true}, so tests call {@link Retention}
 * themselves. Every node has the job; the one that claims the day in retention_scheduled_run runs it.
 */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "policydesk.retention.schedule", havingValue = "true")
class RetentionJob {

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

    private final Retention retention;
    private final JdbcClient jdbc;
    private final Clock clock;

    RetentionJob(Retention retention, JdbcClient jdbc, Clock clock) {
        this.retention = retention;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Scheduled(cron = "${policydesk.retention.cron:0 0 2 * * *}")
    void runDaily() {
        LocalDate today = LocalDate.now(clock);
        try {
            jdbc.sql("insert into retention_scheduled_run (run_on, started_at) values (?, ?)")
                .params(today, LocalDateTime.now(clock)).update();
        } catch (DuplicateKeyException anotherNodeHasIt) {
            return;
        }
        RetentionResult result = retention.run(today);
        log.info("Retention as of {}: {} records erased, {} files deleted, {} problems", today, result.total(),
            result.filesDeleted(), result.problems().size());
        result.problems().forEach(problem -> log.warn("Retention: {}", problem));
    }
}
