package org.policydesk.subjectaccess;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.policydesk.people.Person;
import org.policydesk.people.PersonKind;
import org.policydesk.people.PersonStatus;

/** Redaction without the engine: who is taken out of free text, and who stays. */
class RedactionTests {

    private static final Person EMMA = person(1, PersonKind.PARENT, "Emma Brown", "emma.brown@example.org", null, null);
    private static final Person AMELIA = person(2, PersonKind.PUPIL, "Amelia Brown", null, null, null);
    private static final Person JAMES = person(3, PersonKind.PARENT, "James Smith", "james.smith@example.org", null, null);
    private static final Person OLIVER = person(4, PersonKind.PUPIL, "Oliver Smith", null, null, null);
    private static final Person HELEN = person(5, PersonKind.EMPLOYEE, "Helen Ellis", "hellis@keston.example.org",
        "hellis", "Head Teacher");
    private static final Person WILL = person(6, PersonKind.EMPLOYEE, "Will Keston", null, "wkeston", null);

    private final Redaction redaction = new Redaction(EMMA, List.of(AMELIA),
        List.of(EMMA, AMELIA, JAMES, OLIVER, HELEN, WILL), "Keston Primary School and Nursery");

    @Test
    void otherPeoplesNamesPartsOfNamesEmailsAndSignInsAreRedacted() {
        assertThat(redaction.text("Oliver Smith's dad James Smith (james.smith@example.org) told hellis; Oliver agreed."))
            .isEqualTo("[redacted]'s dad [redacted] ([redacted]) told [redacted]; [redacted] agreed.");
        assertThat(redaction.text("JAMES SMITH wrote")).isEqualTo("[redacted] wrote");
    }

    @Test
    void thePersonTheirFamilyRolesAndTheSchoolStay() {
        assertThat(redaction.text("Emma Brown, mother of Amelia Brown, wrote to the Head Teacher of Keston Primary "
            + "School; she will reply.")).isEqualTo("Emma Brown, mother of Amelia Brown, wrote to the Head Teacher of "
            + "Keston Primary School; she will reply.");
    }

    @Test
    void actorsAreNamedByRoleAndPeopleByIdOnlyWhenTheyAreThePersonOrFamily() {
        assertThat(redaction.who("hellis")).isEqualTo("Head Teacher");
        assertThat(redaction.who("wkeston")).isEqualTo("[redacted]");
        assertThat(redaction.who("policydesk")).isEqualTo("PolicyDesk");
        assertThat(redaction.person(1L)).isEqualTo("Emma Brown");
        assertThat(redaction.person(2L)).isEqualTo("Amelia Brown");
        assertThat(redaction.person(3L)).isEqualTo("[redacted]");
    }

    private static Person person(long id, PersonKind kind, String name, String email, String userId, String role) {
        return new Person(id, "keston", kind, name, email, userId, role, null, PersonStatus.CURRENT);
    }
}
