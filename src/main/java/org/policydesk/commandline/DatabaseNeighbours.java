package org.policydesk.commandline;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whether another process (the PolicyDesk server, another batch command) has the database open. With
 * H2's AUTO_SERVER the first process to open the file owns it and every later one talks to it over
 * TCP, so a session that arrived through a server means someone else was there first.
 */
@Component
class DatabaseNeighbours {

    enum Answer { ALONE, SHARED, UNKNOWN }

    private final DataSource dataSource;
    private final JdbcClient jdbc;

    DatabaseNeighbours(DataSource dataSource, JdbcClient jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    Answer ask() {
        if (!isH2()) {
            return Answer.UNKNOWN;
        }
        long remote = jdbc.sql("select count(*) from information_schema.sessions "
                + "where session_id = session_id() and server is not null")
            .query(Long.class).single();
        return remote > 0 ? Answer.SHARED : Answer.ALONE;
    }

    private boolean isH2() {
        try (Connection connection = dataSource.getConnection()) {
            return "H2".equals(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database: " + e.getMessage(), e);
        }
    }
}
