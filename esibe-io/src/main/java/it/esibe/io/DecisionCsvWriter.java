package it.esibe.io;

import it.esibe.core.decision.CriterionResult;
import it.esibe.core.decision.Decision;
import it.esibe.core.decision.RecordPosition;
import it.esibe.core.decision.Verdict;
import it.esibe.core.decision.Violation;
import it.esibe.io.internal.CsvRows;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * Decisions as CSV rows for spreadsheets. The reasons are the messages of the failed and unknown
 * criteria in the language of the headers. Thread-safe: rows never interleave.
 */
final class DecisionCsvWriter implements DecisionWriter {

    private static final List<String> ENGLISH = List.of("positionKind", "position", "applicationId", "outcome",
            "ruleset", "rulesetVersion", "parametersSha256", "referenceDate", "referenceYear", "failedCriteria", "unknownCriteria", "reasons", "violations",
            "inputSha256");
    private static final List<String> ITALIAN = List.of("tipo_posizione", "posizione", "codice_domanda", "esito",
            "regole", "versione_regole", "impronta_parametri", "data_riferimento", "anno_riferimento", "criteri_non_soddisfatti", "criteri_indeterminati",
            "motivazioni", "violazioni", "impronta_sha256");

    private final CsvRows rows;
    private final boolean italian;

    DecisionCsvWriter(Writer out, CsvOptions options) throws IOException {
        this.italian = options.italianHeaders();
        this.rows = new CsvRows(out, options, italian ? ITALIAN : ENGLISH);
    }

    /** The header row for {@code options}. */
    static List<String> headers(CsvOptions options) {
        return options.italianHeaders() ? ITALIAN : ENGLISH;
    }

    @Override
    public synchronized void write(Decision d) throws IOException {
        RecordPosition p = d.position();
        List<String> failed = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        for (CriterionResult c : d.criteria()) {
            if (c.result() == Verdict.PASS) {
                continue;
            }
            (c.result() == Verdict.FAIL ? failed : unknown).add(c.id());
            reasons.add(c.id() + ": " + (italian ? c.message().it() : c.message().en()));
        }
        List<String> violations = new ArrayList<>();
        for (Violation v : d.violations()) {
            violations.add(v.path().isEmpty() ? v.message() : v.path() + ": " + v.message());
        }
        rows.write(List.of(
                p == null ? "" : p.kind().field(),
                p == null ? "" : Long.toString(p.value()),
                text(d.applicationId()),
                d.outcome().name(),
                d.ruleset(),
                text(d.rulesetVersion()),
                text(d.parametersSha256()),
                d.referenceDate() == null ? "" : d.referenceDate().toString(),
                d.referenceYear() == null ? "" : d.referenceYear().toString(),
                String.join(";", failed),
                String.join(";", unknown),
                String.join("\n", reasons),
                String.join("\n", violations),
                text(d.inputSha256())));
    }

    private static String text(@org.jspecify.annotations.Nullable String value) {
        return value == null ? "" : value;
    }

    @Override
    public synchronized void flush() throws IOException {
        rows.flush();
    }

    @Override
    public synchronized void close() throws IOException {
        rows.close();
    }
}
