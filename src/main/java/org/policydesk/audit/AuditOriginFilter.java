package org.policydesk.audit;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.filter.OrderedFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.RequestContextFilter;

/**
 * Makes the current request visible to {@link AuditOrigin} from the very start of the filter
 * chain. Spring Boot normally does this, but with Camunda's REST API (Jersey) on the classpath
 * the filter is registered after Spring Security's, and sign-ins, failed sign-ins and sign-outs
 * (which happen inside Spring Security's filters) would be audited without their client's address.
 * Registered at Spring Boot's usual place, before the security filters and after the forwarded
 * header handling.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class AuditOriginFilter {

    @Bean
    FilterRegistrationBean<RequestContextFilter> auditRequestContextFilter() {
        FilterRegistrationBean<RequestContextFilter> registration = new FilterRegistrationBean<>(new RequestContextFilter());
        registration.setName("auditRequestContextFilter");
        registration.setOrder(OrderedFilter.REQUEST_WRAPPER_FILTER_MAX_ORDER - 105);
        return registration;
    }
}
