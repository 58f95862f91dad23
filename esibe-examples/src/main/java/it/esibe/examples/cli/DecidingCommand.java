package it.esibe.examples.cli;

import it.esibe.core.ApplicationEvaluator;
import it.esibe.core.ApplicationRecord;
import it.esibe.io.ApplicationReader;
import it.esibe.io.CsvOptions;
import it.esibe.io.Decided;
import it.esibe.rules.EsibeRegistry;
import it.esibe.rules.EvaluatorBuilder;
import java.io.Closeable;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
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
 * What {@code evaluate}, {@code export-register}, {@code compare} and {@code sweep} share: the
 * evaluator's options (the rulesets among them, from the registry of {@link CliRegistry} and the
 * reform files), the inputs
 * (checked before anything is written), the output, the progress bar and the exit statuses
 * (0 when every input could be read, 1 on an I/O error, 2 on a usage error).
 *
 * <p>The output never harms an input: {@code --out} naming an input (by file identity, so a link or
 * another spelling of its name too), or standard output redirected to one, is a usage error found
 * before anything is read. {@code --out FILE} is written to a temporary file beside it and moved
 * into place only when complete ({@link OutputFile}). When the reader of standard output goes away
 * ({@code | head}), the run stops at the next write, quietly, with status 1.
 */
abstract class DecidingCommand implements Callable<Integer> {

    /** Exit status when an input or the output cannot be read or written. */
    static final int EXIT_IO = Inputs.EXIT_IO;

    @Spec
    CommandSpec spec;

    @Mixin
    RulesetOptions rulesets = new RulesetOptions();

    @Mixin
    ThreadsOption threads = new ThreadsOption();

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
            description = "Write to FILE instead of standard output. FILE is replaced only when complete"
                    + " (a failed run leaves it as it was) and may not be one of the inputs.")
    @Nullable Path out;

    @Option(names = "--bom", description = "CSV output: start with a UTF-8 byte order mark, for Excel.")
    boolean bom;

    @Parameters(arity = "1..*", paramLabel = "FILE",
            description = "Applications: .jsonl (one per line), .json (one object or an array) or .csv (docs/CSV-FORMAT.md).")
    List<Path> files;

    /**
     * The sink of records as read, opened on the output: it decides each ({@link #decide}, or under
     * several rulesets) and writes what the command writes; closing it completes the output.
     */
    interface Sink extends Consumer<ApplicationRecord>, Closeable {

        /**
         * Takes one record as read, in input order: the sink of a command that decides each record
         * under several rulesets ({@link DecidingCommand#decidesUnderOneRuleset()} false) implements it.
         */
        @Override
        default void accept(ApplicationRecord record) {
            throw new UnsupportedOperationException("this command takes decisions, not records");
        }

        /** Takes one decision under the command's one ruleset, in input order: the other commands' sinks implement it. */
        default void accept(Decided decided) {
            throw new UnsupportedOperationException("this command takes records, not decisions");
        }
    }

    /**
     * Whether the command decides each record under its one ruleset, so that records can be decided
     * on several threads and handed to {@link Sink#accept(Decided)} in input order; otherwise its
     * sink takes records ({@link Sink#accept(ApplicationRecord)}) and decides them itself.
     */
    boolean decidesUnderOneRuleset() {
        return true;
    }

    /** Runs one write of the sink, turning its I/O failure into the command's output failure. */
    private static void guard(Runnable write) {
        try {
            write.run();
        } catch (UncheckedIOException e) {
            throw new OutputFailure(e.getCause());
        }
    }

    /** The evaluator of the one ruleset chosen, once {@link #prepare} has built it. */
    private @Nullable ApplicationEvaluator evaluator;

    /** Opens the sink on {@code out}, which it closes when closed. */
    abstract Sink open(Writer out) throws IOException;

    /** Opens the sink on the byte stream {@code out}, written in UTF-8, which it closes when closed. */
    Sink open(OutputStream out) throws IOException {
        return open(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }

    /** {@return whether criterion results list the facts and parameters they used; by default they do} */
    boolean facts() {
        return true;
    }

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
        int threadCount = threads.count(spec);
        Inputs.checkNames(spec, files);
        if (referenceYear != null && (referenceYear < 1900 || referenceYear > 2100)) {
            throw new ParameterException(spec.commandLine(),
                    "Invalid value for option '--reference-year': " + referenceYear + " is not a year from 1900 to 2100");
        }
        PrintWriter err = spec.commandLine().getErr();
        EsibeRegistry registry = CliRegistry.get();
        // A reform file that is not valid, an unknown ruleset or series: found before any input is read.
        Optional<Integer> refusedRulesets = rulesets.load(registry, spec, err);
        if (refusedRulesets.isPresent()) {
            return refusedRulesets.get();
        }
        prepare(rulesets.registry());
        // Check every input before writing anything, so that a mistyped name costs no partial output.
        OptionalLong totalBytes = Inputs.totalBytes(err, files);
        if (totalBytes.isEmpty()) {
            return EXIT_IO;
        }
        boolean processStdout = spec.commandLine().getOut() instanceof EsibeCli.ProcessOut;
        Optional<Integer> refused = Inputs.refuseOutputOverInput(err, out, processStdout, files);
        if (refused.isPresent()) {
            return refused.get();
        }
        OutputFile file = null;
        if (out != null) {
            try {
                file = OutputFile.open(out);
            } catch (OutputFile.Failure e) {
                return ioError(err, out, "cannot write: " + e.getMessage());
            }
        }

        // Commands that decide under one ruleset decide on every thread asked for; those that decide
        // each record under several rulesets (compare, sweep) read records and decide them in order.
        boolean parallel = decidesUnderOneRuleset();
        try (OutputFile owned = file; ThreadsOption.Pool pool = ThreadsOption.start(parallel ? threadCount : 1)) {
            try (Progress progress = Progress.start(totalBytes.getAsLong());
                    Sink sink = owned != null ? open(owned.stream()) : openStandardOutput()) {
                OptionalInt failed;
                if (parallel) {
                    failed = Inputs.decideAll(err, pool.files(Objects.requireNonNull(evaluator, "prepared")), files,
                            progress, decided -> guard(() -> sink.accept(decided)), untouched(owned));
                } else {
                    failed = Inputs.readAll(err, ApplicationReader.create(), files, progress,
                            record -> guard(() -> sink.accept(record)), untouched(owned));
                }
                if (failed.isPresent()) {
                    return failed.getAsInt();
                }
            }
            if (owned != null) {
                owned.commit();
            }
        } catch (OutputFailure e) {
            return outputError(err, e.getCause(), file);
        } catch (IOException e) {
            return outputError(err, e, file);
        }
        if (out == null && spec.commandLine().getOut().checkError()) {
            err.println("esibe: cannot write to standard output");
            err.flush();
            return EXIT_IO;
        }
        finish(err);
        err.flush();
        return CommandLine.ExitCode.OK;
    }

    /**
     * A failure to write: on a file, one line that says why and that the previous file is intact;
     * on standard output closed by its reader ({@code esibe evaluate big.jsonl | head -1}), a quiet
     * stop, as the tools of a pipeline do.
     */
    private int outputError(PrintWriter err, IOException e, @Nullable OutputFile file) {
        if (file == null && IoErrors.isBrokenPipe(e)) {
            return EXIT_IO;
        }
        return ioError(err, out, IoErrors.describe(e) + untouched(file));
    }

    /** What became of the output file when a run fails half-way: nothing. */
    private String untouched(@Nullable OutputFile file) {
        return file == null || out == null ? "" : file.untouched(out);
    }

    /**
     * Sets up what the command decides with, before any input is read: by default the evaluator of
     * the one ruleset chosen ({@link RulesetOptions#evaluator}), which {@link #decide} uses; a
     * command that decides under several rulesets overrides it.
     *
     * @param registry the tool's registry with the rulesets of the reform files
     * @throws ParameterException if the options do not give what the command decides with
     */
    void prepare(EsibeRegistry registry) {
        evaluator = RulesetOptions.build(configure(rulesets.evaluator(spec)), spec);
    }

    /** {@code builder} with the options every evaluator of the command shares: language, reference date and year. */
    EvaluatorBuilder configure(EvaluatorBuilder builder) {
        builder.locale(lang.locale()).languages(lang.locale()).facts(facts());
        if (referenceDate != null) {
            builder.referenceDate(referenceDate);
        }
        if (referenceYear != null) {
            builder.referenceYear(referenceYear);
        }
        return builder;
    }

    /**
     * Standard output, which is flushed but left open. The process's own is written as UTF-8
     * bytes straight to its file descriptor, so that a failure (a reader that has gone away)
     * throws at once and ends the run instead of being noted and ignored as by a {@code PrintStream}.
     */
    private Sink openStandardOutput() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        if (stdout instanceof EsibeCli.ProcessOut) {
            stdout.flush();
            // Standard output belongs to the caller: flush, never close.
            return open(OutputFile.keptOpen(new FileOutputStream(FileDescriptor.out)));
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
        return Inputs.ioError(err, file, reason);
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
