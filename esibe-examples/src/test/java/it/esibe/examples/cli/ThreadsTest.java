package it.esibe.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.esibe.core.ApplicationEvaluator;
import it.esibe.core.decision.Outcome;
import it.esibe.examples.Oracle;
import it.esibe.io.ApplicationCsvWriter;
import it.esibe.io.ApplicationFiles;
import it.esibe.io.ApplicationReader;
import it.esibe.io.CsvOptions;
import it.esibe.io.DecisionWriter;
import it.esibe.io.InputFormat;
import it.esibe.io.OutputFormat;
import it.esibe.rules.Esibe;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.QuickTheory;

/**
 * {@code --threads N} and {@link ApplicationFiles#parallel}: the output is byte for byte that of one
 * thread, in input order, at 1, 2 and 8 threads, on the sample call (every command, in every
 * language) and on generated files mixing valid, ineligible, incomplete and INVALID records.
 */
class ThreadsTest {

    private static final int[] COUNTS = {1, 2, 8};
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ExecutorService TWO = Executors.newFixedThreadPool(2);
    private static final ExecutorService EIGHT = Executors.newFixedThreadPool(8);

    @TempDir
    Path dir;

    @AfterAll
    static void stop() {
        TWO.shutdownNow();
        EIGHT.shutdownNow();
    }

    private static EsibeCliTest.Run run(int threads, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add(1, "--threads");
        all.add(2, String.valueOf(threads));
        return EsibeCliTest.run(all.toArray(String[]::new));
    }

    @ParameterizedTest
    @ValueSource(strings = {"it", "en", "de"})
    void evaluateWritesTheSameBytesOnAnyNumberOfThreads(String lang) {
        for (String format : List.of("jsonl", "json", "csv")) {
            EsibeCliTest.Run one = run(1, "evaluate", "--lang", lang, "--format", format, EsibeCliTest.sample());
            assertThat(one.exitCode()).as(one.err()).isZero();
            assertThat(one.out()).contains("ELIGIBLE").contains("INVALID");
            for (int n : COUNTS) {
                EsibeCliTest.Run many = run(n, "evaluate", "--lang", lang, "--format", format, EsibeCliTest.sample());
                assertThat(many.exitCode()).isZero();
                assertThat(many.out()).as("%s at %d threads", format, n).isEqualTo(one.out());
                assertThat(many.err()).as("the summary at %d threads", n).isEqualTo(one.err());
            }
        }
    }

    @Test
    void theDefaultIsTheSameAsOneThread() {
        EsibeCliTest.Run one = run(1, "evaluate", EsibeCliTest.sample());
        EsibeCliTest.Run byDefault = EsibeCliTest.run("evaluate", EsibeCliTest.sample());
        assertThat(byDefault.out()).isEqualTo(one.out());
    }

    @Test
    void exportRegisterAndReportAreTheSameOnAnyNumberOfThreads() throws IOException {
        EsibeCliTest.Run one = run(1, "export-register", "--headers", "en", EsibeCliTest.sample());
        assertThat(one.out().lines().count()).as("header and the sample call's admitted companies").isGreaterThan(1);
        List<String> pages = new ArrayList<>();
        for (int n : COUNTS) {
            assertThat(run(n, "export-register", "--headers", "en", EsibeCliTest.sample()).out()).isEqualTo(one.out());
            assertThat(run(n, "export-register", "--format", "json", EsibeCliTest.sample()).out())
                    .isEqualTo(run(1, "export-register", "--format", "json", EsibeCliTest.sample()).out());
            Path page = dir.resolve("report-" + n + ".html");
            EsibeCliTest.Run report = run(n, "report", "--lang", "it", "--support-after", "2025-06-30", "--out",
                    page.toString(), EsibeCliTest.sample());
            assertThat(report.exitCode()).as(report.err()).isZero();
            pages.add(Files.readString(page));
        }
        assertThat(pages).allMatch(p -> p.equals(pages.get(0)));
    }

    @Test
    void aThreadCountOutOfRangeIsAUsageError() {
        for (String n : List.of("0", "-1", String.valueOf(ApplicationFiles.MAX_PARALLELISM + 1))) {
            EsibeCliTest.Run run = EsibeCliTest.run("evaluate", "--threads", n, EsibeCliTest.sample());
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.out()).isEmpty();
            assertThat(run.err()).contains("--threads").contains("from 1 to " + ApplicationFiles.MAX_PARALLELISM);
        }
    }

    /**
     * Files of 1 to 120 applications made from the sample call's by random edits (a value replaced
     * anywhere in the tree, a line cut short, a blank line), decided on one thread and on two and
     * eight: the same bytes, in JSON Lines, a JSON array and CSV output, in Italian and English.
     */
    @Test
    void generatedFilesAreDecidedAlikeOnAnyNumberOfThreads() throws IOException {
        List<String> sample = Files.readAllLines(Oracle.sampleCall(), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank()).toList();
        Map<Locale, ApplicationEvaluator> evaluators = Map.of(Locale.ITALIAN,
                Esibe.evaluator().locale(Locale.ITALIAN).build(), Locale.ENGLISH, Esibe.evaluator().build());
        Set<Outcome> seen = EnumSet.noneOf(Outcome.class);
        QuickTheory.qt().withFixedSeed(Long.getLong("esibe.qt.seed", 20261122L)).withExamples(40)
                .forAll(longs().all()).checkAssert(seed -> {
                    Random random = new Random(seed);
                    byte[] jsonl = generated(sample, random);
                    ApplicationEvaluator evaluator = random.nextBoolean() ? evaluators.get(Locale.ITALIAN)
                            : evaluators.get(Locale.ENGLISH);
                    ApplicationFiles files = ApplicationFiles.using(evaluator);
                    byte[] array = array(jsonl);
                    for (OutputFormat out : OutputFormat.values()) {
                        byte[] one = decided(files, jsonl, InputFormat.JSON_LINES, out);
                        assertThat(decided(files.parallel(TWO, 2), jsonl, InputFormat.JSON_LINES, out)).isEqualTo(one);
                        assertThat(decided(files.parallel(EIGHT, 8), jsonl, InputFormat.JSON_LINES, out)).isEqualTo(one);
                        byte[] oneOfArray = decided(files, array, InputFormat.JSON, out);
                        assertThat(decided(files.parallel(EIGHT, 8), array, InputFormat.JSON, out)).isEqualTo(oneOfArray);
                    }
                    try {
                        files.decide(new ByteArrayInputStream(jsonl), InputFormat.JSON_LINES,
                                d -> seen.add(d.outcome()));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
        assertThat(seen).as("the generated files reach every outcome").isEqualTo(EnumSet.allOf(Outcome.class));
    }

    /** The sample call's readable applications as CSV, with a row of empty cells, at 1, 2 and 8 threads. */
    @Test
    void csvInputIsDecidedAlikeOnAnyNumberOfThreads() throws IOException {
        Path csv = dir.resolve("sample.csv");
        try (OutputStream out = Files.newOutputStream(csv);
                ApplicationCsvWriter writer = new ApplicationCsvWriter(out, CsvOptions.DEFAULTS)) {
            ApplicationReader.create().read(Oracle.sampleCall(), r -> {
                if (r.application() != null) {
                    writer.accept(r.application());
                }
            });
        }
        Files.writeString(csv, ",,,\r\nnot,an,application\r\n", StandardOpenOption.APPEND);
        EsibeCliTest.Run one = run(1, "evaluate", csv.toString());
        assertThat(one.out()).contains("ELIGIBLE");
        for (int n : COUNTS) {
            assertThat(run(n, "evaluate", csv.toString()).out()).isEqualTo(one.out());
        }
    }

    private static byte[] decided(ApplicationFiles files, byte[] input, InputFormat in, OutputFormat out) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DecisionWriter writer = DecisionWriter.open(out, bytes, CsvOptions.DEFAULTS)) {
            files.decide(new ByteArrayInputStream(input), in, writer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The lines of a JSON Lines file as the elements of one JSON array (bad lines are bad elements). */
    private static byte[] array(byte[] jsonl) {
        String[] lines = new String(jsonl, StandardCharsets.UTF_8).split("\n");
        return ("[" + String.join(",\n", Stream.of(lines).filter(l -> !l.isBlank()).toList()) + "]")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] generated(List<String> sample, Random random) {
        int count = 1 + random.nextInt(120);
        StringBuilder file = new StringBuilder();
        for (int i = 0; i < count; i++) {
            String line = sample.get(random.nextInt(sample.size()));
            int edit = random.nextInt(10);
            if (edit == 0) {
                line = line.substring(0, random.nextInt(line.length())); // cut short: not JSON
            } else if (edit == 1) {
                line = "   "; // blank: no record, but counted
            } else if (edit <= 5) {
                line = edited(line, random);
            }
            file.append(line).append(random.nextInt(8) == 0 ? "\r\n" : "\n");
        }
        return file.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** {@code line} with one value anywhere in its tree replaced by a random one. */
    private static String edited(String line, Random random) {
        try {
            JsonNode tree = MAPPER.readTree(line);
            List<JsonNode> containers = new ArrayList<>();
            collect(tree, containers);
            JsonNode parent = containers.get(random.nextInt(containers.size()));
            JsonNode value = randomValue(random);
            if (parent instanceof ObjectNode o && o.size() > 0) {
                List<String> names = new ArrayList<>();
                o.fieldNames().forEachRemaining(names::add);
                o.set(names.get(random.nextInt(names.size())), value);
            } else if (parent instanceof ArrayNode a && a.size() > 0) {
                a.set(random.nextInt(a.size()), value);
            }
            return MAPPER.writeValueAsString(tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collect(JsonNode node, List<JsonNode> containers) {
        if (node.isContainerNode()) {
            containers.add(node);
            for (Iterator<JsonNode> it = node.elements(); it.hasNext();) {
                collect(it.next(), containers);
            }
        }
    }

    private static JsonNode randomValue(Random random) {
        switch (random.nextInt(7)) {
            case 0:
                return MAPPER.getNodeFactory().nullNode();
            case 1:
                return MAPPER.getNodeFactory().numberNode(random.nextInt(3_000_000) - 1_000);
            case 2:
                return MAPPER.getNodeFactory().numberNode(new java.math.BigDecimal(random.nextInt(100_000)).movePointLeft(2));
            case 3:
                return MAPPER.getNodeFactory().textNode("2024-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(9));
            case 4:
                return MAPPER.getNodeFactory().textNode("x".repeat(random.nextInt(3)));
            case 5:
                return MAPPER.getNodeFactory().booleanNode(random.nextBoolean());
            default:
                return MAPPER.getNodeFactory().numberNode(random.nextInt(3));
        }
    }
}
