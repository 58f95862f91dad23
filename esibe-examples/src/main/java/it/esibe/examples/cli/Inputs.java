package it.esibe.examples.cli;

import it.esibe.core.ApplicationRecord;
import it.esibe.io.ApplicationFiles;
import it.esibe.io.ApplicationReader;
import it.esibe.io.Decided;
import it.esibe.io.InputFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * The checks every command that reads application files makes before it reads or writes anything:
 * each name tells a format (a usage error otherwise), each file can be read (an I/O error
 * otherwise), and no output is one of the inputs (a usage error: the output would destroy the
 * input, or the tool would read its own output back).
 */
final class Inputs {

    /** Exit status when an input or the output cannot be read or written. */
    static final int EXIT_IO = 1;

    private Inputs() {
    }

    /**
     * Checks that every name of {@code files} tells a format.
     *
     * @throws ParameterException for the first that does not
     */
    static void checkNames(CommandSpec spec, List<Path> files) {
        for (Path file : files) {
            if (InputFormat.of(file).isEmpty()) {
                throw new ParameterException(spec.commandLine(),
                        "Cannot tell the format of " + file + ": the file name must end in .jsonl, .json or .csv");
            }
        }
    }

    /**
     * Checks that every file of {@code files} is a readable regular file and adds up their sizes.
     *
     * @return the total size in bytes, or empty after reporting the first file that cannot be read on {@code err}
     */
    static OptionalLong totalBytes(PrintWriter err, List<Path> files) {
        long total = 0;
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                ioError(err, file, Files.exists(file) ? "not a regular file" : "no such file");
                return OptionalLong.empty();
            }
            if (!Files.isReadable(file)) {
                ioError(err, file, "permission denied");
                return OptionalLong.empty();
            }
            try {
                total += Files.size(file);
            } catch (IOException e) {
                ioError(err, file, IoErrors.describe(e));
                return OptionalLong.empty();
            }
        }
        return OptionalLong.of(total);
    }

    /**
     * Refuses an output that is one of the inputs: {@code out} when given (by file identity, so a
     * link or another spelling of an input's name is caught), else the process's standard output
     * when {@code processStdout} and it is redirected to an input file.
     *
     * @return {@link CommandLine.ExitCode#USAGE} after one line on {@code err}, or empty when the output is safe
     */
    static Optional<Integer> refuseOutputOverInput(PrintWriter err, @Nullable Path out, boolean processStdout,
            List<Path> inputs) {
        Optional<Path> clash;
        String what;
        if (out != null) {
            clash = OutputFile.sameAsAnInput(out, inputs);
            what = "--out " + out;
        } else if (processStdout) {
            clash = OutputFile.standardOutputAsAnInput(inputs);
            what = "standard output";
        } else {
            return Optional.empty();
        }
        if (clash.isEmpty()) {
            return Optional.empty();
        }
        err.println("esibe: " + what + " is the input " + clash.get()
                + ": writing there would destroy the file being read; nothing was read or written, choose another output file");
        err.flush();
        return Optional.of(CommandLine.ExitCode.USAGE);
    }

    /**
     * Reads every record of {@code files}, in order, passing each to {@code sink}, which decides it.
     *
     * @param untouched what to add to the error line about the output when an input fails half-way
     * @return empty when every file was read to the end; else {@link #EXIT_IO} after one line on
     *     {@code err} naming the file that could not be read and why. An exception of {@code sink}
     *     propagates.
     */
    static OptionalInt readAll(PrintWriter err, ApplicationReader reader, List<Path> files, Progress progress,
            Consumer<ApplicationRecord> sink, String untouched) {
        for (Path input : files) {
            try (InputStream in = progress.counting(Files.newInputStream(input))) {
                reader.read(in, InputFormat.of(input).orElseThrow(), sink);
            } catch (IOException e) {
                return OptionalInt.of(ioError(err, input, IoErrors.describe(e) + untouched));
            } catch (UncheckedIOException e) {
                return OptionalInt.of(ioError(err, input, IoErrors.describe(e.getCause()) + untouched));
            }
        }
        return OptionalInt.empty();
    }

    /**
     * Decides every record of {@code files} with {@code files}' evaluator, on as many threads as it
     * was given, passing each decision to {@code sink} in input order.
     *
     * @param untouched what to add to the error line about the output when an input fails half-way
     * @return empty when every file was read to the end; else {@link #EXIT_IO} after one line on
     *     {@code err} naming the file that could not be read and why. An exception of {@code sink}
     *     propagates.
     */
    static OptionalInt decideAll(PrintWriter err, ApplicationFiles reader, List<Path> files, Progress progress,
            Consumer<Decided> sink, String untouched) {
        for (Path input : files) {
            try (InputStream in = progress.counting(Files.newInputStream(input))) {
                reader.decideEach(in, InputFormat.of(input).orElseThrow(), sink);
            } catch (IOException e) {
                return OptionalInt.of(ioError(err, input, IoErrors.describe(e) + untouched));
            } catch (UncheckedIOException e) {
                return OptionalInt.of(ioError(err, input, IoErrors.describe(e.getCause()) + untouched));
            }
        }
        return OptionalInt.empty();
    }

    /** Reports an I/O problem in one line, {@code esibe: PATH: REASON}, and returns {@link #EXIT_IO}. */
    static int ioError(PrintWriter err, @Nullable Path file, String reason) {
        err.println("esibe: " + (file == null ? "standard output" : file.toString()) + ": " + reason);
        err.flush();
        return EXIT_IO;
    }
}
