package org.policydesk.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.policydesk.workflow.Actor;
import org.policydesk.workflow.NotEntitledException;

/** Who may manage retention, the schedule in words and where a period ends; no engine, no database. */
class RetentionRulesTests {

    @Test
    void onlyTheAdministratorAndTheHeadTeacherMayManageRetention() {
        assertThat(RetentionRules.mayManage(actor("admin"))).isTrue();
        assertThat(RetentionRules.mayManage(actor("head-teacher", "staff"))).isTrue();
        for (String group : new String[] {"chair-of-governors", "governors", "deputy-head", "office", "clerk", "staff"}) {
            assertThatThrownBy(() -> RetentionRules.requireMayManage(actor(group)))
                .isInstanceOf(NotEntitledException.class)
                .hasMessage("Only the administrator or the Head Teacher may see and run the retention schedule.");
        }
    }

    @Test
    void periodsReadAsWords() {
        assertThat(ScheduleLine.inWords(Period.ofYears(6))).isEqualTo("6 years");
        assertThat(ScheduleLine.inWords(Period.of(1, 6, 0))).isEqualTo("1 year and 6 months");
        assertThat(ScheduleLine.of(RecordKind.INCIDENT, Period.ofYears(6)))
            .isEqualTo(new ScheduleLine("Incidents (escalations)", "6 years", "the closure",
                "anonymised (counts by category and outcome kept)"));
    }

    /** Ended on 24 November 2026: kept through 24 November 2032, erasable from the 25th. */
    @Test
    void aRecordIsKeptThroughTheAnniversaryOfItsEndAndExpiresTheDayAfter() {
        LocalDateTime ended = LocalDateTime.of(2026, 11, 24, 16, 30);
        assertThat(ended.isBefore(ExpiredRecords.cutoff(LocalDate.of(2032, 11, 24), Period.ofYears(6)))).isFalse();
        assertThat(ended.isBefore(ExpiredRecords.cutoff(LocalDate.of(2032, 11, 25), Period.ofYears(6)))).isTrue();
    }

    private static Actor actor(String... groups) {
        return new Actor("someone", "keston", Set.of(groups));
    }
}
