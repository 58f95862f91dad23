package it.esibe.examples;

import it.esibe.core.ApplicationEvaluator;
import it.esibe.core.decision.Verdict;
import it.esibe.io.ApplicationFiles;
import it.esibe.io.InputFormat;
import it.esibe.rules.Esibe;
import java.io.IOException;
import java.io.InputStream;

/**
 * The Java API in a few lines: build an evaluator, read the bundled sample call with esibe-io, and
 * print each application's outcome with the reasons for failures, in English.
 */
public final class EmbeddingExample {

    private EmbeddingExample() {
    }

    /** Prints the decisions on the bundled sample call. */
    public static void main(String[] args) throws IOException {
        ApplicationEvaluator evaluator = Esibe.evaluator().build();
        try (InputStream in = EmbeddingExample.class.getResourceAsStream("sample-call.jsonl")) {
            ApplicationFiles.using(evaluator).decide(in, InputFormat.JSON_LINES, decision -> {
                System.out.println(decision.applicationId() + " " + decision.outcome());
                decision.criteria().stream().filter(c -> c.result() == Verdict.FAIL)
                        .forEach(c -> System.out.println("  " + c.id() + ": " + c.message().en()));
                decision.violations().forEach(v -> System.out.println("  " + v.path() + ": " + v.message()));
            });
        }
    }
}
