package org.policydesk.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.policydesk.demo.DemoSchool;
import org.policydesk.people.People;
import org.policydesk.people.PersonStatus;
import org.policydesk.DemoSchoolTestSupport;
import org.springframework.beans.factory.annotation.Autowired;

/** Documents for the demo school, through the one-line API a process step uses. */
class DocumentsIntegrationTests extends DemoSchoolTestSupport {

    @Autowired Documents documents;
    @Autowired Letterheads letterheads;
    @Autowired OutputStore output;
    @Autowired People people;

    @Test
    void theLetterheadComesFromTheSchoolProfileAndWhoHoldsTheSigningRoles() {
        Letterhead keston = letterheads.of(DemoSchool.SCHOOL_ID);

        assertThat(keston.name()).isEqualTo("Keston Primary School and Nursery");
        assertThat(keston.addressLines()).containsExactly("Lakes Road", "Keston", "Kent BR2 6BN");
        assertThat(keston.logo()).isEqualTo("_layout/logo.png");
        assertThat(keston.headTeacher()).isEqualTo(new Signatory("Helen Ellis", "Head Teacher"));
        assertThat(keston.deputyHead()).isEqualTo(new Signatory("David Mensah", "Deputy Head Teacher"));
        assertThat(keston.chairOfGovernors()).isEqualTo(new Signatory("Catherine Whitfield", "Chair of Governors"));
    }

    @Test
    void aLetterIsRenderedForTheSchoolAndStoredUnderOutput() {
        StoredDocument letter = documents.issue(DemoSchool.SCHOOL_ID, DocumentTemplates.REMOVAL_REQUEST,
            removalRequestFields(), "incidents/42/removal-request.pdf");

        assertThat(letter.path()).exists().startsWith(output.root());
        String text = PdfText.text(readAll(letter.path()));
        assertThat(text).contains("Keston Primary School and Nursery", "Dear Emma Brown,", "Amelia Brown (5K)",
            "Helen Ellis", "Head Teacher", "Page 1 of 1");
    }

    @Test
    void aLetterMissingARequiredFieldIsRefusedAndNothingIsWritten() throws IOException {
        Map<String, Object> fields = removalRequestFields();
        fields.remove("removeBy");

        assertThatThrownBy(() -> documents.issue(DemoSchool.SCHOOL_ID, DocumentTemplates.REMOVAL_REQUEST, fields,
                "incidents/43/removal-request.pdf"))
            .isInstanceOf(MissingDocumentDataException.class)
            .hasMessageContaining("'removeBy'")
            .hasMessageContaining("letters/removal-request.ftlh");

        Path folder = output.root().resolve("incidents/43");
        assertThat(!Files.exists(folder) || isEmpty(folder)).as("nothing written under %s", folder).isTrue();
    }

    @Test
    void whenTheHeadTeacherHasLeftALetterTheySignIsRefusedNamingTheRole() {
        long head = jdbc.sql("select id from people_person where user_id = 'hellis'").query(Long.class).single();
        people.changeStatus(head, PersonStatus.LEFT);

        assertThatThrownBy(() -> documents.render(DemoSchool.SCHOOL_ID, DocumentTemplates.REMOVAL_REQUEST,
                removalRequestFields()))
            .isInstanceOf(MissingDocumentDataException.class)
            .hasMessageContaining("'school.headTeacher'");
    }

    @Test
    void aDocumentNameOutsideTheOutputFolderIsRefusedBeforeRendering() {
        assertThatThrownBy(() -> documents.issue(DemoSchool.SCHOOL_ID, DocumentTemplates.REMOVAL_REQUEST,
                removalRequestFields(), "../removal-request.pdf"))
            .isInstanceOf(IllegalArgumentException.class)
            .isNotInstanceOf(MissingDocumentDataException.class);
    }

    private static Map<String, Object> removalRequestFields() {
        Map<String, Object> fields = new HashMap<>(DocumentFixtures.removalRequest());
        fields.remove("school");
        fields.remove("today");
        return fields;
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.findAny().isEmpty();
        }
    }

    private static byte[] readAll(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
