package org.policydesk.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.policydesk.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

class ProbeTests extends WebTestSupport {

    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    @Test
    void probe() throws Exception {
        
        String[] gets = {"/admin/people/abc", "/official-users/abc", "/admin/absences/abc/end", "/incidents/tasks/triage/%00", "/incidents?category=NOT_A_CATEGORY", "/incidents?status=FOO&path=BAR&from=xx",
            "/incidents/register.xlsx?category=NOT_A_CATEGORY", "/registers/FOO.xlsx", "/registers/handovers.exe",
            "/registers/handovers.xlsx?status=FOO", "/handovers?status=FOO", "/accounts?status=FOO",
            "/acknowledgements?subject=FOO", "/governors?term=FOO", "/governors/report.pdf?term=FOO",
            "/tasks?tab=FOO", "/tasks/nope", "/incidents/tasks/triage/nope", "/incidents/tasks/FOO/nope",
            "/official-use/decide/nope", "/handovers/chase/nope", "/acknowledgements/acknowledge/nope",
            "/incidents/99", "/handovers/99", "/accounts/99", "/official-users/99", "/admin/people/99",
            "/incidents/1/documents/../../data/policydesk.mv.db", "/incidents/1/documents/%2e%2e%2fx",
            "/admin/absences/99/end", "/acknowledgements/99"};
        for (String url : gets) {
            String who = url.startsWith("/admin") ? "itadmin" : "hellis";
            MvcResult r = mvc.perform(get(url).with(user(who).roles())).andReturn();
            System.out.println("GET " + url + " -> " + r.getResponse().getStatus() + " " + r.getResponse().getErrorMessage()
                + " " + (r.getResolvedException() == null ? "" : r.getResolvedException().getClass().getSimpleName() + ": " + r.getResolvedException().getMessage()));
        }
        String[][] posts = {{"/handovers/leaving", "personId", "abc"}, {"/official-use/decide/nope", "approve", "maybe"}, {"/admin/people/abc/disable", "reason", "x"}, {"/official-users/abc/revoke", "reason", "x"}, {"/admin/people/new", "kind", "FOO"}, {"/admin/people/1", "group:admin", "FOO"}, {"/incidents/tasks/triage/nope", "whoPosted", "FOO"}, {"/tasks/nope/claim", "x", "y"},
            {"/profile", "mode", "FOO"}, {"/official-use/decide/nope", "decision", "FOO"},
            {"/handovers/leaving", "person", "abc"}, {"/official-users/1/revoke", "reason", "x"}};
        for (String[] p : posts) {
            MvcResult r = mvc.perform(post(p[0]).with(user("hellis")).with(csrf()).param(p[1], p[2])).andReturn();
            System.out.println("POST " + p[0] + " -> " + r.getResponse().getStatus() + " " + r.getResponse().getRedirectedUrl() + " " + r.getFlashMap()
                + " " + (r.getResolvedException() == null ? "" : r.getResolvedException().getClass().getSimpleName() + ": " + r.getResolvedException().getMessage()));
        }
    }
}
