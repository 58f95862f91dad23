package it.esibe.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.Version;
import org.junit.jupiter.api.Test;

/**
 * The Jackson the tests run against is the one the build means: the BOM's in the default run, the
 * floor's in the {@code jackson-floor} run (system property {@code esibe.expected.jackson}), so that
 * the floor run cannot pass on the BOM's Jackson by mistake.
 */
class JacksonOnTheClassPathTest {

    @Test
    void everyJacksonArtifactIsTheExpectedVersion() {
        String expected = System.getProperty("esibe.expected.jackson");
        Version core = com.fasterxml.jackson.core.json.PackageVersion.VERSION;
        Version databind = com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION;
        Version csv = com.fasterxml.jackson.dataformat.csv.PackageVersion.VERSION;
        if (expected != null) {
            assertThat(core.toString()).isEqualTo(expected);
            assertThat(databind.toString()).isEqualTo(expected);
            assertThat(csv.toString()).isEqualTo(expected);
        }
        assertThat(core.compareTo(it.esibe.io.internal.JacksonFloor.MINIMUM)).as("found %s", core).isGreaterThanOrEqualTo(0);
    }
}
