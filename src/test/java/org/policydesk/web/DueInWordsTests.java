package org.policydesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

class DueInWordsTests {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 10, 14, 0);

    @Test
    void laterTodayIsDueToday() {
        assertThat(DueInWords.of(NOW.withHour(17), NOW)).isEqualTo("due today");
        assertThat(DueInWords.isOverdue(NOW.withHour(17), NOW)).isFalse();
    }

    @Test
    void anyTimeTomorrowIsDueTomorrow() {
        assertThat(DueInWords.of(NOW.plusDays(1).withHour(8), NOW)).isEqualTo("due tomorrow");
        assertThat(DueInWords.of(NOW.plusDays(1).withHour(23), NOW)).isEqualTo("due tomorrow");
    }

    @Test
    void laterDaysAreCountedByTheCalendar() {
        assertThat(DueInWords.of(NOW.plusDays(3).withHour(9), NOW)).isEqualTo("due in 3 days");
        assertThat(DueInWords.of(NOW.plusDays(14), NOW)).isEqualTo("due in 14 days");
    }

    @Test
    void aMomentPassedEarlierTodayIsOverdueToday() {
        assertThat(DueInWords.of(NOW.withHour(9), NOW)).isEqualTo("overdue today");
        assertThat(DueInWords.isOverdue(NOW.withHour(9), NOW)).isTrue();
    }

    @Test
    void pastDaysAreCountedAsDaysOverdue() {
        assertThat(DueInWords.of(NOW.minusDays(1).withHour(18), NOW)).isEqualTo("1 day overdue");
        assertThat(DueInWords.of(NOW.minusDays(3), NOW)).isEqualTo("3 days overdue");
    }

    @Test
    void noDueDateSaysSo() {
        assertThat(DueInWords.of(null, NOW)).isEqualTo("no due date");
        assertThat(DueInWords.isOverdue(null, NOW)).isFalse();
    }
}
