package org.opencompras.harvest;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import org.junit.jupiter.api.Test;

/** The jar's {@code harvest} command, as the command line starts it. */
@QuarkusMainTest
class HarvestMainTest {

    @Test
    void shouldRunTheHarvestCommandFromTheJar(QuarkusMainLauncher launcher) {
        LaunchResult usage = launcher.launch("harvest", "sercop", "--mode", "weekly");

        assertThat(usage.exitCode()).isEqualTo(1);
        assertThat(usage.getErrorOutput()).contains("harvest: --mode is bulk or api, not 'weekly'")
                .contains("harvest sercop --mode api --year YYYY");
    }
}
