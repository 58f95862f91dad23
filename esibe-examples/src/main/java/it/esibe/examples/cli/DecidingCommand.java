package it.esibe.examples.cli;

import it.esibe.core.ApplicationEvaluator;
import it.esibe.core.ConfigurationException;
import it.esibe.io.ApplicationFiles;
import it.esibe.io.CsvOptions;
import it.esibe.io.Decided;
import it.esibe.io.InputFormat;
import it.esibe.rules.EsibeRegistry;
import it.esibe.rules.EvaluatorBuilder;
import java.io.Closeable;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
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
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * What {@code evaluate} and {@code export-register} share: the evaluator's options (the ruleset
 * among them, from the registry of {@link CliRegistry}), the inputs
 * (checked before anything is written), the output, the progress bar and the exit statuses
 * (0 when every input could be read, 1 on an I/O error, 2 on a usage error).
 */
abstract class DecidingCommand implements Callable<Integer> {

    /** Exit status when an input or the output cannot be read or written. */
    static final int EXIT_IO = 1;

    @Spec
    CommandSpec spec;

    @Mixin
    RulesetOptions rulesets = new RulesetOptions();

    @Option(names = "--reference-date", paramLabel = "D", converter = IsoDateConverter.class,
            description = "ISO date (YYYY-MM-DD) patents and licences are judged at; default: each application's submittedOn.")
    @Nullable LocalDate referenceDate;

    @Option(names = "--reference-year", paramLabel = "Y",
            description = "Fiscal year whose figures count \"per year\"; default: the year before the reference date's year.")
    @Nullable Integer referenceYear;

    @Option(names = "--lang", paramLabel = "it|en|de", defaultValue = "en",
            description = "Language of the summary and of violation messages: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE});"
                    + " de (partial, from the bundled German messages) also adds message.de to every criterion, and keeps the summary in English.")
    Lang lang = Lang.en;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Write to FILE instead of standard output.")
    @Nullable Path out;

    @Option(names = "--bom", description = "CSV output: start with a UTF-8 byte order mark, for Excel.")
    boolean bom;

    @Parameters(arity = "1..*", paramLabel = "FILE",
            description = "Applications: .jsonl (one per line), .json (one object or an array) or .csv (docs/CSV-FORMAT.md).")
    List<Path> files;

    /** The sink of decisions, opened on the output; closing it completes the output. */
    interface Sink extends Consumer<Decided>, Closeable {
    }

    /** Opens the sink on {@code out}, which it closes when closed. */
    abstract Sink open(Writer out) throws IOException;

    /** Opens the sink on the byte stream {@code out}, written in UTF-8, which it closes when closed. */
    Sink open(OutputStream out) throws IOException {
        return open(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }

    /** Standard output as bytes, when the command writes there rather than through its {@code PrintWriter}. */
    private @Nullable PrintStream rawStdout;

    /** Checks the command's own options before anything is read or written; throws {@link ParameterException}. */
    void validate() {
    }

    /** Called after every input was read and the output closed. */
    abstract void finish(PrintWriter err);

    /** The CSV options the command writes with; a delimiter other than ',' or ';' is a usage error. */
    CsvOptions csvOptions(char delimiter, boolean italian) {
        if (delimiter != ',' && delimiter != ';') {
            throw new ParameterException(spec.commandLine(),
                    "Invalid value for option '--delimiter': '" + delimiter + "' (use ',' or ';')");
        }
        return CsvOptions.DEFAULTS.withDelimiter(delimiter).withByteOrderMark(bom).withItalianHeaders(italian);
    }

    @Override
    public final Integer call() {
        validate();
        for (Path file : files) {
            if (InputFormat.of(file).isEmpty()) {
                throw new ParameterException(spec.commandLine(),
                        "Cannot tell the format of " + file + ": the file name must end in .jsonl, .json or .csv");
            }
        }
        if (referenceYear != null && (referenceYear < 1900 || referenceYear > 2100)) {
            throw new ParameterException(spec.commandLine(),
                    "Invalid value for option '--reference-year': " + referenceYear + " is not a year from 1900 to 2100");
        }
        PrintWriter err = spec.commandLine().getErr();
        EsibeRegistry registry;
        try {
            registry = CliRegistry.get();
        } catch (ConfigurationException e) {
            return CliRegistry.fail(err, e);
        }
        // An unknown ruleset or series is a usage error, found before any input is read.
        ApplicationEvaluator evaluator = evaluator(registry);
        // Check every input before writing anything, so that a mistyped name costs no partial output.
        long totalBytes = 0;
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                return ioError(err, file, Files.exists(file) ? "not a regular file" : "no such file");
            }
            if (!Files.isReadable(file)) {
                return ioError(err, file, "permission denied");
            }
            try {
                totalBytes += Files.size(file);
            } catch (IOException e) {
                return ioError(err, file, describe(e));
            }
        }

        ApplicationFiles reader = ApplicationFiles.using(evaluator);
        try (Progress progress = Progress.start(totalBytes); Sink sink = openOutput()) {
            Consumer<Decided> guarded = decided -> {
                try {
                    sink.accept(decided);
                } catch (UncheckedIOException e) {
                    throw new OutputFailure(e.getCause());
                }
            };
            for (Path file : files) {
                try (InputStream in = progress.counting(Files.newInputStream(file))) {
                    reader.decideEach(in, InputFormat.of(file).orElseThrow(), guarded);
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
        if (out == null && (spec.commandLine().getOut().checkError() || rawStdout != null && rawStdout.checkError())) {
            err.println("esibe: cannot write to standard output");
            err.flush();
            return EXIT_IO;
        }
        finish(err);
        err.flush();
        return CommandLine.ExitCode.OK;
    }

    private ApplicationEvaluator evaluator(EsibeRegistry registry) {
        EvaluatorBuilder builder = rulesets.evaluator(registry, spec).locale(lang.locale())
                .languages(lang.locale());
        if (referenceDate != null) {
            builder.referenceDate(referenceDate);
        }
        if (referenceYear != null) {
            builder.referenceYear(referenceYear);
        }
        return RulesetOptions.build(builder, spec);
    }

    /** The destination: {@code --out FILE} in UTF-8, or standard output, which is flushed but left open. */
    private Sink openOutput() throws IOException {
        if (out != null) {
            return open(Files.newOutputStream(out));
        }
        PrintWriter stdout = spec.commandLine().getOut();
        if (stdout instanceof EsibeCli.ProcessOut) {
            // The process's own standard output: write bytes to it, skipping the PrintWriter's
            // encoder. Like the PrintWriter, the PrintStream records a failure for checkError.
            stdout.flush();
            PrintStream bytes = new PrintStream(new FileOutputStream(FileDescriptor.out), false);
            rawStdout = bytes;
            return open(new FilterOutputStream(bytes) {
                @Override
                public void write(byte[] b, int off, int len) {
                    bytes.write(b, off, len);
                }

                @Override
                public void close() {
                    // Standard output belongs to the caller: flush, never close.
                    bytes.flush();
                }
            });
        }
        return open(new FilterWriter(stdout) {
            @Override
            public void close() {
                // Standard output belongs to the caller: flush, never close.
                stdout.flush();
            }
        });
    }

    static int ioError(PrintWriter err, @Nullable Path file, String reason) {
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

    /** A failure to write, told apart from a failure to read an input. */
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
