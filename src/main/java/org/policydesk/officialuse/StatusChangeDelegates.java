package org.policydesk.officialuse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service tasks of {@code official-use.bpmn} that change an official user's status. */
@Configuration
class StatusChangeDelegates {

    @Bean
    StatusChangeDelegate suspendOfficialUse(OfficialUseService service) {
        return new StatusChangeDelegate(service, OfficialUseStatus.SUSPENDED, null);
    }

    @Bean
    StatusChangeDelegate resumeOfficialUse(OfficialUseService service) {
        return new StatusChangeDelegate(service, OfficialUseStatus.ACTIVE, null);
    }

    @Bean
    StatusChangeDelegate revokeOfficialUse(OfficialUseService service) {
        return new StatusChangeDelegate(service, OfficialUseStatus.REVOKED, "REVOKED");
    }

    @Bean
    StatusChangeDelegate endOfficialUse(OfficialUseService service) {
        return new StatusChangeDelegate(service, OfficialUseStatus.ENDED, "LEFT");
    }
}
