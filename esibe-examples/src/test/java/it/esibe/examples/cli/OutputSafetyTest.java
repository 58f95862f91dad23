package it.esibe.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import it.esibe.examples.Oracle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No command ever writes over one of its inputs: {@code --out} naming an input, in any spelling
 * (another path to it, a symbolic link, a hard link), listed first or second, in every output
 * format, is a usage error that reads and writes nothing; and an output is replaced only when it
 * is complete.
 */
class OutputSafetyTest {

    @TempDir
    Path dir;

    /** The commands that write a file, with their output options. */
    static Stream<List<String>> commands() {
        return Stream.of(
                List.of("evaluate"), List.of("evaluate", "--format", "json"), List.of("evaluate", "--format", "csv"),
                List.of("export-register"), List.of("export-register", "--format", "json"),
                List.of("report", "--support-after", "2025-06-30"));
    }

    /** The spellings of an input's name that are the same file. */
    enum Spelling {
        SAME(p -> p),
        DOT(p -> p.getParent().resolve(".").resolve(p.getFileName())),
        DOT_DOT(p -> p.getParent().resolve("sub").resolve("..").resolve(p.getFileName())),
        SYMBOLIC_LINK(p -> link(p, false)),
        HARD_LINK(p -> link(p, true));

        final Function<Path, Path> spell;

        Spelling(Function<Path, Path> spell) {
            this.spell = spell;
        }

        private static Path link(Path p, boolean hard) {
            try {
                Path link = p.resolveSibling((hard ? "hard-" : "sym-") + p.getFileName());
                return hard ? Files.createLink(link, p) : Files.createSymbolicLink(link, p.getFileName());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static Stream<Arguments> cases() {
        List<Arguments> all = new ArrayList<>();
        commands().forEach(c -> {
            for (Spelling s : Spelling.values()) {
                for (boolean first : new boolean[] {true, false}) {
                    all.add(Arguments.of(c, s, first));
                }
            }
        });
        return all.stream();
    }

    @ParameterizedTest(name = "{0} --out {1} of the input listed {2}")
    @MethodSource("cases")
    void anOutputThatIsAnInputIsAUsageErrorAndNothingIsWritten(List<String> command, Spelling spelling, boolean first)
            throws IOException {
        Files.createDirectories(dir.resolve("sub"));
        Path input = Files.copy(Oracle.sampleCall(), dir.resolve("call.jsonl"));
        Path other = Files.copy(Oracle.sampleCall(), dir.resolve("other.jsonl"));
        byte[] before = Files.readAllBytes(input);
        Path out = spelling.spell.apply(input);
        List<String> args = new ArrayList<>(command);
        args.addAll(List.of("--out", out.toString()));
        args.addAll(first ? List.of(input.toString(), other.toString()) : List.of(other.toString(), input.toString()));

        EsibeCliTest.Run run = EsibeCliTest.run(args.toArray(String[]::new));

        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).as("one line").hasSize(1);
        assertThat(run.err()).startsWith("esibe: --out " + out + " is the input " + input + ":");
        assertThat(Files.readAllBytes(input)).isEqualTo(before);
        assertThat(Files.readAllBytes(other)).isEqualTo(before);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void aValidCatalogueNamedAsOutputIsRefused() throws IOException {
        Path catalogue = Files.writeString(dir.resolve("ice.json"), """
                {"format": "esibe-support-catalogue-1", "name": "ice-2026", "entries": []}""");
        byte[] before = Files.readAllBytes(catalogue);

        EsibeCliTest.Run run = EsibeCliTest.run("report", "--catalogue", catalogue.toString(), "--out",
                catalogue.toString(), Oracle.sampleCall().toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).startsWith("esibe: --out " + catalogue + " is the input " + catalogue + ":");
        assertThat(Files.readAllBytes(catalogue)).isEqualTo(before);
    }

    @Test
    void anExistingOutputIsReplacedByTheCompleteNewOne() throws IOException {
        Path out = Files.writeString(dir.resolve("decisions.jsonl"), "x".repeat(1_000_000));

        EsibeCliTest.Run run = EsibeCliTest.run("evaluate", "--out", out.toString(), EsibeCliTest.sample());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(out)).isEqualTo(EsibeCliTest.run("evaluate", EsibeCliTest.sample()).out());
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).hasSize(1);
        }
    }

    @Test
    void anInputThatCannotBeReadLeavesThePreviousOutputAsItWas() throws IOException {
        Path out = Files.writeString(dir.resolve("register.csv"), "previous");
        Path missing = dir.resolve("missing.jsonl");

        EsibeCliTest.Run run = EsibeCliTest.run("export-register", "--out", out.toString(), EsibeCliTest.sample(),
                missing.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("esibe: " + missing + ": no such file" + System.lineSeparator());
        assertThat(Files.readString(out)).isEqualTo("previous");
    }
}
