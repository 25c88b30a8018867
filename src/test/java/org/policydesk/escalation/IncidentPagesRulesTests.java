package org.policydesk.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.policydesk.web.FormError;
import org.policydesk.workflow.Actor;
import org.policydesk.workflow.Groups;
import org.policydesk.workflow.NotEntitledException;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

/** The escalation pages' own rules, without the engine: screenshots, who reads what, filters, the date posted. */
class IncidentPagesRulesTests {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 1, 2};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16};
    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-', '1', '.', '7'};

    @Test
    void aScreenshotIsAPngJpegOrPdfByItsFirstBytesWhateverItsName() {
        assertThat(EscalationRules.requireScreenshot(new Upload("scan.pdf", PNG))).isEqualTo(ScreenshotType.PNG);
        assertThat(EscalationRules.requireScreenshot(new Upload("photo.png", JPEG))).isEqualTo(ScreenshotType.JPEG);
        assertThat(EscalationRules.requireScreenshot(new Upload("photo.png", PDF))).isEqualTo(ScreenshotType.PDF);

        for (byte[] other : new byte[][] {{'M', 'Z', (byte) 0x90, 0}, "GIF89a".getBytes(), "<svg onload=x>".getBytes(),
            Arrays.copyOf(PNG, 5), {'%', 'P', 'D', 'F'}}) {
            assertThatThrownBy(() -> EscalationRules.requireScreenshot(new Upload("photo.png", other)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("The screenshot must be a PNG or JPEG image or a PDF");
        }
        assertThatThrownBy(() -> EscalationRules.requireScreenshot(new Upload("empty.png", new byte[0])))
            .hasMessageStartingWith("The screenshot you chose is empty.");
    }

    @Test
    void aScreenshotMayBeTenMegabytesButNotAByteMore() {
        assertThat(EscalationRules.requireScreenshot(new Upload("big.png", Arrays.copyOf(PNG, 10 * 1024 * 1024))))
            .isEqualTo(ScreenshotType.PNG);
        assertThatThrownBy(() -> EscalationRules.requireScreenshot(new Upload("big.png", Arrays.copyOf(PNG, 10 * 1024 * 1024 + 1))))
            .hasMessage("The screenshot is larger than 10 MB. Choose a smaller file; nothing was saved.");
    }

    @Test
    void onlyStaffMayNameThePosterFromThePeopleRegister() {
        ReportedComment named = ReportedComment.of("Facebook", "text").postedBy("Emma B", 7L);
        EscalationRules.requireMayNamePoster(actor("sjones", Groups.STAFF), named);
        EscalationRules.requireMayNamePoster(actor("hnguyen", Groups.GOVERNORS), ReportedComment.of("Facebook", "text"));

        assertThatThrownBy(() -> EscalationRules.requireMayNamePoster(actor("hnguyen", Groups.GOVERNORS), named))
            .isInstanceOf(NotEntitledException.class).hasMessageStartingWith("Only staff may pick who posted it");
    }

    @Test
    void theRegistersReadersSeeIncidentsButOnlyLeadershipTheHeadAndTheOfficeSeeNames() {
        Incident bySarah = incident("sjones", LocalDateTime.of(2026, 3, 2, 9, 0));
        for (String group : new String[] {Groups.LEADERSHIP_TEAM, Groups.HEAD_TEACHER, Groups.OFFICE}) {
            assertThat(IncidentReaders.mayRead(actor("x", group), bySarah)).isTrue();
            assertThat(IncidentReaders.maySeeNames(actor("x", group))).isTrue();
        }
        for (String group : new String[] {Groups.CLERK, Groups.GOVERNORS, Groups.CHAIR_OF_GOVERNORS}) {
            assertThat(IncidentReaders.mayRead(actor("x", group), bySarah)).isTrue();
            assertThat(IncidentReaders.maySeeNames(actor("x", group))).isFalse();
            assertThatThrownBy(() -> IncidentReaders.requireMaySeeEvidence(actor("x", group), bySarah, false))
                .isInstanceOf(NotEntitledException.class);
        }
        IncidentReaders.requireMaySeeEvidence(actor("x", Groups.CHAIR_OF_GOVERNORS), bySarah, true);
        assertThat(IncidentReaders.mayRead(actor("sjones", Groups.STAFF), bySarah)).isTrue();
        assertThat(IncidentReaders.mayRead(actor("tbaker", Groups.STAFF), bySarah)).isFalse();
        assertThat(IncidentReaders.mayRead(new Actor("y", "other-school", Set.of(Groups.LEADERSHIP_TEAM)), bySarah)).isFalse();
    }

    @Test
    void theRegistersFiltersKeepWhatMatchesAndSayWhatIsNotAChoice() {
        Incident march = incident("sjones", LocalDateTime.of(2026, 3, 2, 9, 0));
        IncidentFilter filter = IncidentFilter.parse(Map.of("status", "OPEN", "from", "2026-03-02", "to", "2026-03-02"));
        assertThat(filter.errors()).isEmpty();
        assertThat(filter.matches(march)).isTrue();
        assertThat(filter.describe()).isEqualTo("Open; reported from 2 March 2026 to 2 March 2026");
        assertThat(filter.query()).isEqualTo("?status=OPEN&from=2026-03-02&to=2026-03-02");
        assertThat(IncidentFilter.parse(Map.of("from", "2026-03-03")).matches(march)).isFalse();
        assertThat(IncidentFilter.parse(Map.of("category", "DEFAMATORY")).matches(march)).isFalse();

        Map<String, String> wrong = new HashMap<>(Map.of("status", "LOST", "path", "<script>", "to", "yesterday"));
        IncidentFilter partly = IncidentFilter.parse(wrong);
        assertThat(partly.errors()).extracting(FormError::field).containsExactly("status", "path", "to");
        assertThat(partly.isEmpty()).isTrue();
        assertThat(IncidentFilter.parse(Map.of("from", "2026-03-05", "to", "2026-03-01")).errors())
            .extracting(FormError::message).containsExactly("The last day must be the same as or after the first day");
    }

    @Test
    void theDatePostedIsADayMonthAndYearWithAnOptionalTime() {
        assertThat(report("2", "3", "2026", "7:45pm").postedAt()).isEqualTo(LocalDateTime.of(2026, 3, 2, 19, 45));
        assertThat(report("2", "3", "2026", "12:05am").postedAt()).isEqualTo(LocalDateTime.of(2026, 3, 2, 0, 5));
        assertThat(report("2", "3", "2026", "").postedAt()).isEqualTo(LocalDate.of(2026, 3, 2).atStartOfDay());
        assertThat(report("", "", "", "").postedAt()).isNull();

        assertThat(errorsOn(report("2", "3", "2026", "19:45"))).isEmpty();
        assertThat(errorsOn(report("31", "2", "2026", ""))).containsExactly("postedDay");
        assertThat(errorsOn(report("2", "", "2026", ""))).containsExactly("postedMonth");
        assertThat(errorsOn(report("2", "3", "26", ""))).containsExactly("postedDay");
        assertThat(errorsOn(report("2", "3", "2026", "25:00"))).containsExactly("postedTime");
        assertThat(errorsOn(report("", "", "", "7pm"))).containsExactly("postedDay");
    }

    private static CommentReport report(String day, String month, String year, String time) {
        return new CommentReport("Facebook", null, day, month, year, time, null, null, "text");
    }

    private static java.util.List<String> errorsOn(CommentReport report) {
        Errors errors = new BeanPropertyBindingResult(report, "commentReport");
        new CommentReport.PostedAtValid().validate(report, errors);
        return errors.getFieldErrors().stream().map(error -> error.getField()).toList();
    }

    private static Actor actor(String userId, String... groups) {
        return new Actor(userId, "keston", Set.of(groups));
    }

    private static Incident incident(String reportedBy, LocalDateTime reportedAt) {
        return new Incident(1, "keston", reportedBy, reportedAt, "Facebook", null, null, null, null, "text", null, null,
            null, null, null, false, false, false, false, false, null, null, null, null, null, null, null, null, null,
            IncidentStatus.OPEN, null, null, null, null);
    }
}
