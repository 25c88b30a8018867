package org.policydesk.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.policydesk.web.FormError;

class AuditFilterTests {

    @Test
    void typedFiltersBecomeTheQueryAndTheLinksKeepThem() {
        AuditFilter filter = AuditFilter.parse("keston", Map.of("person", " sjones ", "recordType", "incident",
            "recordId", "7", "fromDay", "1", "fromMonth", "9", "fromYear", "2026", "page", "3"));

        assertThat(filter.errors()).isEmpty();
        assertThat(filter.query().actor()).isEqualTo("sjones");
        assertThat(filter.query().from()).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(filter.query().to()).isNull();
        assertThat(filter.page()).isEqualTo(3);
        assertThat(filter.queryString()).isEqualTo("person=sjones&recordType=incident&recordId=7&fromDay=1&fromMonth=9&fromYear=2026");
    }

    @Test
    void aFilterThatCannotBeUnderstoodIsNamedAndLeftOut() {
        AuditFilter filter = AuditFilter.parse("keston", Map.of("fromDay", "1", "fromMonth", "9", "fromYear", "2026",
            "toDay", "31", "toMonth", "8", "toYear", "2026", "recordId", "x".repeat(65), "page", "-2"));

        assertThat(filter.errors()).extracting(FormError::field).containsExactlyInAnyOrder("recordId", "to");
        assertThat(filter.query().to()).isNull();
        assertThat(filter.query().recordId()).isNull();
        assertThat(filter.page()).isEqualTo(1);
        assertThat(AuditFilter.parse("keston", Map.of("fromDay", "30", "fromMonth", "2", "fromYear", "2026")).errors())
            .extracting(FormError::message).containsExactly("Enter the first day as a real date, such as 27 3 2026");
        assertThat(AuditFilter.parse("keston", Map.of()).isEmpty()).isTrue();
    }
}
