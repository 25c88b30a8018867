package org.policydesk.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** On a file database as PolicyDesk keeps one, so that H2's trace file shows what each query cost. */
class RecordRowsTests {

    enum Kind { PUPIL, PARENT }

    record Person(long id, String schoolId, Kind kind, String fullName, String className, LocalDate bornOn,
                  LocalDateTime leftAt, boolean suspended) {
    }

    @TempDir
    Path folder;
    private SingleConnectionDataSource dataSource;
    private JdbcClient jdbc;

    @BeforeEach
    void database() {
        dataSource = new SingleConnectionDataSource("jdbc:h2:file:" + folder.resolve("people"), "sa", "", true);
        jdbc = JdbcClient.create(dataSource);
        jdbc.sql("""
            create table person (id bigint primary key, school_id varchar(20), kind varchar(10), full_name varchar(80),
                class_name varchar(10), born_on date, left_at timestamp, suspended boolean)""").update();
        for (int i = 1; i <= 300; i++) {
            jdbc.sql("insert into person values (?, 'keston', ?, ?, ?, ?, ?, ?)")
                .params(i, i % 2 == 0 ? "PARENT" : "PUPIL", "Zoë Ó Súilleabháin " + i, i % 2 == 0 ? null : "3B",
                    LocalDate.of(2018, 1, 1).plusDays(i), i == 7 ? LocalDateTime.of(2026, 7, 22, 15, 30) : null, i == 9)
                .update();
        }
    }

    @AfterEach
    void close() {
        dataSource.destroy();
    }

    @Test
    void everyComponentComesFromItsSnakeCaseColumnWithoutTheDriverReportingAMissingColumn() throws Exception {
        List<Person> people = jdbc.sql("select * from person order by id").query(RecordRows.of(Person.class)).list();

        assertThat(people).hasSize(300);
        assertThat(people.get(6)).isEqualTo(new Person(7, "keston", Kind.PUPIL, "Zoë Ó Súilleabháin 7", "3B",
            LocalDate.of(2018, 1, 8), LocalDateTime.of(2026, 7, 22, 15, 30), false));
        assertThat(people.get(1).className()).isNull();
        assertThat(people.get(8).suspended()).isTrue();
        // JdbcClient's own query(Person.class) left 300 x 5 stack traces here: each row, each component named unlike its column.
        assertThat(folder.resolve("people.trace.db")).doesNotExist();
    }

    @Test
    void aColumnCanAlsoBeNamedAsTheComponentAndOneRowMapsAlike() {
        record Named(String fullName, String kind) {
        }

        Named one = jdbc.sql("select full_name as fullName, kind from person where id = 2")
            .query(RecordRows.of(Named.class)).single();

        assertThat(one).isEqualTo(new Named("Zoë Ó Súilleabháin 2", "PARENT"));
    }

    @Test
    void aQueryWithoutAComponentsColumnSaysWhichOne() {
        assertThatThrownBy(() -> jdbc.sql("select id, school_id, kind from person").query(RecordRows.of(Person.class)).list())
            .isInstanceOf(BadSqlGrammarException.class)
            .hasRootCauseMessage("The query gives no column full_name for fullName of Person; it gives [id, school_id, kind].");
    }

    @Test
    void everyRecordQueryInPolicyDeskGoesThroughRecordRows() throws IOException {
        Pattern ownMapping = Pattern.compile("\\.query\\(\\s*([A-Z]\\w*)\\.class\\s*\\)");
        Set<String> oneColumn = Set.of("String", "Long", "Integer", "Boolean", "Double", "BigDecimal", "LocalDate",
            "LocalDateTime", "Instant");
        List<String> found = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(Path.of("src", "main", "java"))) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher query = ownMapping.matcher(Files.readString(source));
                while (query.find()) {
                    if (!oneColumn.contains(query.group(1))) {
                        found.add(source + ": " + query.group());
                    }
                }
            }
        }
        assertThat(found).as("queries mapped by JdbcClient's query(Class), which throws per row (use RecordRows)").isEmpty();
    }
}
