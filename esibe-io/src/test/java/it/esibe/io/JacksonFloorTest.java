package it.esibe.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.Version;
import it.esibe.core.ApplicationRecord;
import it.esibe.io.internal.JacksonFloor;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The Jackson floor (docs/EMBEDDING.md, "Dependency floors"): the reader run in forked JVMs whose class path
 * holds other Jackson jars than the build's. Spring Boot 3.2's Jackson 2.15 fails at once with the
 * versions found and required (it used to fail with {@code NoClassDefFoundError:
 * StreamWriteConstraints} at the first file read); so does a set whose jackson-databind is newer
 * than its jackson-core; the floor itself reads.
 */
class JacksonFloorTest {

    private static final Path JARS = Path.of(System.getProperty("esibe.jackson.jars", "target/jackson"));
    private static final String FLOOR = System.getProperty("esibe.floor.jackson", JacksonFloor.MINIMUM.toString());

    @Test
    void springBoot32sJacksonFailsAtOnceNamingTheVersionsFoundAndRequired() throws Exception {
        String out = run(jars("2.15.2", "2.15.2"));
        assertThat(out).contains("it.esibe.core.ConfigurationException: esibe-io needs Jackson " + JacksonFloor.MINIMUM
                + " or later, but the class path holds jackson-core 2.15.2 and jackson-databind 2.15.2")
                .contains("jackson-bom").doesNotContain("NoClassDefFoundError").doesNotContain("NoSuchMethodError");
    }

    @Test
    void aJacksonDatabindNewerThanItsCoreFailsAtOnce() throws Exception {
        // Mixed only when this run's databind is newer than the floor (not in the jackson-floor run).
        Assumptions.assumeTrue(com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.getMinorVersion()
                > JacksonFloor.MINIMUM.getMinorVersion());
        // A host that pins jackson-core alone: databind and its annotations come in at the build's version.
        List<String> mixed = new ArrayList<>(List.of(existing("jackson-core-" + FLOOR + ".jar")));
        mixed.add(jarOf(com.fasterxml.jackson.databind.ObjectMapper.class));
        // By name: the annotations are databind's dependency, not one this module declares.
        mixed.add(jarOf(Class.forName("com.fasterxml.jackson.annotation.JsonProperty")));
        String out = run(mixed);
        assertThat(out).contains("ConfigurationException: jackson-databind "
                + com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION + " needs jackson-core")
                .contains("jackson-core " + FLOOR).doesNotContain("NoSuchMethodError");
    }

    @Test
    void theBuildTestsTheFloorTheCodeStates() {
        assertThat(System.getProperty("esibe.floor.jackson")).as("esibe-io's pom, esibe.floor.jackson")
                .isEqualTo(JacksonFloor.MINIMUM.toString());
    }

    @Test
    void theFloorReadsARecord() throws Exception {
        assertThat(run(jars(FLOOR, FLOOR))).contains("read 1 record(s), well-formed: true").doesNotContain("Exception");
    }

    @Test
    void theCheckNamesBothVersionsAndLetsTheFloorAndLaterPass() {
        Version old = new Version(2, 16, 2, null, null, null);
        Version floor = JacksonFloor.MINIMUM;
        Version later = new Version(2, 22, 4, null, null, null);
        assertThat(JacksonFloor.problem(old, old)).contains("jackson-core 2.16.2 and jackson-databind 2.16.2");
        assertThat(JacksonFloor.problem(floor, old)).contains("jackson-databind 2.16.2");
        assertThat(JacksonFloor.problem(floor, floor)).isNull();
        assertThat(JacksonFloor.problem(later, floor)).as("a newer core than databind works").isNull();
        assertThat(JacksonFloor.problem(floor, later)).contains("needs jackson-core 2.22 or later");
        assertThat(JacksonFloor.problem(Version.unknownVersion(), later)).isNotNull();
        assertThat(JacksonFloor.problem(new Version(3, 0, 0, null, null, null), later)).isNotNull();
    }

    /** The child: reads one JSON Lines record, prints what it read or the exception it got. */
    public static void main(String[] args) throws IOException {
        try {
            List<ApplicationRecord> records = new ArrayList<>();
            ApplicationReader.create().read(new ByteArrayInputStream((Samples.applicationLine() + "\n")
                    .getBytes(StandardCharsets.UTF_8)), InputFormat.JSON_LINES, records::add);
            System.out.println("read " + records.size() + " record(s), well-formed: " + records.get(0).isWellFormed());
        } catch (Throwable e) {
            System.out.println(e);
        }
    }

    /** The forked JVM's output, on this test's class path with its Jackson jars replaced by {@code jackson}. */
    private static String run(List<String> jackson) throws Exception {
        List<String> classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(e -> !Path.of(e).getFileName().toString().startsWith("jackson-")).collect(Collectors.toList());
        classPath.addAll(jackson);
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                String.join(File.pathSeparator, classPath), JacksonFloorTest.class.getName())
                .redirectErrorStream(true).start();
        String output;
        try (InputStream out = child.getInputStream()) {
            output = new String(out.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(child.waitFor(1, TimeUnit.MINUTES)).isTrue();
        return output;
    }

    /** The copied jars of jackson-core and jackson-databind at those versions, with the annotations of the latter. */
    private static List<String> jars(String core, String databind) {
        return List.of(existing("jackson-core-" + core + ".jar"), existing("jackson-databind-" + databind + ".jar"),
                existing("jackson-annotations-" + databind + ".jar"));
    }

    private static String existing(String name) {
        Path jar = JARS.resolve(name);
        assertThat(Files.isRegularFile(jar)).as("%s (copied by the pom's jackson-class-paths)", jar).isTrue();
        return jar.toString();
    }

    private static String jarOf(Class<?> type) throws Exception {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }
}
