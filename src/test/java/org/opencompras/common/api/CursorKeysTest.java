package org.opencompras.common.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * A cursor's sort values are checked against their keys' types before they reach SQL: a cursor re-signed with
 * hostile values (as with a leaked key) is a 400 naming {@code cursor}, never a database error.
 */
@QuarkusTest
class CursorKeysTest {

    private static final SortOrder ORDER = SortOrder.descending("-date",
            SortKey.nullable("d", "timestamptz"), SortKey.of("n", "numeric"), SortKey.of("r", "real"),
            SortKey.of("i", "bigint"), SortKey.of("t", "text"));

    @Inject
    DataSource dataSource;

    @Inject
    CursorCodec codec;

    @Test
    void shouldAcceptEveryValueAsTheDatabaseWritesIt() throws SQLException {
        String sql = """
                select d::text, n::text, r::text, i::text, 'ocds-x/1 ñ'
                from (values (timestamptz '2020-03-16 10:00:00-05', 1500.25::numeric, 0.0607927::real, 42::bigint),
                             (timestamptz '2020-03-16 10:00:00.123456+05:30', -0.000001, 1e-5, -9223372036854775808),
                             (timestamptz '9999-12-31 23:59:59Z', 123456789012345678901234567890, 12345678, 0),
                             (timestamptz '0001-01-01 00:00:00Z', 0, 3.4e38, 9223372036854775807)) v(d, n, r, i)""";
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int rows = 0;
            while (rs.next()) {
                List<String> position = Arrays.asList("v", rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5));
                assertThat(KeysetQuery.fits(ORDER, position)).as("%s", position).isTrue();
                rows++;
            }
            assertThat(rows).isEqualTo(4);
        }
        assertThat(KeysetQuery.fits(ORDER, Arrays.asList("n", null, "1", "1", "1", "x"))).isTrue();
    }

    @Test
    void shouldRefuseValuesTheKeysCannotHold() {
        List<List<String>> hostile = List.of(
                List.of("v", "2020-02-30 10:00:00+00", "1", "1", "1", "x"),
                List.of("v", "'; drop table release; --", "1", "1", "1", "x"),
                List.of("v", "2020-03-16T10:00:00Z", "1", "1", "1", "x"),
                List.of("v", "2020-03-16 10:00:00+00", "1e9999", "1", "1", "x"),
                List.of("v", "2020-03-16 10:00:00+00", "NaN", "1", "1", "x"),
                List.of("v", "2020-03-16 10:00:00+00", "1", "Infinity", "1", "x"),
                List.of("v", "2020-03-16 10:00:00+00", "1", "1e99", "1", "x"),
                List.of("v", "2020-03-16 10:00:00+00", "1", "1", "9223372036854775808", "x"),
                List.of("v", "2020-03-16 10:00:00+00", "1", "1", "1.5", "x"),
                List.of("v", "2020-03-16 10:00:00+00", "1", "1", "1", "nul\0"),
                List.of("x", "2020-03-16 10:00:00+00", "1", "1", "1", "x"),
                List.of("v", "2020-03-16 10:00:00+00", "1", "1", "1"));
        for (List<String> position : hostile) {
            assertThat(KeysetQuery.fits(ORDER, position)).as("%s", position).isFalse();
        }
    }

    @Test
    void shouldAnswerAReSignedHostileCursorWithABadParameter() {
        String unfiltered = "releases\n\n";
        for (List<String> keys : List.of(List.of("v", "not a date", "1"), List.of("v", "2020-01-01 00:00:00+00", "1; --"),
                List.of("v", "2020-13-01 00:00:00+00", "1"))) {
            given().queryParam("cursor", codec.encode(unfiltered, keys))
                    .when().get("/api/v1/releases")
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("invalidParams[0].name", equalTo("cursor"))
                    .body("invalidParams[0].reason", containsString("cursor"));
        }
    }
}
