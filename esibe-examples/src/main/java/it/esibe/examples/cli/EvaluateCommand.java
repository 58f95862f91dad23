package it.esibe.examples.cli;

import it.esibe.core.ApplicationEvaluator;
import it.esibe.core.decision.Decision;
import it.esibe.io.ApplicationFiles;
import it.esibe.io.DecisionLinesWriter;
import it.esibe.io.InputFormat;
import it.esibe.rules.Esibe;
import it.esibe.rules.EvaluatorBuilder;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code esibe evaluate}: decides every application of one or more {@code .json}/{@code .jsonl}
 * files and writes one decision per record as JSON Lines, as it reads; then a summary on stderr.
 */
@Command(name = "evaluate",
        mixinStandardHelpOptions = true,
        versionProvider = EsibeCli.Version.class,
        description = {
            "Decides every application in FILE... (.json or .jsonl) under ruleset esibe-2024-interim.",
            "Writes one decision per record, in input order, as JSON Lines; then a summary on stderr.",
            "Exit status: 0 when every input could be read, 1 on an I/O error, 2 on a usage error."})
final class EvaluateCommand implements Callable<Integer> {

    /** Exit status when an input or the output cannot be read or written. */
    static final int EXIT_IO = 1;

    @Spec
    CommandSpec spec;

    @Option(names = "--reference-date", paramLabel = "D", converter = IsoDateConverter.class,
            description = "ISO date (YYYY-MM-DD) patents and licences are judged at; default: each application's submittedOn.")
    @Nullable LocalDate referenceDate;

    @Option(names = "--reference-year", paramLabel = "Y",
            description = "Fiscal year whose figures count \"per year\"; default: the year before the reference date's year.")
    @Nullable Integer referenceYear;

    @Option(names = "--lang", paramLabel = "it|en", defaultValue = "en",
            description = "Language of the summary and of violation messages: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Lang lang = Lang.en;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Write the decisions to FILE instead of standard output.")
    @Nullable Path out;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Applications: .jsonl (one per line) or .json (one object or an array).")
    List<Path> files;

    @Override
    public Integer call() {
        for (Path file : files) {
            if (InputFormat.of(file).isEmpty()) {
                throw new ParameterException(spec.commandLine(),
                        "Cannot tell the format of " + file + ": the file name must end in .jsonl or .json");
            }
        }
        if (referenceYear != null && (referenceYear < 1900 || referenceYear > 2100)) {
            throw new ParameterException(spec.commandLine(),
                    "Invalid value for option '--reference-year': " + referenceYear + " is not a year from 1900 to 2100");
        }
        PrintWriter err = spec.commandLine().getErr();
        // Check every input before writing anything, so that a mistyped name costs no partial output.
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                return ioError(err, file, Files.exists(file) ? "not a regular file" : "no such file");
            }
            if (!Files.isReadable(file)) {
                return ioError(err, file, "permission denied");
            }
        }

        ApplicationFiles reader = ApplicationFiles.using(evaluator());
        Summary summary = new Summary();
        try (DecisionLinesWriter writer = openOutput()) {
            Consumer<Decision> sink = decision -> {
                summary.add(decision);
                try {
                    writer.write(decision);
                } catch (IOException e) {
                    throw new OutputFailure(e);
                }
            };
            for (Path file : files) {
                try {
                    reader.decide(file, sink);
                } catch (IOException e) {
                    return ioError(err, file, describe(e));
                } catch (UncheckedIOException e) {
                    return ioError(err, file, describe(e.getCause()));
                }
            }
        } catch (OutputFailure e) {
            return ioError(err, out, describe(e.getCause()));
        } catch (IOException e) {
            return ioError(err, out, describe(e));
        }
        if (out == null && spec.commandLine().getOut().checkError()) {
            err.println("esibe: cannot write to standard output");
            err.flush();
            return EXIT_IO;
        }
        summary.render(lang).forEach(err::println);
        err.flush();
        return CommandLine.ExitCode.OK;
    }

    private ApplicationEvaluator evaluator() {
        EvaluatorBuilder builder = Esibe.evaluator().locale(lang.locale());
        if (referenceDate != null) {
            builder.referenceDate(referenceDate);
        }
        if (referenceYear != null) {
            builder.referenceYear(referenceYear);
        }
        return builder.build();
    }

    /** The decisions' destination: {@code --out FILE}, or standard output, which is left open. */
    private DecisionLinesWriter openOutput() throws IOException {
        if (out != null) {
            OutputStream stream = Files.newOutputStream(out);
            return new DecisionLinesWriter(stream);
        }
        PrintWriter stdout = spec.commandLine().getOut();
        return new DecisionLinesWriter(new java.io.FilterWriter(stdout) {
            @Override
            public void close() {
                // Standard output belongs to the caller: flush, never close.
                stdout.flush();
            }
        });
    }

    private static int ioError(PrintWriter err, @Nullable Path file, String reason) {
        err.println("esibe: " + (file == null ? "standard output" : file.toString()) + ": " + reason);
        err.flush();
        return EXIT_IO;
    }

    private static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message;
    }

    /** A failure to write a decision, told apart from a failure to read an input. */
    private static final class OutputFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        OutputFailure(IOException cause) {
            super(cause);
        }

        @Override
        public synchronized IOException getCause() {
            return (IOException) super.getCause();
        }
    }

    /** Parses {@code --reference-date} strictly as an ISO date; anything else is a usage error. */
    static final class IsoDateConverter implements CommandLine.ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new CommandLine.TypeConversionException(
                        "'" + value + "' is not an ISO date (YYYY-MM-DD), such as 2025-03-31");
            }
        }
    }
}
