package org.policydesk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.policydesk.WebTestSupport;
import org.policydesk.officialuse.OfficialUseProcess;
import org.policydesk.officialuse.OfficialUseService;
import org.springframework.beans.factory.annotation.Autowired;

class TaskListTests extends WebTestSupport {

    @Autowired OfficialUseService officialUse;

    private Task sarahsRequest() {
        long id = officialUse.request(actor("sjones"), person("sjones").id(), "Class news on Instagram");
        return openTask(OfficialUseProcess.TASK_DECIDE, id);
    }

    @Test
    void aGroupTaskWaitsUnderMyGroupsWithItsSubjectAndDueDateInWords() throws Exception {
        Task task = sarahsRequest();
        mvc.perform(get("/tasks").param("tab", "groups").with(user("hellis")))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Approve or refuse official use")))
            .andExpect(content().string(containsString("Sarah Jones")))
            .andExpect(content().string(containsString("due in 5 days")))
            .andExpect(content().string(containsString("/official-use/decide/" + task.getId())))
            .andExpect(content().string(containsString("/tasks/" + task.getId() + "/claim")));
        mvc.perform(get("/tasks").param("tab", "mine").with(user("hellis")))
            .andExpect(content().string(containsString("Nothing is waiting for you.")));
        mvc.perform(get("/").with(user("hellis")))
            .andExpect(content().string(containsString("Sarah Jones")));
    }

    @Test
    void peopleOutsideTheCandidateGroupsNeitherSeeNorOpenTheTask() throws Exception {
        Task task = sarahsRequest();
        mvc.perform(get("/tasks").param("tab", "all").with(user("tbaker")))
            .andExpect(content().string(not(containsString("Approve or refuse official use"))));
        mvc.perform(get("/tasks/" + task.getId()).with(user("tbaker"))).andExpect(status().isForbidden());
        mvc.perform(get("/tasks/" + task.getId()).with(user("hellis")))
            .andExpect(redirectedUrl("/official-use/decide/" + task.getId()));
    }

    @Test
    void takingAGroupTaskMakesItMineAndHandingItBackReturnsItToTheGroup() throws Exception {
        Task task = sarahsRequest();
        mvc.perform(post("/tasks/" + task.getId() + "/claim").with(user("hellis")).with(csrf()))
            .andExpect(redirectedUrl("/tasks?tab=mine"));
        assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isEqualTo("hellis");
        mvc.perform(get("/tasks").param("tab", "mine").with(user("hellis")))
            .andExpect(content().string(containsString("/tasks/" + task.getId() + "/hand-back")));
        mvc.perform(get("/tasks").param("tab", "all").with(user("dmensah")))
            .andExpect(content().string(containsString("Helen Ellis")));

        mvc.perform(post("/tasks/" + task.getId() + "/hand-back").with(user("hellis")).with(csrf()))
            .andExpect(redirectedUrl("/tasks?tab=groups"));
        assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isNull();
    }

    @Test
    void aTaskAlreadyTakenCannotBeTakenAgainAndOutsidersCannotTakeIt() throws Exception {
        Task task = sarahsRequest();
        mvc.perform(post("/tasks/" + task.getId() + "/claim").with(user("tbaker")).with(csrf()))
            .andExpect(status().isForbidden());
        mvc.perform(post("/tasks/" + task.getId() + "/claim").with(user("hellis")).with(csrf()));
        mvc.perform(post("/tasks/" + task.getId() + "/claim").with(user("dmensah")).with(csrf()))
            .andExpect(status().isConflict())
            .andExpect(content().string(containsString("already been completed or taken by someone else")));
        mvc.perform(post("/tasks/" + task.getId() + "/hand-back").with(user("dmensah")).with(csrf()))
            .andExpect(status().isConflict());
        assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isEqualTo("hellis");
    }

    @Test
    void overdueTasksAreCountedOnTheHomePageAndListedWithDaysOverdue() throws Exception {
        sarahsRequest();
        ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(7))));
        mvc.perform(get("/tasks").param("tab", "overdue").with(user("hellis")))
            .andExpect(content().string(containsString("2 days overdue")));
        mvc.perform(get("/").with(user("hellis")))
            .andExpect(content().string(containsString("pd-count__number pd-overdue\">1</span>")));
        mvc.perform(get("/tasks").param("tab", "overdue").with(user("tbaker")))
            .andExpect(content().string(containsString("Nothing you may deal with is overdue.")));
    }

    @Test
    void aTaskGivenToSomeoneByNameCannotBeHandedBack() throws Exception {
        long id = officialUse.request(actor("sjones"), person("sjones").id(), "Class news");
        officialUse.decide(actor("hellis"), openTask(OfficialUseProcess.TASK_DECIDE, id).getId(), true, "Yes");
        officialUse.recordAccounts(actor("sjones"), openTask(OfficialUseProcess.TASK_RECORD_ACCOUNTS, id).getId(),
            java.util.List.of(new org.policydesk.accounts.AccountDetails("Instagram", "@keston", "keston",
                org.policydesk.accounts.Secret.of("Blue-Kite-47"))));
        Task guidance = openTask(OfficialUseProcess.TASK_ACKNOWLEDGE_GUIDANCE, id);
        mvc.perform(get("/tasks").param("tab", "mine").with(user("sjones")))
            .andExpect(content().string(containsString("Acknowledge the rules and guidance")))
            .andExpect(content().string(not(containsString("/hand-back"))));
        mvc.perform(post("/tasks/" + guidance.getId() + "/hand-back").with(user("sjones")).with(csrf()))
            .andExpect(status().isForbidden());
        assertThat(taskService.createTaskQuery().taskId(guidance.getId()).singleResult().getAssignee()).isEqualTo("sjones");
    }
}
