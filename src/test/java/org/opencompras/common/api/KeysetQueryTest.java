package org.opencompras.common.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opencompras.TestDatabase;

/** Pages through a table with ties and nulls in every order and checks each row comes exactly once, in order. */
@QuarkusTest
class KeysetQueryTest {

    record Row(int id, Integer score, String name) {
    }

    private static final List<Row> ROWS = new ArrayList<>();

    @Inject
    DataSource dataSource;

    @BeforeAll
    static void table() {
        Random random = new Random(5);
        TestDatabase.execute("drop table if exists keyset_sample");
        TestDatabase.execute("create table keyset_sample (id int primary key, score int, name text not null)");
        StringBuilder insert = new StringBuilder("insert into keyset_sample values ");
        for (int id = 1; id <= 257; id++) {
            Integer score = random.nextInt(5) == 0 ? null : random.nextInt(20);
            String name = "n" + random.nextInt(30);
            ROWS.add(new Row(id, score, name));
            insert.append(id > 1 ? "," : "").append("(").append(id).append(",").append(score).append(",'")
                    .append(name).append("')");
        }
        TestDatabase.execute(insert.toString());
    }

    @Test
    void ascendingNullableKeyPutsNullsLast() throws SQLException {
        SortOrder order = SortOrder.ascending("score", SortKey.nullable("score", "int"), SortKey.of("id", "int"));
        Comparator<Row> expected = Comparator.comparing(Row::score, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Row::id);
        for (int limit : new int[] {1, 7, 50, 500}) {
            assertThat(walk(order, new Sql(), limit)).isEqualTo(ROWS.stream().sorted(expected).toList());
        }
    }

    @Test
    void descendingNullableKeyAlsoPutsNullsLast() throws SQLException {
        SortOrder order = SortOrder.descending("-score", SortKey.nullable("score", "int"), SortKey.of("id", "int"));
        Comparator<Row> expected = Comparator.comparing(Row::score, Comparator.nullsLast(Comparator.<Integer>reverseOrder()))
                .thenComparing(Row::id, Comparator.reverseOrder());
        assertThat(walk(order, new Sql(), 13)).isEqualTo(ROWS.stream().sorted(expected).toList());
    }

    @Test
    void textKeysWithFilters() throws SQLException {
        SortOrder order = SortOrder.descending("-name", SortKey.of("name", "text"), SortKey.of("id", "int"));
        Sql where = new Sql().append("id % ? = 0", 3);
        Comparator<Row> expected = Comparator.comparing(Row::name).thenComparing(Row::id).reversed();
        assertThat(walk(order, where, 10))
                .isEqualTo(ROWS.stream().filter(r -> r.id() % 3 == 0).sorted(expected).toList());
        try (Connection c = dataSource.getConnection()) {
            assertThat(new KeysetQuery("id", new Sql().append("keyset_sample"), where).count(c))
                    .isEqualTo(ROWS.stream().filter(r -> r.id() % 3 == 0).count());
        }
    }

    @Test
    void emptyResultHasNoNextPage() throws SQLException {
        SortOrder order = SortOrder.ascending("id", SortKey.of("id", "int"));
        try (Connection c = dataSource.getConnection()) {
            var page = query(new Sql().append("id < 0")).page(c, order, null, 10, rs -> rs.getInt(1));
            assertThat(page.rows()).isEmpty();
            assertThat(page.next()).isNull();
        }
    }

    private List<Row> walk(SortOrder order, Sql where, int limit) throws SQLException {
        List<Row> seen = new ArrayList<>();
        List<String> after = null;
        try (Connection c = dataSource.getConnection()) {
            do {
                var page = query(where).page(c, order, after, limit, rs -> new Row(rs.getInt("id"),
                        (Integer) rs.getObject("score"), rs.getString("name")));
                assertThat(page.rows().size()).isLessThanOrEqualTo(limit);
                if (page.next() != null) {
                    assertThat(page.rows()).hasSize(limit);
                    assertThat(KeysetQuery.fits(order, page.next())).isTrue();
                }
                seen.addAll(page.rows());
                after = page.next();
            } while (after != null);
        }
        return seen;
    }

    private static KeysetQuery query(Sql where) {
        return new KeysetQuery("id, score, name", new Sql().append("keyset_sample"), where);
    }
}
