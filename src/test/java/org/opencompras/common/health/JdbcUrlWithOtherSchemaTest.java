package org.opencompras.common.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A JDBC URL whose {@code currentSchema} is not where the tables are: the command refuses to run, naming the fix,
 * instead of failing on every query (the service refuses to start the same way).
 */
@QuarkusMainTest
@TestProfile(JdbcUrlWithOtherSchemaTest.UrlWithOtherSchema.class)
class JdbcUrlWithOtherSchemaTest {

    public static class UrlWithOtherSchema implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("%test.quarkus.datasource.jdbc.url",
                    JdbcUrlWithoutSchemaTest.testDatabaseUrl("?currentSchema=somewhere_else"));
        }
    }

    @Test
    void shouldRefuseToRunNamingTheFix(QuarkusMainLauncher launcher) {
        LaunchResult result = launcher.launch("ingest", "--source", "other-schema", "missing.json");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.getErrorOutput() + result.getOutput())
                .contains("The database connections use no existing schema")
                .contains("remove the currentSchema parameter from the JDBC URL (QUARKUS_DATASOURCE_JDBC_URL)");
    }
}
