package it.esibe.examples.embedder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The embedding program runs as an embedder would run it, in a JVM of its own: on the class path
 * (with {@code META-INF/services}) and on the module path (with {@code module-info}), and prints
 * the same decisions both ways. The expected outcomes come from the report's numbers: EUR 1 650 000
 * of R&D is below the national minimum of EUR 2 000 000 for precision medicine (§5.3), and above the
 * reform's EUR 1 500 000; the seat is in Piemonte, which the regional criterion asks for.
 */
class EmbedderTest {

    private static final List<String> EXPECTED = List.of(
            "national: NOT_ELIGIBLE",
            "regional: ELIGIBLE",
            "it: Sede legale in Piemonte: requisito regionale soddisfatto",
            "en: Legal seat in Piemonte: regional requirement met",
            "de: Rechtssitz in Piemonte: regionale Voraussetzung erfüllt");

    /** The program's classes and the jars it needs: this test's own path, without test-only entries. */
    private static String path() {
        Set<String> entries = new LinkedHashSet<>();
        for (String property : List.of("jdk.module.path", "java.class.path")) {
            String value = System.getProperty(property);
            if (value != null && !value.isBlank()) {
                entries.addAll(List.of(value.split(File.pathSeparator)));
            }
        }
        entries.removeIf(e -> e.isBlank() || e.contains("test-classes") || e.matches(
                ".*(junit|opentest4j|assertj|byte-buddy|quicktheories|surefire|apiguardian).*"));
        assertThat(entries).as("the program's classes are on the path").anyMatch(e -> e.endsWith("classes"));
        return String.join(File.pathSeparator, entries);
    }

    private static List<String> run(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(arguments));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out.lines().toList();
    }

    @Test
    void runsOnTheClassPath() throws Exception {
        assertThat(run("-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8", "-cp", path(),
                Embedder.class.getName())).containsExactlyElementsOf(EXPECTED);
    }

    @Test
    void runsOnTheModulePath() throws Exception {
        assertThat(run("-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8", "-p", path(),
                "-m", "it.esibe.examples.embedder/" + Embedder.class.getName())).containsExactlyElementsOf(EXPECTED);
    }

    @Test
    void discoveryFindsTheWordsOnBothPaths() {
        // The services file and module-info's provides name the same provider (the build uses both).
        assertThat(Embedder.class.getModule().getDescriptor() == null
                || Embedder.class.getModule().getDescriptor().provides().stream()
                        .anyMatch(p -> p.providers().contains(PiedmontMessages.class.getName()))).isTrue();
        assertThat(Embedder.class.getResource("/META-INF/services/it.esibe.core.spi.MessageProvider")).isNotNull();
    }
}
