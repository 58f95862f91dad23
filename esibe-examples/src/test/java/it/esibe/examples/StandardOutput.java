package it.esibe.examples;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** What an example's {@code main} prints on standard output, line by line. */
final class StandardOutput {

    /** A {@code main} method. */
    interface Main {
        void run(String[] args) throws Exception;
    }

    private StandardOutput() {
    }

    /** Runs {@code main} without arguments and returns the lines it printed. */
    static List<String> of(Main main) throws Exception {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream original = System.out;
        try (PrintStream capture = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            main.run(new String[0]);
        } finally {
            System.setOut(original);
        }
        return Arrays.asList(buffer.toString(StandardCharsets.UTF_8).split("\\R"));
    }
}
