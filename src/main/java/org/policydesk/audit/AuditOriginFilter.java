package org.policydesk.audit;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.filter.OrderedRequestContextFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Makes the current request visible to {@link AuditOrigin} from the very start of the filter
 * chain. Spring Boot normally does this, but with Camunda's REST API (Jersey) on the classpath
 * Jersey's own request-context filter is registered instead, after Spring Security's, and sign-ins,
 * failed sign-ins and sign-outs (which happen inside Spring Security's filters) would be audited
 * without their client's address. Declaring Spring Boot's usual filter here makes Jersey's back off;
 * it runs at its usual place, before the security filters and after the forwarded header handling.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class AuditOriginFilter {

    @Bean
    OrderedRequestContextFilter requestContextFilter() {
        return new OrderedRequestContextFilter();
    }
}
