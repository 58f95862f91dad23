package it.esibe.io;

import static org.assertj.core.api.Assertions.assertThat;

import it.esibe.core.ApplicationRecord;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.function.IntFunction;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The heaviest hostile inputs of issue 12, read in a forked JVM with a 48 MB heap: a JSON array of
 * 60 MB whose bad elements are over the record limit (3 MB names), NaN, nested 200 000 deep,
 * numbers with exponents beyond int and missing commas, between valid ones; and a CSV file of
 * thirty million-digit cells. Each is read as one record per record, without any evaluator, in
 * bounded memory (an out-of-memory error ends the child with a failure); the child prints its counts.
 */
class SmallHeapTest {

    @Test
    void hostileFilesAreReadInASmallHeap() throws Exception {
        Process child = new ProcessBuilder(Path.java(), System.getProperty("esibe.smallHeap", "-Xmx48m"), "-XX:+ExitOnOutOfMemoryError", "-cp",
                System.getProperty("java.class.path"), SmallHeapTest.class.getName())
                .redirectErrorStream(true).start();
        String output;
        try (InputStream out = child.getInputStream()) {
            output = new String(out.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(child.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(child.exitValue()).as(output).isZero();
        assertThat(output).contains("json records=120 valid=20", "csv records=31 valid=1").doesNotContain("Exception");
    }

    /** The child: reads the generated files and prints what it read. */
    public static void main(String[] args) throws IOException {
        ApplicationReader files = ApplicationReader.create();
        String app = Samples.applicationLine();
        String[] bad = {
            app.replace("\"Esempio Bio S.r.l.\"", "\"" + "N".repeat(3_000_000) + "\""), // over maxRecordBytes
            app.replace("\"rdExpenditure\":2500000", "\"rdExpenditure\":NaN"),
            "{\"x\":" + "[".repeat(200_000) + "]".repeat(200_000) + "}",
            app.replace("\"turnover\":120000", "\"turnover\":6E+9999999999") + " " + app, // and a missing comma
        };
        InputStream json = lazy(101, i -> i == 0 ? "[" : i == 100 ? app + "]"
                : (i % 5 == 0 ? app : bad[i % 5 - 1]) + ",\n");
        count("json", files, json, InputFormat.JSON);

        String header = String.join(",", ApplicationCsvWriter.headers(CsvOptions.DEFAULTS));
        String row = new String(CsvFilesTest.csv(CsvOptions.DEFAULTS,
                ApplicationJson.reader().read(Samples.application()).application()), StandardCharsets.UTF_8).split("\r\n")[1];
        String digits = "9".repeat(1_000_000);
        InputStream csv = lazy(32, i -> i == 0 ? header + "\r\n" : i == 31 ? row + "\r\n"
                : row.replace("\"2024|2500000|", "\"2024|" + digits + "|") + "\r\n");
        count("csv", files, csv, InputFormat.CSV);
    }

    private static void count(String name, ApplicationReader reader, InputStream in, InputFormat format)
            throws IOException {
        AtomicLong valid = new AtomicLong();
        long n = reader.read(in, format, (ApplicationRecord r) -> {
            if (r.isWellFormed()) {
                valid.incrementAndGet();
            }
        });
        System.out.println(name + " records=" + n + " valid=" + valid.get());
    }

    /** The concatenation of {@code parts} texts, each made only when the reader gets to it. */
    private static InputStream lazy(int parts, IntFunction<String> part) {
        return new SequenceInputStream(new Enumeration<>() {
            private int i;

            @Override
            public boolean hasMoreElements() {
                return i < parts;
            }

            @Override
            public InputStream nextElement() {
                return new ByteArrayInputStream(part.apply(i++).getBytes(StandardCharsets.UTF_8));
            }
        });
    }

    /** The java launcher of the running JVM. */
    private static final class Path {
        static String java() {
            return System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        }
    }
}
