package org.opencompras.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The migration that gives change events their hashes recovers them for events written before it. */
class ChangeFeedMigrationTest {

    private static final String URL = System.getenv().getOrDefault("OPENCOMPRAS_TEST_JDBC_URL",
            "jdbc:postgresql://127.0.0.1:5432/test");

    @Test
    void shouldRecoverTheHashesOfEarlierEvents() throws Exception {
        String schema = "feed_migration_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = DriverManager.getConnection(URL, "postgres", ""); Statement s = c.createStatement()) {
            s.execute("create schema " + schema);
            try {
                s.execute("set search_path to " + schema);
                s.execute(migration("V1__core_model.sql"));
                // What the ingest wrote before: k1 added as h1, replaced by h2, then by h3; k2 added as h5.
                s.execute("insert into source (id, name) values (1, 's')");
                s.execute("""
                        insert into release (ocid, release_id, release_date, source_id, content_hash, data) values
                          ('o-1', 'k1', '2024-01-01T00:00:00Z', 1, 'h3', '{"ocid": "o-1", "id": "k1"}'),
                          ('o-1', 'k2', '2024-01-02T00:00:00Z', 1, 'h5', '{"ocid": "o-1", "id": "k2"}')""");
                s.execute("""
                        insert into release_replacement (ocid, release_id, previous_hash, previous_data, new_hash) values
                          ('o-1', 'k1', 'h1', '{}', 'h2'), ('o-1', 'k1', 'h2', '{}', 'h3')""");
                s.execute("""
                        insert into process (ocid, source_id, release_count, first_release_date, last_release_date,
                          compiled, compiled_hash) values ('o-1', 1, 2, now(), now(), '{}', 'c9')""");
                s.execute("""
                        insert into change_event (kind, ocid, release_id) values
                          ('release_added', 'o-1', 'k1'), ('release_added', 'o-1', 'k2'), ('process_compiled', 'o-1', null),
                          ('release_replaced', 'o-1', 'k1'), ('process_compiled', 'o-1', null),
                          ('release_replaced', 'o-1', 'k1'), ('process_compiled', 'o-1', null)""");

                s.execute(migration("V3__change_feed.sql"));

                List<String> events = new ArrayList<>();
                try (ResultSet rs = s.executeQuery("select kind, release_id, content_hash, previous_hash "
                        + "from change_event order by seq")) {
                    while (rs.next()) {
                        events.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getString(4));
                    }
                }
                assertThat(events).containsExactly(
                        "release_added k1 h1 null",
                        "release_added k2 h5 null",
                        "process_compiled null c9 null",
                        "release_replaced k1 h2 h1",
                        "process_compiled null c9 null",
                        "release_replaced k1 h3 h2",
                        "process_compiled null c9 null");
            } finally {
                s.execute("drop schema " + schema + " cascade");
            }
        }
    }

    private static String migration(String file) throws IOException {
        try (InputStream in = ChangeFeedMigrationTest.class.getResourceAsStream("/db/migration/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
