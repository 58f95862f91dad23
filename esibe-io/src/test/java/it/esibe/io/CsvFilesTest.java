package it.esibe.io;

import static org.assertj.core.api.Assertions.assertThat;

import it.esibe.core.ApplicationRecord;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import it.esibe.core.decision.Decision;
import it.esibe.core.decision.Outcome;
import it.esibe.core.decision.RecordPosition;
import it.esibe.core.model.Application;
import it.esibe.core.model.Company;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvFilesTest {

    private static final Application SAMPLE = ApplicationJson.reader().read(Samples.application()).application();

    private final StubEvaluator evaluator = new StubEvaluator();
    private final ApplicationFiles files = ApplicationFiles.using(evaluator);

    @Test
    void theSpecSampleWrittenAsCsvReadsBackToTheSameApplicationAndHash() throws IOException {
        ApplicationRecord json = only(Samples.applicationLine().getBytes(StandardCharsets.UTF_8), InputFormat.JSON_LINES);
        for (CsvOptions options : List.of(CsvOptions.DEFAULTS, CsvOptions.DEFAULTS.withDelimiter(';'),
                CsvOptions.DEFAULTS.withItalianHeaders(true).withByteOrderMark(true).withDelimiter(';'))) {
            ApplicationRecord csv = only(csv(options, SAMPLE), InputFormat.CSV);
            assertThat(csv.application()).as(options.toString()).isEqualTo(SAMPLE);
            assertThat(csv.isWellFormed()).isTrue();
            assertThat(csv.inputSha256()).isEqualTo(json.inputSha256());
            assertThat(csv.position()).isEqualTo(RecordPosition.row(1));
        }
    }

    @Test
    void theShippedTemplatesAreTheSpecSampleInBothHeaderLanguagesAndReadBack() throws IOException {
        for (boolean italian : new boolean[] {false, true}) {
            String name = "/it/esibe/io/csv/application-template-" + (italian ? "it" : "en") + ".csv";
            byte[] template;
            try (java.io.InputStream in = CsvFilesTest.class.getResourceAsStream(name)) {
                template = java.util.Objects.requireNonNull(in, name).readAllBytes();
            }
            CsvOptions options = CsvOptions.DEFAULTS.withItalianHeaders(italian).withDelimiter(italian ? ';' : ',');
            assertThat(new String(template, StandardCharsets.UTF_8)).as(name)
                    .isEqualTo(new String(csv(options, SAMPLE), StandardCharsets.UTF_8));
            ApplicationRecord back = only(template, InputFormat.CSV);
            assertThat(back.application()).isEqualTo(SAMPLE);
        }
    }

    @Test
    void theHeaderNamesTheColumnsInEnglishOrItalian() {
        assertThat(ApplicationCsvWriter.headers(CsvOptions.DEFAULTS)).startsWith("schemaVersion", "applicationId")
                .contains("fiscalYears", "patents", "programs", "holders", "participations");
        assertThat(ApplicationCsvWriter.headers(CsvOptions.DEFAULTS.withItalianHeaders(true)))
                .startsWith("versione_schema", "codice_domanda").contains("esercizi", "brevetti", "soci");
    }

    @Test
    void aBadCellNamesTheRowTheLineAndTheColumn() throws IOException {
        String header = String.join(",", ApplicationCsvWriter.headers(CsvOptions.DEFAULTS));
        String good = rowOf(SAMPLE);
        assertThat(good).contains("\"2024|2500000|");
        String bad = good.replace("\"2024|2500000|", "\"2024|2.500.000|");
        String text = header + "\r\n" + good + "\r\n" + bad + "\r\n";
        List<ApplicationRecord> records = read(text);
        assertThat(records).hasSize(2);
        assertThat(records.get(0).isWellFormed()).isTrue();
        ApplicationRecord d = records.get(1);
        assertThat(d.isWellFormed()).isFalse();
        assertThat(d.position()).isEqualTo(RecordPosition.row(2));
        assertThat(Records.shown(d)).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("fiscalYears[0].rdExpenditure");
            assertThat(v.message()).startsWith("row 2 (line 3), column 14 'fiscalYears', item 1, field rdExpenditure: ")
                    .contains("'2.500.000'");
        });
    }

    @Test
    void aHoldersGroupIsItsLastFieldAndAParticipationHasNoType() throws IOException {
        // CSV-FORMAT.md: holders name|type|capitalShare|votingShare|staffHeadcount|turnover|balanceSheetTotal|group,
        // participations name|capitalShare|votingShare|staffHeadcount|turnover|balanceSheetTotal (v1.1).
        Application grouped = ApplicationJson.reader().read(Samples.application().replace(
                "\"capitalShare\": 40", "\"capitalShare\": 40, \"group\": \"investitori\"").replace(
                "\"participations\": []", "\"participations\": [{\"name\": \"Lab S.r.l.\", \"capitalShare\": 60,"
                        + " \"staffHeadcount\": 9, \"turnover\": 300000, \"balanceSheetTotal\": 1200000}]")).application();
        assertThat(grouped.ownership().holders().get(1).group()).isEqualTo("investitori");
        String row = rowOf(grouped);
        assertThat(row).contains("\"Founders|INDIVIDUAL|60|||||;Fondo VC|VENTURE_CAPITAL|40|||||investitori\"")
                .contains("\"Lab S.r.l.|60||9|300000|1200000\"");
        String header = String.join(",", ApplicationCsvWriter.headers(CsvOptions.DEFAULTS));
        assertThat(only((header + "\r\n" + row + "\r\n").getBytes(StandardCharsets.UTF_8), InputFormat.CSV)
                .application()).isEqualTo(grouped);
        // A participation written with a type, as before v1.1, is one field too many or no number.
        String typed = row.replace("\"Lab S.r.l.|60||9|300000|1200000\"", "\"Lab S.r.l.|OTHER_ENTERPRISE|60||9|300000|1200000\"");
        ApplicationRecord d = read(header + "\r\n" + typed + "\r\n").get(0);
        assertThat(d.isWellFormed()).isFalse();
        assertThat(d.violations()).extracting(v -> v.path()).contains("ownership.participations[0]",
                "ownership.participations[0].capitalShare");
        assertThat(d.violations().get(0).message()).contains("name|capitalShare|votingShare|staffHeadcount|turnover"
                + "|balanceSheetTotal");
    }

    @Test
    void aRowThatSpansLinesKeepsTheFileLineOfTheNextRowRight() throws IOException {
        Application multiline = withName(SAMPLE, "Bio \"Nord\", S.r.l.\r\nsede secondaria");
        String text = new String(csv(CsvOptions.DEFAULTS, multiline, SAMPLE), StandardCharsets.UTF_8)
                + "1,X\r\n";
        List<ApplicationRecord> records = read(text);
        assertThat(records).extracting(ApplicationRecord::isWellFormed).containsExactly(true, true, false);
        assertThat(Records.shown(records.get(2)).get(0).message()).startsWith("row 3 (line 5)");
    }

    @Test
    void aQuoteNeverClosedSwallowsTheRestOfTheFileAndSaysSo() throws IOException {
        String header = "applicationId,companyName,schemaVersion";
        List<ApplicationRecord> shortRest = read(header + "\r\nA-1,Esempio,1\r\nA-2,\"Esempio\r\nA-3,Esempio,1\r\n");
        assertThat(shortRest).hasSize(2);
        assertThat(Records.shown(shortRest.get(1)).get(0).message()).isEqualTo("row 2 (line 3): not valid CSV: the"
                + " double quote that opens cell 2 is never closed, so the row runs to the end of the file");
        String longRest = header + "\r\nA-1,\"Esempio\r\n" + "A-2,Esempio,1\r\n".repeat(100);
        List<ApplicationRecord> records = Records.read(ReadLimits.DEFAULTS.withMaxRecordBytes(1_000),
                longRest.getBytes(StandardCharsets.UTF_8), InputFormat.CSV);
        assertThat(records).singleElement().satisfies(d -> assertThat(d.violations().get(0).message())
                .contains("over the limit of 1000 bytes").contains("never closed"));
    }

    /**
     * A quote opened by mistake closes at the next quote: from the row that quote is on, the file is
     * read as usual, and only the rows in between are lost into one INVALID row that says why.
     */
    @Test
    void aQuoteOpenedByMistakeCostsOnlyTheRowsUpToTheNextQuote() throws IOException {
        String header = String.join(",", ApplicationCsvWriter.headers(CsvOptions.DEFAULTS));
        String good = rowOf(SAMPLE);
        List<ApplicationRecord> records = read(header + "\r\n" + good + "\r\n1,\"A-2,x\r\n" + good + "\r\n" + good
                + "\r\n");
        assertThat(records).extracting(ApplicationRecord::isWellFormed).containsExactly(true, false, true);
        assertThat(Records.shown(records.get(1)).get(0).message())
                .startsWith("row 2 (line 3): not valid CSV: text after the closing double quote of cell 2");
        assertThat(records.get(2).position()).isEqualTo(RecordPosition.row(3));
    }

    @Test
    void anUnknownColumnMakesEveryRowInvalid() throws IOException {
        String text = "applicationId,colour\r\nA-1,red\r\nA-2,blue\r\n";
        List<ApplicationRecord> records = read(text);
        assertThat(records).hasSize(2).allSatisfy(d -> {
            assertThat(d.isWellFormed()).isFalse();
            assertThat(d.violations()).anySatisfy(v -> assertThat(v.message()).contains("column 2 'colour'"));
        });
    }

    @Test
    void anEmptyFileIsOneRecordWithoutApplicationAndAHeaderAloneIsNone() throws IOException {
        assertThat(read("")).singleElement().satisfies(d -> {
            assertThat(d.application()).isNull();
            assertThat(d.position()).isEqualTo(RecordPosition.row(0));
            assertThat(Records.shown(d).get(0).message()).isEqualTo("row 0 (line 1): no header row: the file is empty;"
                    + " see docs/CSV-FORMAT.md for the layout");
        });
        assertThat(read(String.join(",", ApplicationCsvWriter.headers(CsvOptions.DEFAULTS)) + "\n")).isEmpty();
    }

    /**
     * Issue 12: a NUL (or another control character, or white space) before {@code =} passed the guard,
     * which looked only at the first character, and LibreOffice Calc ran {@code \u0000=HYPERLINK(…)}.
     */
    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\",\"y\")", "+SUM(1,2)", "-2+3", "@cmd", "\tTab", "\rCR",
        "＝1+1", "=cmd|' /C calc'!A0", "\u0000=HYPERLINK(\"http://x\",\"y\")", " =1+1", "\t@SUM(A1)", "\u0007@x",
        "\u200B=1+1", "\uFEFF+1", "\u00A0-1+2", "\u3000\u2028＠x", "\r\n=1+1", "\u0085-A1", "'=1+1", " -12.5"})
    void aCsvExportCannotRunAFormulaAndReadsBackUnchanged(String name) throws IOException {
        Application crafted = withName(SAMPLE, name);
        byte[] bytes = csv(CsvOptions.DEFAULTS, crafted);
        // What a spreadsheet sees: the cells after CSV unquoting.
        for (String[] row : rows(bytes)) {
            for (String cell : row) {
                assertThat(spreadsheetWouldEvaluate(cell)).as("cell %s", cell).isFalse();
            }
        }
        assertThat(rows(bytes).get(1)[3]).isEqualTo("'" + name);
        ApplicationRecord back = only(bytes, InputFormat.CSV);
        assertThat(back.application()).isEqualTo(crafted);
    }

    @Test
    void registerAndDecisionExportsAreNeutralisedToo() throws IOException {
        Application crafted = withName(SAMPLE, "=1+1");
        Decided decided = only(files, csv(CsvOptions.DEFAULTS, crafted), InputFormat.CSV);
        ByteArrayOutputStream register = new ByteArrayOutputStream();
        try (RegisterWriter w = RegisterWriter.csv(register, CsvOptions.DEFAULTS)) {
            w.accept(decided);
            assertThat(w.entries()).isEqualTo(1);
        }
        assertThat(rows(register.toByteArray()).get(1)[1]).isEqualTo("'=1+1");
        Decision rejected = evaluator.reject("=2+2", List.of(new it.esibe.core.decision.Violation("", "@bad")));
        ByteArrayOutputStream decisions = new ByteArrayOutputStream();
        try (DecisionWriter w = DecisionWriter.open(OutputFormat.CSV, decisions, CsvOptions.DEFAULTS)) {
            w.accept(rejected);
        }
        String[] row = rows(decisions.toByteArray()).get(1);
        assertThat(row[2]).isEqualTo("'=2+2");
        assertThat(row[12]).isEqualTo("'@bad");

        // An embedder's own id, written as is into an INVALID decision: one guard for every export.
        Decision hidden = evaluator.reject("\u0000=HYPERLINK(\"http://x\")",
                List.of(new it.esibe.core.decision.Violation("", " =1+1")));
        ByteArrayOutputStream more = new ByteArrayOutputStream();
        try (DecisionWriter w = DecisionWriter.open(OutputFormat.CSV, more, CsvOptions.DEFAULTS)) {
            w.accept(hidden);
        }
        String[] cells = rows(more.toByteArray()).get(1);
        assertThat(cells[2]).isEqualTo("'\u0000=HYPERLINK(\"http://x\")");
        assertThat(cells[12]).isEqualTo("' =1+1");
        for (String cell : cells) {
            assertThat(spreadsheetWouldEvaluate(cell)).as(cell).isFalse();
        }
    }

    /**
     * Whether a spreadsheet could run {@code cell} as a formula: a sign after any leading characters it
     * may skip (controls, format characters, white space), unless the cell is a plain number or is
     * marked as text by a leading apostrophe. Written from the description, not from the guard.
     */
    static boolean spreadsheetWouldEvaluate(String cell) {
        if (cell.startsWith("'")) {
            return false;
        }
        if (cell.startsWith("\t") || cell.startsWith("\r")) {
            return true;
        }
        int i = 0;
        while (i < cell.length()) {
            char ch = cell.charAt(i);
            if (!(Character.isISOControl(ch) || Character.isWhitespace(ch) || Character.isSpaceChar(ch)
                    || Character.getType(ch) == Character.FORMAT || ch == '\u0085')) {
                break;
            }
            i++;
        }
        if (i == cell.length() || "=+-@＝＋－＠".indexOf(cell.charAt(i)) < 0) {
            return false;
        }
        return i > 0 || !cell.matches("-[0-9]+(\\.[0-9]+)?");
    }

    @Test
    void theRegisterListsOnlyAdmittedCompaniesWithTheirData() throws IOException {
        Decided eligible = only(files, csv(CsvOptions.DEFAULTS, SAMPLE), InputFormat.CSV);
        Decided invalid = new Decided(SAMPLE, evaluator.reject("X", List.of(new it.esibe.core.decision.Violation("", "no"))));
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        try (RegisterWriter w = RegisterWriter.json(json)) {
            w.accept(eligible);
            w.accept(invalid);
        }
        String text = json.toString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("[\n{\"applicationId\":\"CALL2025-0001\",\"companyName\":\"Esempio Bio S.r.l.\"")
                .contains("\"region\":\"Lombardia\"", "\"track\":\"PRECISION_MEDICINE\"", "\"priorities\":[\"PAT-ONCO\"]",
                        "\"technologies\":[\"TEC-GENE-CELL\"]", "\"ruleset\":\"" + StubEvaluator.RULESET + "\"")
                .endsWith("}\n]\n");
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        try (RegisterWriter w = RegisterWriter.csv(csv, CsvOptions.DEFAULTS.withItalianHeaders(true).withDelimiter(';')
                .withByteOrderMark(true))) {
            w.accept(invalid);
            w.accept(eligible);
        }
        byte[] bytes = csv.toByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String out = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(out).startsWith("\"codice_domanda\";\"denominazione\";\"partita_iva\";\"regione\"");
        assertThat(out.split("\r\n")).hasSize(2);
    }

    @Test
    void decisionsAsAJsonArrayAreOneArray() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DecisionWriter w = DecisionWriter.open(OutputFormat.JSON, out, CsvOptions.DEFAULTS)) {
            files.decide(new ByteArrayInputStream(csv(CsvOptions.DEFAULTS, SAMPLE, SAMPLE)), InputFormat.CSV, w);
        }
        com.fasterxml.jackson.databind.JsonNode array = Trees.parse(out.toString(StandardCharsets.UTF_8));
        assertThat(array.isArray()).isTrue();
        assertThat(array).hasSize(2);
        assertThat(array.get(1).get("row").intValue()).isEqualTo(2);
        ByteArrayOutputStream empty = new ByteArrayOutputStream();
        DecisionWriter.open(OutputFormat.JSON, empty, CsvOptions.DEFAULTS).close();
        assertThat(empty.toString(StandardCharsets.UTF_8)).isEqualTo("[]\n");
    }

    // ------------------------------------------------------------------ helpers

    static Application withName(Application a, String name) {
        Company c = a.company();
        return new Application(a.schemaVersion(), a.applicationId(), a.submittedOn(),
                new Company(name, c.vatNumber(), c.legalSeat(), c.headquarters()), a.track(), a.developmentStage(),
                a.fiscalYears(), a.patents(), a.programs(), a.ownership());
    }

    static byte[] csv(CsvOptions options, Application... applications) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ApplicationCsvWriter w = new ApplicationCsvWriter(out, options)) {
            for (Application a : applications) {
                w.write(a);
            }
        }
        return out.toByteArray();
    }

    private static String rowOf(Application a) throws IOException {
        String text = new String(csv(CsvOptions.DEFAULTS, a), StandardCharsets.UTF_8);
        return text.split("\r\n")[1];
    }

    private static List<String[]> rows(byte[] bytes) throws IOException {
        CsvMapper mapper = new CsvMapper();
        List<String[]> rows = new ArrayList<>();
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        char sep = text.substring(0, text.indexOf('\n')).contains(";") ? ';' : ',';
        try (MappingIterator<String[]> it = mapper.readerFor(String[].class).with(CsvParser.Feature.WRAP_AS_ARRAY)
                .with(CsvSchema.emptySchema().withColumnSeparator(sep)).readValues(text)) {
            while (it.hasNext()) {
                rows.add(it.next());
            }
        }
        return rows;
    }

    /** The records of a CSV text, read without any evaluator. */
    private static List<ApplicationRecord> read(String text) {
        return Records.read(text, InputFormat.CSV);
    }

    private static ApplicationRecord only(byte[] bytes, InputFormat format) {
        List<ApplicationRecord> out = Records.read(bytes, format);
        assertThat(out).hasSize(1);
        return out.get(0);
    }

    private static Decided only(ApplicationFiles files, byte[] bytes, InputFormat format) throws IOException {
        List<Decided> out = new ArrayList<>();
        files.decideEach(new ByteArrayInputStream(bytes), format, out::add);
        assertThat(out).hasSize(1);
        return out.get(0);
    }
}
