package it.esibe.examples;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The hand-written oracle {@code sample-call-expected.tsv}: for each application of the bundled
 * sample call, the expected outcome, each criterion's expected result, where an {@code INVALID}
 * one's violation lies, and the expected {@code ESIBE-RD-MIN} remedy.
 */
public final class Oracle {

    /** The criteria of the rules spec, in its order. */
    public static final List<String> CRITERIA = List.of("ESIBE-TRACK-ALIGN", "ESIBE-STAGE", "ESIBE-RD-MIN",
            "ESIBE-PATENT", "ESIBE-SEAT", "ESIBE-RD-ITALY", "ESIBE-SME");

    /** The bundled sample call, as a class-path resource name. */
    public static final String SAMPLE_CALL = "/it/esibe/examples/sample-call.jsonl";

    /**
     * One oracle row.
     *
     * @param applicationId the application's id
     * @param outcome the expected outcome
     * @param results the expected result per criterion id, in spec order; empty for {@code INVALID}
     * @param violationPath for {@code INVALID}, the prefix of an expected violation's path
     * @param missingAmount the expected {@code missingAmount} remedy of {@code ESIBE-RD-MIN}, if any
     * @param why the hand derivation
     */
    public record Row(String applicationId, String outcome, Map<String, String> results,
            Optional<String> violationPath, Optional<BigDecimal> missingAmount, String why) {
    }

    private Oracle() {
    }

    /** The rows, in input order. */
    public static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = Objects.requireNonNull(Oracle.class.getResourceAsStream("/sample-call-expected.tsv"));
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> header = null;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                List<String> cells = Arrays.asList(line.split("\t", -1));
                if (header == null) {
                    header = cells;
                    if (!header.subList(2, 9).equals(CRITERIA)) {
                        throw new IllegalStateException("oracle header must list the criteria in spec order: " + header);
                    }
                    continue;
                }
                if (cells.size() != header.size()) {
                    throw new IllegalStateException("oracle row has " + cells.size() + " cells: " + line);
                }
                Map<String, String> results = new LinkedHashMap<>();
                for (int i = 0; i < CRITERIA.size(); i++) {
                    String v = cells.get(2 + i);
                    if (!v.equals("-")) {
                        results.put(CRITERIA.get(i), v);
                    }
                }
                rows.add(new Row(cells.get(0), cells.get(1), results, optional(cells.get(9)),
                        optional(cells.get(10)).map(BigDecimal::new), cells.get(11)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** The sample call as a file, for the command-line tool. */
    public static Path sampleCall() {
        try {
            return Path.of(Objects.requireNonNull(Oracle.class.getResource(SAMPLE_CALL)).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Optional<String> optional(String cell) {
        return cell.equals("-") ? Optional.empty() : Optional.of(cell);
    }
}
