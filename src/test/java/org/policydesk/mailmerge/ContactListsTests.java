package org.policydesk.mailmerge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.policydesk.mailmerge.ContactFiles.csv;
import static org.policydesk.mailmerge.ContactFiles.withBom;
import static org.policydesk.mailmerge.ContactFiles.xlsx;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Contact lists as SIMS, Arbor, Bromcom and Excel write them, read back and checked row by row. */
class ContactListsTests {

    @Test
    void readsASimsExportWithContactAndPupilNamesInPartsAndAddressLines() {
        ContactList list = ContactLists.read("sims.csv", csv(
            "Contact Forename,Contact Surname,Primary Email,Address Line 1,Address Line 2,Town,Postcode,Forename,Surname,Reg Group",
            "Emma,Brown,emma.brown@example.org,12 Heathfield Road,,Keston,BR2 6BF,Amelia,Brown,5K",
            "James,Smith,,4 Oakfield Lane,Hayes,Bromley,BR2 7HQ,Oliver,Smith,6B"));

        assertThat(list.format()).isEqualTo("CSV, UTF-8");
        assertThat(list.contacts()).containsExactly(
            new Contact(2, "Emma Brown", null, "emma.brown@example.org", List.of("12 Heathfield Road", "Keston",
                "BR2 6BF"), "Amelia Brown", "5K"),
            new Contact(3, "James Smith", null, null, List.of("4 Oakfield Lane", "Hayes", "Bromley", "BR2 7HQ"),
                "Oliver Smith", "6B"));
    }

    @Test
    void readsAnArborExportWithAByteOrderMarkAndTheAddressInOneCellOverSeveralLines() {
        ContactList list = ContactLists.read("arbor.csv", withBom(csv(
            "Guardian Name,Salutation,Email Address,Address,Student Name,Registration Group",
            "Fatima Wilson,Mrs Wilson,f.wilson@example.org,\"7 Lakes Road\nKeston\nBR2 6BN\",Noah Wilson,3M")));

        Contact fatima = list.contacts().get(0);
        assertThat(fatima.parentName()).isEqualTo("Fatima Wilson");
        assertThat(fatima.salutation()).isEqualTo("Mrs Wilson");
        assertThat(fatima.addressLines()).containsExactly("7 Lakes Road", "Keston", "BR2 6BN");
        assertThat(fatima.className()).isEqualTo("3M");
    }

    @Test
    void headersMatchWhateverTheirCaseSpacingAndPunctuation() {
        ContactList list = ContactLists.read("bromcom.csv", csv(
            "PARENT_CARER_NAME; E-Mail Address; postal address; Pupil  Name; Reg. Group",
            "Emma Brown;emma@example.org;12 Heathfield Road, Keston, BR2 6BF;Amelia Brown;5K"));

        Contact emma = list.contacts().get(0);
        assertThat(emma.parentName()).isEqualTo("Emma Brown");
        assertThat(emma.email()).isEqualTo("emma@example.org");
        assertThat(emma.addressLines()).containsExactly("12 Heathfield Road", "Keston", "BR2 6BF");
        assertThat(emma.className()).isEqualTo("5K");
    }

    @Test
    void aWindows1252FileFromExcelKeepsZoe() {
        byte[] bytes = csv(Charset.forName("windows-1252"),
            "Parent name,Email,Pupil name,Class",
            "Siobhán O'Brien,siobhan@example.org,Zoë O'Brien,2W");
        assertThat(bytes).contains((byte) 0xEB); // "ë" as Excel's CSV writes it: one byte, not UTF-8

        ContactList list = ContactLists.read("excel.csv", bytes);

        assertThat(list.format()).isEqualTo("CSV, Windows-1252");
        assertThat(list.contacts().get(0).pupilName()).isEqualTo("Zoë O'Brien");
        assertThat(list.contacts().get(0).parentName()).isEqualTo("Siobhán O'Brien");
    }

    @Test
    void utf8WithoutAByteOrderMarkIsReadAsUtf8() {
        ContactList list = ContactLists.read("list.csv", csv("Parent name,Email,Pupil name,Class",
            "Nguyễn Thị Hương,huong@example.org,Nguyễn Văn An,4H"));

        assertThat(list.contacts().get(0).parentName()).isEqualTo("Nguyễn Thị Hương");
    }

    @Test
    void readsTheFirstSheetOfAWorkbookAsExcelShowsIt() {
        ContactList list = ContactLists.read("contacts.xlsx", xlsx(List.of(
            List.of("Contact Name", "Contact Email", "Home Address", "Forename", "Surname", "Class"),
            List.of("Emma Brown", "emma@example.org", "12 Heathfield Road, Keston", "Amelia", "Brown", 5),
            Arrays.asList("Łukasz Kowalski", null, "3 Croydon Road, Keston", "Zoë", "Kowalski", "2W"))));

        assertThat(list.format()).isEqualTo("XLSX");
        assertThat(list.contacts()).extracting(Contact::row, Contact::parentName, Contact::pupilName, Contact::className)
            .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "Emma Brown", "Amelia Brown", "5"),
                org.assertj.core.groups.Tuple.tuple(3, "Łukasz Kowalski", "Zoë Kowalski", "2W"));
        assertThat(list.contacts().get(1).email()).isNull();
    }

    @Test
    void aMissingColumnIsNamedWithTheNamesLookedFor() {
        assertThatThrownBy(() -> ContactLists.read("list.csv", csv("Parent name,Email,Pupil name", "Emma Brown,"
                + "emma@example.org,Amelia Brown")))
            .isInstanceOfSatisfying(ContactListException.class, e -> {
                assertThat(e.problems().get(0)).startsWith("There is no column for the pupil's class. Looked for "
                    + "'Class', 'Class name', 'Reg group', 'Registration group'");
                assertThat(e.problems().get(1)).isEqualTo("The columns in row 1 are: 'Parent name', 'Email', 'Pupil name'.");
            });
    }

    @Test
    void aForenameWithoutASurnameColumnIsExplained() {
        assertThatThrownBy(() -> ContactLists.read("list.csv", csv("Contact forename,Email,Pupil name,Class",
                "Emma,emma@example.org,Amelia Brown,5K")))
            .isInstanceOfSatisfying(ContactListException.class, e -> assertThat(e.problems().get(0))
                .startsWith("There is no column for the parent or carer's name (found 'Contact forename' but no "
                    + "surname column to go with it). Looked for 'Parent name'")
                .contains("together with a surname column ('Contact surname'"));
    }

    @Test
    void everyProblemInEveryRowIsReportedWithTheRowNumbersExcelShows() {
        String tooLong = "x".repeat(301);
        assertThatThrownBy(() -> ContactLists.read("list.csv", csv(
            "Parent name,Email,Address,Pupil name,Class",
            "Emma Brown,emma@example.org,,Amelia Brown,5K",
            ",,,,",
            "James Smith,james.smith@example,,Oliver Smith,6B",
            ",fatima@example.org,,Noah Wilson,3M",
            "",
            "Emma Brown,emma.brown@,,Amelia Brown,5K",
            "Tom Baker,,,Ben Baker,4H",
            "Sarah Jones,sarah@example.org,,,5K",
            "Zoë Adams,zoe@example," + tooLong + ",Max Adams,1A",
            "Priya Patel,priya@example.org,,Anya Patel,2P,extra")))
            .isInstanceOfSatisfying(ContactListException.class, e -> assertThat(e.problems()).containsExactly(
                "Row 4, column 'Email': 'james.smith@example' is not an email address.",
                "Row 5, column 'Parent name': the parent or carer's name is missing.",
                "Row 7, column 'Email': 'emma.brown@' is not an email address.",
                "Row 8, column 'Email' and column 'Address': there is neither an email address nor a postal address "
                    + "for Tom Baker; give at least one.",
                "Row 9, column 'Pupil name': the pupil's name is missing.",
                "Row 10, column 'Address': the text is 301 characters long; the limit is 300.",
                "Row 10, column 'Email': 'zoe@example' is not an email address.",
                "Row 11, column F: there is a value ('extra') beyond the last column of the header row; check for a "
                    + "stray comma or a cell typed too far right."));
    }

    @Test
    void malformedRowsOfAWorkbookAreReportedByRowAndColumn() {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("Parent name", "Email", "Postal address", "Pupil forename", "Pupil surname", "Form"));
        rows.add(List.of("Emma Brown", "emma@example.org", "", "Amelia", "Brown", "5K"));
        rows.add(null);
        rows.add(List.of("James Smith", "not an address", "", "Oliver", "Smith", "6B"));
        rows.add(List.of("Fatima Wilson", "", "", "Noah", "", "3M"));

        assertThatThrownBy(() -> ContactLists.read("contacts.xlsx", xlsx(rows)))
            .isInstanceOfSatisfying(ContactListException.class, e -> assertThat(e.problems()).containsExactly(
                "Row 4, column 'Email': 'not an address' is not an email address.",
                "Row 5, column 'Pupil surname': the pupil's surname is missing.",
                "Row 5, column 'Email' and column 'Postal address': there is neither an email address nor a postal "
                    + "address for Fatima Wilson; give at least one."));
    }

    @Test
    void aQuoteThatIsNeverClosedIsReportedAtItsRow() {
        assertThatThrownBy(() -> ContactLists.read("list.csv", csv("Parent name,Email,Pupil name,Class",
                "Emma Brown,emma@example.org,Amelia Brown,5K",
                "\"James Smith,james@example.org,Oliver Smith,6B",
                "Fatima Wilson,fatima@example.org,Noah Wilson,3M")))
            .isInstanceOfSatisfying(ContactListException.class, e -> assertThat(e.problems())
                .containsExactly("Row 3: the file cannot be read from here on: a quoted cell is not closed properly "
                    + "(look for a stray \" in that row). Nothing after it was checked."));
    }

    @Test
    void aControlCharacterInACellIsRefused() {
        assertThatThrownBy(() -> ContactLists.read("list.csv", csv("Parent name,Email,Pupil name,Class",
                "Emma\u0007 Brown,emma@example.org,Amelia Brown,5K")))
            .isInstanceOfSatisfying(ContactListException.class, e -> assertThat(e.problems()).containsExactly(
                "Row 2, column 'Parent name': the text contains an invisible control character (U+0007); retype the cell."));
    }

    @Test
    void aListOverTheRowLimitIsRefused() {
        List<String> lines = new ArrayList<>();
        lines.add("Parent name,Email,Pupil name,Class");
        for (int i = 0; i <= ContactLists.MAX_ROWS; i++) {
            lines.add("Parent " + i + ",p" + i + "@example.org,Pupil " + i + ",5K");
        }
        assertThatThrownBy(() -> ContactLists.read("big.csv", csv(lines.toArray(String[]::new))))
            .isInstanceOfSatisfying(ContactListException.class, e -> assertThat(e.problems()).containsExactly(
                "The contact list has more than 20,000 rows (row 20002 is one too many): split it into smaller lists."));
    }

    @Test
    void aFileOverTenMegabytesIsRefusedBeforeItIsRead(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.csv");
        Files.write(big, new byte[(int) ContactLists.MAX_BYTES + 1]);

        assertThatThrownBy(() -> ContactLists.read(big))
            .isInstanceOfSatisfying(ContactListException.class, e -> assertThat(e.problems())
                .containsExactly("The file is 10.0 MB; the limit is 10 MB. Split the list into smaller files."));
    }

    @Test
    void oldExcelFilesEmptyFilesAndMissingFilesAreExplained(@TempDir Path dir) {
        assertThatThrownBy(() -> ContactLists.read("old.xls", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0}))
            .hasMessageContaining("old-style Excel file (.xls)");
        assertThatThrownBy(() -> ContactLists.read("empty.csv", new byte[0]))
            .hasMessageContaining("The contact list is empty");
        assertThatThrownBy(() -> ContactLists.read("header.csv", csv("Parent name,Email,Pupil name,Class")))
            .hasMessageContaining("a header row but no parents or carers below it");
        assertThatThrownBy(() -> ContactLists.read(dir.resolve("nowhere.csv")))
            .hasMessageContaining("There is no file").hasMessageContaining("nowhere.csv");
    }

    @Test
    void theMessageListsEveryProblemForTheOffice() {
        assertThatThrownBy(() -> ContactLists.read("list.csv", csv("Parent name,Email,Pupil name,Class",
                "Emma Brown,emma.brown@,Amelia Brown,5K", "James Smith,,Oliver Smith,6B")))
            .hasMessage("The contact list list.csv has 2 problems, so no letters were made:\n"
                + "  Row 2, column 'Email': 'emma.brown@' is not an email address.\n"
                + "  Row 3, column 'Email': there is neither an email address nor a postal address for James Smith; "
                + "give at least one.");
    }
}
