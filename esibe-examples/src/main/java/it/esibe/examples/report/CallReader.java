package it.esibe.examples.report;

import it.esibe.core.ApplicationEvaluator;
import it.esibe.io.ApplicationFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and decides the applications of a call, keeping each application beside its decision: the
 * report needs the company's name, region and figures, which a decision does not carry.
 */
public final class CallReader {

    private CallReader() {
    }

    /**
     * Decides every record of {@code files} with {@code evaluator}, in input order.
     *
     * @throws IOException if a file cannot be read
     * @throws IllegalArgumentException if a file's name does not tell a supported format
     */
    public static List<CallEntry> read(List<Path> files, ApplicationEvaluator evaluator) throws IOException {
        ApplicationFiles reader = ApplicationFiles.using(evaluator);
        List<CallEntry> entries = new ArrayList<>();
        for (Path file : files) {
            reader.decideEach(file, d -> entries.add(new CallEntry(d.application(), d.decision())));
        }
        return entries;
    }
}
