package it.esibe.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import it.esibe.core.model.Application;
import it.esibe.io.ApplicationJson;
import it.esibe.io.RandomModel;
import it.esibe.io.ReadLimits;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.generators.SourceDSL;

/**
 * The one-pass reader against the tree path it replaces for clean records: over generated
 * applications, valid and broken by random mutations of their JSON text (key order, white space,
 * number notation, escapes, unknown properties, wrong types, duplicates, nulls, huge numbers,
 * truncation, small limits), reading a record gives exactly the tree path's {@link ReadResult}:
 * application, violations in order, applicationId and hash.
 */
class OnePassReaderTest {

    private static final long SEED = Long.getLong("esibe.qt.seed", 20261122L);

    /** Small limits, so that mutated records reach every limit of the reader. */
    private static final ReadLimits SMALL = ReadLimits.DEFAULTS.withMaxStringLength(12).withMaxNameLength(20)
            .withMaxNumberLength(16).withMaxNestingDepth(3).withMaxItemsPerList(2).withMaxViolationsPerRecord(3);

    private static QuickTheory qt() {
        return QuickTheory.qt().withFixedSeed(SEED);
    }

    @Test
    void oneReadEqualsTheTreePathOnGeneratedAndMutatedRecords() {
        AtomicInteger onePass = new AtomicInteger();
        AtomicInteger fallback = new AtomicInteger();
        String sample = resource("/it/esibe/io/sample-application.json");
        qt().withExamples(3_000).forAll(SourceDSL.longs().all()).checkAssert(seed -> {
            Random random = new Random(seed);
            String base = switch (random.nextInt(3)) {
                case 0 -> sample;
                case 1 -> ApplicationJson.write(new RandomModel(seed, true).application());
                default -> ApplicationJson.write(new RandomModel(seed, false).application());
            };
            JsonNode tree = Objects.requireNonNull(
                    StrictTreeReader.parse(base, StrictTreeReader.Origin.TEXT, ReadLimits.DEFAULTS).value());
            Mutator mutator = new Mutator(random, random.nextInt(4) == 0 ? 0 : random.nextInt(4) * 0.01);
            String text = mutator.write(tree);
            if (random.nextInt(20) == 0) {
                text = text.substring(0, random.nextInt(text.length() + 1));
            }
            ReadLimits limits = random.nextInt(6) == 0 ? SMALL : ReadLimits.DEFAULTS;
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            ReadResult tree0 = JsonRecord.readTree(text, StrictTreeReader.Origin.LINE, limits,
                    () -> Sha256.hex(bytes));
            ReadResult read = JsonRecord.read(bytes, bytes.length, StrictTreeReader.Origin.LINE, limits);
            assertThat(read).as(text).isEqualTo(tree0);
            ReadResult one = OnePassReader.read(text, limits);
            // Exactly the records without a read problem take the one pass (none is left to the tree needlessly).
            assertThat(one != null).as(text).isEqualTo(tree0.violations().isEmpty());
            (one != null ? onePass : fallback).incrementAndGet();
        });
        // Both ways were taken often: the property compared real one-pass reads, and real fallbacks.
        assertThat(onePass.get()).isGreaterThan(300);
        assertThat(fallback.get()).isGreaterThan(300);
    }

    @Test
    void aRecordReadInOnePassIsTheTreePathsExactly() {
        // Clean records only: each one must complete in one pass, so this compares the one-pass
        // result itself (hash included) rather than a fallback.
        qt().withExamples(500).forAll(SourceDSL.longs().all()).checkAssert(seed -> {
            Random random = new Random(seed);
            Application application = new RandomModel(seed, true).application();
            JsonNode tree = Objects.requireNonNull(StrictTreeReader.parse(ApplicationJson.write(application),
                    StrictTreeReader.Origin.TEXT, ReadLimits.DEFAULTS).value());
            String text = new Mutator(random, 0).write(tree);
            ReadResult expected = JsonRecord.readTree(text, StrictTreeReader.Origin.LINE, ReadLimits.DEFAULTS,
                    () -> "raw");
            ReadResult read = OnePassReader.read(text, ReadLimits.DEFAULTS);
            if (expected.violations().isEmpty()) {
                assertThat(read).as(text).isNotNull();
            }
            if (read != null) {
                assertThat(read).as(text).isEqualTo(expected);
            }
        });
    }

    @Test
    void mostRecordsOfTheSampleCallTakeOnePass() throws IOException {
        Path call = Path.of("../esibe-examples/src/main/resources/it/esibe/examples/sample-call.jsonl");
        List<String> lines = Files.readAllLines(call, StandardCharsets.UTF_8);
        int onePass = 0;
        int records = 0;
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            records++;
            byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
            ReadResult tree = JsonRecord.readTree(line, StrictTreeReader.Origin.LINE, ReadLimits.DEFAULTS,
                    () -> Sha256.hex(bytes));
            ReadResult read = OnePassReader.read(line, ReadLimits.DEFAULTS);
            if (read != null) {
                onePass++;
                assertThat(read).isEqualTo(tree);
            } else {
                // Only a record the tree path finds a read problem in may fall back.
                assertThat(tree.violations()).as(line).isNotEmpty();
            }
        }
        assertThat(records).isGreaterThan(10);
        assertThat(onePass).isGreaterThan(records * 3 / 4);
    }

    @Test
    void recordsWithReadProblemsFallBack() {
        String sample = resource("/it/esibe/io/sample-application.json");
        assertThat(OnePassReader.read(sample, ReadLimits.DEFAULTS)).isNotNull();
        for (String broken : List.of(
                sample.replaceFirst("\\{", "{\"unknown\": 1, "),
                sample.replaceFirst("\\{", "{\"schemaVersion\": 1, "),
                sample.replaceFirst("\"schemaVersion\": 1", "\"schemaVersion\": \"1\""),
                sample.replaceFirst("\"schemaVersion\": 1", "\"schemaVersion\": 1.0"),
                sample.replaceFirst("\"schemaVersion\": 1", "\"schemaVersion\": 1e999999999"),
                sample.substring(0, sample.length() - 3),
                sample + " {}",
                sample.replaceFirst("\"applicationId\": \"[^\"]*\"", "\"applicationId\": null"),
                "[" + sample + "]")) {
            assertThat(OnePassReader.read(broken, ReadLimits.DEFAULTS)).as(broken).isNull();
        }
    }

    private static String resource(String name) {
        try (InputStream in = OnePassReaderTest.class.getResourceAsStream(name)) {
            return new String(Objects.requireNonNull(in, name).readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Writes a tree as JSON text with random but meaningful variations: key order and white space
     * always (they never change the record), and, with probability {@code rate} at each value,
     * a mutation that may make it unreadable or change it.
     */
    private static final class Mutator {
        private static final String[] WHITE = {"", "", " ", "\t", "\n", "\r\n", "  "};
        private static final String[] NAMES = {"applicationId", "schemaVersion", "company", "name", "year",
            "unknownField", "fiscalYears", "capitalShare", "Name", "country"};

        private final Random random;
        private final double rate;
        private final StringBuilder out = new StringBuilder();

        Mutator(Random random, double rate) {
            this.random = random;
            this.rate = rate;
        }

        String write(JsonNode node) {
            space();
            value(node);
            space();
            return out.toString();
        }

        private boolean mutate() {
            return rate > 0 && random.nextDouble() < rate;
        }

        private void space() {
            out.append(WHITE[random.nextInt(WHITE.length)]);
        }

        private void value(JsonNode node) {
            if (mutate()) {
                wrong();
                return;
            }
            if (node.isObject()) {
                object(node);
            } else if (node.isArray()) {
                out.append('[');
                for (int i = 0; i < node.size(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    space();
                    if (mutate()) {
                        out.append("null");
                    } else {
                        value(node.get(i));
                    }
                    space();
                }
                if (mutate()) {
                    out.append(",1");
                }
                out.append(']');
            } else if (node.isTextual()) {
                string(node.textValue());
            } else if (node.isNumber()) {
                number(node.isIntegralNumber() ? new BigDecimal(node.bigIntegerValue()) : node.decimalValue());
            } else {
                out.append(node.toString());
            }
        }

        private void object(JsonNode node) {
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            switch (random.nextInt(3)) {
                case 0 -> Collections.shuffle(names, random);
                case 1 -> Collections.sort(names);
                default -> { }
            }
            out.append('{');
            boolean first = true;
            for (Iterator<String> it = names.iterator(); it.hasNext(); ) {
                String name = it.next();
                if (!first) {
                    out.append(',');
                }
                first = false;
                space();
                member(name, node.get(name));
                if (mutate()) {
                    // A duplicate, or a property the format does not know.
                    out.append(',');
                    member(random.nextBoolean() ? name : NAMES[random.nextInt(NAMES.length)], node.get(name));
                }
                space();
            }
            out.append('}');
        }

        private void member(String name, JsonNode value) {
            string(name);
            space();
            out.append(':');
            space();
            value(value);
        }

        /** Any character may be written as a unicode escape, and a slash escaped: the same string. */
        private void string(String s) {
            out.append('"');
            boolean escapes = random.nextInt(4) == 0;
            for (int k = 0; k < s.length(); k++) {
                char c = s.charAt(k);
                if (c < 0x20 || c == '"' || c == '\\' || Character.isSurrogate(c) || (escapes && random.nextInt(3) == 0)) {
                    out.append(String.format(random.nextBoolean() ? "\\u%04x" : "\\u%04X", (int) c));
                } else if (c == '/' && escapes) {
                    out.append("\\/");
                } else {
                    out.append(c);
                }
            }
            out.append('"');
        }

        /** The same number in another notation: exponent forms, trailing zeros, minus zero. */
        private void number(BigDecimal value) {
            switch (random.nextInt(6)) {
                case 0 -> out.append(value.toString());
                case 1 -> {
                    // unscaled E -scale, as 12E+4 for 120000
                    out.append(value.unscaledValue()).append(random.nextBoolean() ? 'E' : 'e');
                    int exponent = -value.scale();
                    out.append(exponent >= 0 && random.nextBoolean() ? "+" : "").append(exponent);
                }
                case 2 -> out.append(value.signum() == 0 ? "-0" : value.toPlainString());
                case 3 -> {
                    String plain = value.toPlainString();
                    out.append(plain).append(plain.contains(".") ? "00" : ".00");
                }
                case 4 -> out.append(value.scale() > 0 ? value.toPlainString() : value.stripTrailingZeros().toString());
                default -> out.append(value.toPlainString());
            }
        }

        /** A value of the wrong type, a null, a huge or odd number, or a broken token. */
        private void wrong() {
            String[] values = {"null", "true", "\"x\"", "{}", "[]", "1", "1.5", "-0", "1.2E+5", "120000.00",
                "1E+999999999", "1e-400", "12345678901234567890123456789012345", "3000000000", "\"2023-02-30\"",
                "\"20230101\"", "\"granted\"", "\"" + "x".repeat(40) + "\"", "[null]", "[1,2,3]", "{\"a\":1}",
                "\"\\ud800\"", "01", "NaN", "\"\u0001\"", "[[[[[]]]]]", "tru", "\"\\u0041\""};
            out.append(values[random.nextInt(values.length)]);
        }
    }
}
