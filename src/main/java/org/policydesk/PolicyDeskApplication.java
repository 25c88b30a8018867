package org.policydesk;

import java.time.Clock;

import org.policydesk.commandline.PolicyDeskCommandLine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
@ConfigurationPropertiesScan
public class PolicyDeskApplication {

    /** Starts the server, or runs a batch command (merge, register, governors-report, help) and exits. */
    public static void main(String[] args) {
        if (PolicyDeskCommandLine.isCommand(args)) {
            System.exit(PolicyDeskCommandLine.run(PolicyDeskApplication.class, args));
        }
        SpringApplication.run(PolicyDeskApplication.class, args);
    }

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
