package it.esibe.examples.cli;

import it.esibe.examples.Oracle;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hostile inputs of the regression suite, written on the fly into a test's temporary folder
 * (never into the project), and the count of records in a JSON Lines file as spec v1.1 counts them.
 */
final class HostileFiles {

    private static final Pattern ID = Pattern.compile("\"applicationId\":\\s*\"[^\"]*\"");
    private static final Pattern NAME = Pattern.compile("\"name\":\\s*\"[^\"]*\"");
    private static final Pattern SEAT_REGION = Pattern.compile("(\"legalSeat\":\\s*\\{[^}]*\"region\":\\s*)\"[^\"]*\"");

    /** The header and the one row of the English CSV template (docs/application-template-en.csv): an eligible application. */
    static final String CSV_HEADER = "\"schemaVersion\",\"applicationId\",\"submittedOn\",\"companyName\",\"vatNumber\","
            + "\"legalSeatCountry\",\"legalSeatRegion\",\"legalSeatCity\",\"headquartersCountry\",\"headquartersRegion\","
            + "\"headquartersCity\",\"track\",\"developmentStage\",\"fiscalYears\",\"patents\",\"programs\",\"holders\","
            + "\"participations\"";

    private HostileFiles() {
    }

    /** The lines of the bundled sample call: 19 applications, 4 of them eligible (the oracle's). */
    static List<String> sampleLines() {
        try {
            return Files.readAllLines(Oracle.sampleCall(), StandardCharsets.UTF_8).stream()
                    .filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first application of the sample call (ELIGIBLE in the oracle) with its id set to {@code id}. */
    static String eligible(String id) {
        return withId(sampleLines().get(0), id);
    }

    static String withId(String line, String id) {
        return ID.matcher(line).replaceFirst(Matcher.quoteReplacement("\"applicationId\": \"" + id + "\""));
    }

    /** {@code line} with the company's name (its first {@code "name"}) set to the JSON string text {@code jsonText}. */
    static String withName(String line, String jsonText) {
        return NAME.matcher(line).replaceFirst(Matcher.quoteReplacement("\"name\": \"" + jsonText + "\""));
    }

    /** {@code line} with the region of the legal seat set to {@code region} (plain text, no quotes or escapes). */
    static String withSeatRegion(String line, String region) {
        return SEAT_REGION.matcher(line).replaceFirst("$1" + Matcher.quoteReplacement("\"" + region + "\""));
    }

    /** One CSV row of the template with the given id and company name (both written as quoted cells). */
    static String csvRow(String id, String name) {
        return "\"1\"," + csv(id) + ",\"2025-03-15\"," + csv(name) + ",\"IT00743110157\",\"IT\",\"Lombardia\",\"Milano\","
                + "\"IT\",\"Lombardia\",\"Milano\",\"PRECISION_MEDICINE\",\"PRECLINICAL\","
                + "\"2024|2500000|2100000|0|38.5|120000|9000000\",\"EP3456789B1|OWNED|GRANTED|2038-05-01|\","
                + "\"CAR-T for solid tumours|TEC-GENE-CELL|PAT-ONCO\","
                + "\"Founders|INDIVIDUAL|60||||;Fondo VC|VENTURE_CAPITAL|40||||\",\"\"";
    }

    private static String csv(String cell) {
        return "\"" + cell.replace("\"", "\"\"") + "\"";
    }

    /**
     * Writes {@code count} applications: the sample call's 19, cycled, each with its own id
     * {@code GEN-0000000}...; when {@code regions} is positive, the legal seat of application i is
     * in region {@code R-(i mod regions)}, so that the regions outnumber what a report lists.
     */
    static Path applications(Path file, long count, int regions) throws IOException {
        List<String> lines = sampleLines();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            for (long i = 0; i < count; i++) {
                String line = withId(lines.get((int) (i % lines.size())), String.format("GEN-%07d", i));
                if (regions > 0) {
                    line = withSeatRegion(line, "R-" + (i % regions));
                }
                out.write(line.getBytes(StandardCharsets.UTF_8));
                out.write('\n');
            }
        }
        return file;
    }

    /** Writes {@code count} copies of {@code line}, each followed by a line feed. */
    static Path repeated(Path file, String line, long count) throws IOException {
        byte[] bytes = (line + "\n").getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            for (long i = 0; i < count; i++) {
                out.write(bytes);
            }
        }
        return file;
    }

    /** Writes {@code parts} one after the other: text in UTF-8, byte arrays as they are. */
    static Path bytes(Path file, Object... parts) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            for (Object part : parts) {
                out.write(part instanceof byte[] b ? b : part.toString().getBytes(StandardCharsets.UTF_8));
            }
        }
        return file;
    }

    /**
     * The records of a JSON Lines file as spec v1.1 counts them (ESIBE-FORMAT, "Records"): lines end
     * at LF, CRLF or a bare CR; a final line end starts no record; a UTF-8 byte order mark at the
     * start is skipped; a line holding only white space (spaces and tabs, JSON's white space within
     * a line) is no record; every other line is one.
     */
    static long jsonLinesRecords(Path file) throws IOException {
        long records = 0;
        boolean content = false;
        boolean start = true;
        int bomSeen = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                for (int i = 0; i < n; i++) {
                    int b = buffer[i] & 0xFF;
                    if (start && bomSeen < 3 && b == new int[] {0xEF, 0xBB, 0xBF}[bomSeen]) {
                        bomSeen++;
                        continue;
                    }
                    if (start && bomSeen > 0 && bomSeen < 3) {
                        // Not a byte order mark after all: its bytes are content.
                        content = true;
                    }
                    start = false;
                    if (b == '\n' || b == '\r') {
                        // A CR followed by LF ends one line: the LF then ends an empty one, which is no record.
                        records += content ? 1 : 0;
                        content = false;
                    } else if (b != ' ' && b != '\t') {
                        content = true;
                    }
                }
            }
        }
        return records + (content ? 1 : 0);
    }
}
