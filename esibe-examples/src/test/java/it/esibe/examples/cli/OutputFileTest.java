package it.esibe.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** The output file written whole or not at all, and the identity of an output with an input. */
class OutputFileTest {

    @TempDir
    Path dir;

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static void write(OutputFile file, String text) throws IOException {
        try (OutputStream s = file.stream()) {
            s.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void aCommittedOutputReplacesTheTargetWhole() throws Exception {
        Path target = Files.writeString(dir.resolve("out.jsonl"), "a much longer previous content\n".repeat(100));

        try (OutputFile file = OutputFile.open(target)) {
            write(file, "new\n");
            assertThat(Files.readString(target)).as("untouched until committed").startsWith("a much longer");
            file.commit();
        }

        assertThat(Files.readString(target)).isEqualTo("new\n");
        assertThat(names()).containsExactly("out.jsonl");
    }

    @Test
    void anAbandonedOutputLeavesThePreviousFileAndNoTemporaryFile() throws Exception {
        Path target = Files.writeString(dir.resolve("out.jsonl"), "previous\n");

        try (OutputFile file = OutputFile.open(target)) {
            write(file, "half of the new");
            assertThat(names()).hasSize(2).anyMatch(n -> n.startsWith(".out.jsonl.") && n.endsWith(".tmp"));
        }

        assertThat(Files.readString(target)).isEqualTo("previous\n");
        assertThat(names()).containsExactly("out.jsonl");
    }

    @Test
    void anAbandonedNewOutputIsNotCreated() throws Exception {
        Path target = dir.resolve("new.html");

        try (OutputFile file = OutputFile.open(target)) {
            write(file, "half");
            assertThat(file.untouched(target)).isEqualTo("; " + target + " was not created");
        }

        assertThat(names()).isEmpty();
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void theReplacedFileKeepsItsPermissions() throws Exception {
        Path target = Files.writeString(dir.resolve("shared.csv"), "old");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r-----"));

        try (OutputFile file = OutputFile.open(target)) {
            write(file, "new");
            file.commit();
        }

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-r-----");
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aSymbolicLinkStaysAndTheFileItPointsToIsReplaced() throws Exception {
        Path real = Files.writeString(Files.createDirectory(dir.resolve("data")).resolve("real.jsonl"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.jsonl"), real);

        try (OutputFile file = OutputFile.open(link)) {
            write(file, "new");
            file.commit();
        }

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("new");
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void aDeviceIsWrittenDirectly() throws Exception {
        try (OutputFile file = OutputFile.open(Path.of("/dev/null"))) {
            write(file, "nothing");
            file.commit();
            assertThat(file.untouched(Path.of("/dev/null"))).isEmpty();
        }
        assertThat(Path.of("/dev/null")).exists();
    }

    @Test
    void whatCannotBeWrittenIsSaidBeforeAnythingIsRead() throws Exception {
        Path aFile = Files.writeString(dir.resolve("a-file"), "x");

        assertThatThrownBy(() -> OutputFile.open(dir.resolve("missing").resolve("out.jsonl")))
                .isInstanceOf(OutputFile.Failure.class)
                .hasMessage("the folder " + dir.resolve("missing") + " does not exist");
        assertThatThrownBy(() -> OutputFile.open(aFile.resolve("out.jsonl")))
                .hasMessage(aFile + " is a file, not a folder");
        assertThatThrownBy(() -> OutputFile.open(dir)).hasMessage("it is a folder");
        assertThat(names()).containsExactly("a-file");
    }

    @Test
    void anInputIsRecognisedWhateverTheSpellingOfItsName() throws Exception {
        Path input = Files.writeString(dir.resolve("call.jsonl"), "{}\n");
        Path other = Files.writeString(dir.resolve("other.jsonl"), "{}\n");
        Path link = Files.createSymbolicLink(dir.resolve("link.jsonl"), input.getFileName());
        Path hard = Files.createLink(dir.resolve("hard.jsonl"), input);
        Path dotted = dir.resolve(".").resolve("call.jsonl");
        Path roundabout = dir.resolve("sub").resolve("..").resolve("call.jsonl");
        Files.createDirectory(dir.resolve("sub"));

        for (Path out : List.of(input, dotted, roundabout, link, hard, input.toAbsolutePath())) {
            assertThat(OutputFile.sameAsAnInput(out, List.of(other, input))).as("%s", out).contains(input);
        }
        assertThat(OutputFile.sameAsAnInput(other, List.of(input))).isEmpty();
        assertThat(OutputFile.sameAsAnInput(dir.resolve("new.jsonl"), List.of(input))).as("a new file").isEmpty();
    }
}
