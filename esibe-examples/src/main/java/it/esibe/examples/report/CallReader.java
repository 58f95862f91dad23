package it.esibe.examples.report;

import it.esibe.core.ApplicationEvaluator;
import it.esibe.core.decision.Decision;
import it.esibe.core.decision.Violation;
import it.esibe.core.model.Application;
import it.esibe.io.ApplicationFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

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
     */
    public static List<CallEntry> read(List<Path> files, ApplicationEvaluator evaluator) throws IOException {
        Capturing capturing = new Capturing(evaluator);
        ApplicationFiles reader = ApplicationFiles.using(capturing);
        List<CallEntry> entries = new ArrayList<>();
        for (Path file : files) {
            reader.decide(file, decision -> entries.add(new CallEntry(capturing.take(), decision)));
        }
        return entries;
    }

    /**
     * Remembers the application of the decision being made. The reader calls the evaluator, then
     * hands the decision to the sink, one record at a time, so the last application seen is the
     * decision's.
     */
    private static final class Capturing implements ApplicationEvaluator {
        private final ApplicationEvaluator delegate;
        private @Nullable Application last;

        Capturing(ApplicationEvaluator delegate) {
            this.delegate = delegate;
        }

        @Override
        public String rulesetId() {
            return delegate.rulesetId();
        }

        @Override
        public Decision evaluate(Application application, List<Violation> readViolations) {
            last = application;
            return delegate.evaluate(application, readViolations);
        }

        @Override
        public Decision reject(@Nullable String applicationId, List<Violation> violations) {
            last = null;
            return delegate.reject(applicationId, violations);
        }

        @Nullable Application take() {
            Application a = last;
            last = null;
            return a;
        }
    }
}
