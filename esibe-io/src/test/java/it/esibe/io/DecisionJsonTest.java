package it.esibe.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.esibe.core.InvalidInputException;
import it.esibe.core.decision.CriterionResult;
import it.esibe.core.decision.Decision;
import it.esibe.core.decision.Fact;
import it.esibe.core.decision.LocalizedText;
import it.esibe.core.decision.Outcome;
import it.esibe.core.decision.RecordPosition;
import it.esibe.core.decision.Remedy;
import it.esibe.core.decision.Verdict;
import it.esibe.core.decision.Violation;
import it.esibe.core.decision.WayToPass;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DecisionJsonTest {

    static final Decision NOT_ELIGIBLE = notEligible(null);

    /** The decision of the format spec's example, at {@code position}. */
    static Decision notEligible(RecordPosition position) {
        return Decision.builder().applicationId("CALL2025-0001").outcome(Outcome.NOT_ELIGIBLE)
                .ruleset("esibe-2024-interim").rulesetStamp("1", null).referenceDate(LocalDate.of(2025, 3, 15))
                .referenceYear(2024).criteria(List.of(CriterionResult.builder().id("ESIBE-RD-MIN").result(Verdict.FAIL)
                        .message(new LocalizedText(
                                "Spesa in R&S 2024: 1.650.000,00 EUR, inferiore alla soglia di 2.000.000,00 EUR",
                                "R&D expenditure 2024: EUR 1,650,000.00, below the EUR 2,000,000.00 threshold"))
                        .citation("Rapporto ad interim, §5.3").remedy(Remedy.missingAmount(new BigDecimal("350000")))
                        .build(),
                        CriterionResult.builder().id("ESIBE-SEAT").result(Verdict.PASS)
                                .message(new LocalizedText("sì", "yes")).citation("§5.3").build()))
                .inputSha256("ab".repeat(32)).position(position).build();
    }

    @Test
    void fieldsInTheOrderOfTheFormatWithTwoDecimalRemedies() {
        assertThat(DecisionJson.write(notEligible(RecordPosition.line(7)))).isEqualTo(
                "{\"applicationId\":\"CALL2025-0001\",\"outcome\":\"NOT_ELIGIBLE\",\"ruleset\":\"esibe-2024-interim\",\"rulesetVersion\":\"1\","
                + "\"referenceDate\":\"2025-03-15\",\"referenceYear\":2024,\"criteria\":["
                + "{\"id\":\"ESIBE-RD-MIN\",\"result\":\"FAIL\",\"message\":{\"it\":\"Spesa in R&S 2024: 1.650.000,00 EUR,"
                + " inferiore alla soglia di 2.000.000,00 EUR\",\"en\":\"R&D expenditure 2024: EUR 1,650,000.00, below the"
                + " EUR 2,000,000.00 threshold\"},\"citation\":\"Rapporto ad interim, §5.3\","
                + "\"remedy\":{\"missingAmount\":350000.00}},"
                + "{\"id\":\"ESIBE-SEAT\",\"result\":\"PASS\",\"message\":{\"it\":\"sì\",\"en\":\"yes\"},\"citation\":\"§5.3\"}],"
                + "\"violations\":[],\"inputSha256\":\"" + "ab".repeat(32) + "\",\"line\":7}");
    }

    /** An INCOMPLETE decision with every new part: facts, parameters, missing facts and the ways to pass. */
    static Decision explained() {
        CriterionResult rdItaly = CriterionResult.builder().id("ESIBE-RD-ITALY").result(Verdict.FAIL)
                .message(new LocalizedText("no", "no")).citation("§5.3")
                .remedy(new Remedy(Map.of("missingAmount", new BigDecimal("200.01"), "additionalAmount",
                        new BigDecimal("400.01"))))
                .fact("fiscalYears[0].rdExpenditure", new BigDecimal("2000000.00"))
                .fact("fiscalYears[0].rdExpenditureItaly", new BigDecimal("999800"))
                .parameter("rd.italy.minShareExclusive", new BigDecimal("0.50"))
                .wayToPass(WayToPass.changeFigures(new LocalizedText("sposta", "move"), List.of(
                        new WayToPass.Option("missingAmount", List.of(Fact.of("fiscalYears[0].rdExpenditureItaly",
                                new BigDecimal("1000000.01")))),
                        new WayToPass.Option("additionalAmount", List.of(
                                Fact.of("fiscalYears[0].rdExpenditure", new BigDecimal("2000400.01")),
                                Fact.of("fiscalYears[0].rdExpenditureItaly", new BigDecimal("1000200.01")))))))
                .build();
        CriterionResult stage = CriterionResult.builder().id("ESIBE-STAGE").result(Verdict.UNKNOWN)
                .message(new LocalizedText("?", "?")).citation("§5.3").missing("developmentStage")
                .wayToPass(WayToPass.provideFacts(new LocalizedText("dichiara", "declare"))).build();
        // A third party's criterion that names its missing fact but states no way.
        CriterionResult other = CriterionResult.builder().id("X-REGION").result(Verdict.UNKNOWN)
                .message(new LocalizedText("regione?", "region?")).citation("x").missing("company.legalSeat.region")
                .missing("developmentStage").fact("company.legalSeat.country", "IT").parameter("x.strict", true).build();
        CriterionResult pass = CriterionResult.builder().id("ESIBE-SEAT").result(Verdict.PASS)
                .message(new LocalizedText("sì", "yes")).citation("§5.3").fact("company.legalSeat.country", "IT")
                .build();
        return Decision.builder().applicationId("A").ruleset("r").criteria(List.of(stage, rdItaly, other, pass))
                .position(RecordPosition.line(1)).build();
    }

    @Test
    void theNewPartsComeAfterTheFormatsFieldsAndReadBackEqual() {
        Decision d = explained();
        String json = DecisionJson.write(d);
        assertThat(json).startsWith("{\"applicationId\":\"A\",\"outcome\":\"NOT_ELIGIBLE\"")
                .contains("\"remedy\":{\"additionalAmount\":400.01,\"missingAmount\":200.01},\"facts\":["
                        + "{\"path\":\"fiscalYears[0].rdExpenditure\",\"value\":2000000},"
                        + "{\"path\":\"fiscalYears[0].rdExpenditureItaly\",\"value\":999800}],"
                        + "\"parameters\":[{\"name\":\"rd.italy.minShareExclusive\",\"value\":0.5}]}")
                .contains("\"parameters\":[{\"name\":\"x.strict\",\"value\":true}],\"missingFacts\":"
                        + "[\"company.legalSeat.region\",\"developmentStage\"]}")
                .contains("\"line\":1,\"missingFacts\":[\"developmentStage\",\"company.legalSeat.region\"],"
                        + "\"pathToEligibility\":[{\"criterion\":\"ESIBE-STAGE\",\"citation\":\"§5.3\","
                        + "\"way\":\"PROVIDE_FACTS\",\"message\":{\"it\":\"dichiara\",\"en\":\"declare\"},"
                        + "\"facts\":[\"developmentStage\"]},")
                .endsWith("{\"criterion\":\"X-REGION\",\"citation\":\"x\",\"way\":\"PROVIDE_FACTS\","
                        + "\"message\":{\"it\":\"regione?\",\"en\":\"region?\"},"
                        + "\"facts\":[\"company.legalSeat.region\",\"developmentStage\"]}]}");
        Decision back = DecisionJson.read(json);
        assertThat(back).isEqualTo(d);
        // The third party's criterion stated no way: it reads back without one.
        assertThat(back.criterion("X-REGION").orElseThrow().wayToPass()).isNull();
        assertThat(DecisionJson.write(back)).isEqualTo(json);
    }

    @Test
    void missingFactsOrStepsThatAreNotTheCriteriasAreRejected() {
        String json = DecisionJson.write(explained());
        assertThatThrownBy(() -> DecisionJson.read(json.replace(
                "\"missingFacts\":[\"developmentStage\",\"company.legalSeat.region\"]",
                "\"missingFacts\":[\"company.legalSeat.region\",\"developmentStage\"]")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("union");
        assertThatThrownBy(() -> DecisionJson.read(json.replace("\"facts\":[\"developmentStage\"]},", "},")))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> DecisionJson.read(json.replace("{\"path\":\"fiscalYears[0].rdExpenditure\",",
                "{\"path\":\"fiscalYears[0].rdExpenditure\",\"note\":1,")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("note");
        assertThatThrownBy(() -> DecisionJson.read(json.replace("\"value\":true", "\"value\":[true]")))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void invalidDecisionWithNullsAndIndex() {
        Decision invalid = Decision.builder().ruleset("r").violations(List.of(new Violation("", "not JSON\nat all")))
                .position(RecordPosition.index(0)).build();
        assertThat(DecisionJson.write(invalid)).isEqualTo("{\"applicationId\":null,\"outcome\":\"INVALID\",\"ruleset\":\"r\","
                + "\"referenceDate\":null,\"referenceYear\":null,\"criteria\":[],\"violations\":[{\"path\":\"\","
                + "\"message\":\"not JSON\\nat all\"}],\"inputSha256\":null,\"index\":0}");
        assertThat(DecisionJson.read(DecisionJson.write(invalid))).isEqualTo(invalid);
    }

    @Test
    void rowPositionAndRounding() {
        Decision d = Decision.builder().applicationId("A").ruleset("r").criteria(List.of(CriterionResult.builder()
                .id("X").result(Verdict.FAIL).message(new LocalizedText("a", "b")).citation("c")
                .remedy(new Remedy(Map.of("missingAmount", new BigDecimal("0.001"), "b", new BigDecimal("12.5"))))
                .build())).position(RecordPosition.row(3)).build();
        assertThat(DecisionJson.write(d)).contains("\"remedy\":{\"b\":12.50,\"missingAmount\":0.01}").endsWith(",\"row\":3}");
    }

    @Test
    void roundTrip() {
        Decision d = notEligible(RecordPosition.line(1));
        Decision back = DecisionJson.read(DecisionJson.write(d));
        assertThat(back.criteria().get(0).remedy().missingAmount()).contains(new BigDecimal("350000.00"));
        assertThat(DecisionJson.write(back)).isEqualTo(DecisionJson.write(d));
    }

    @Test
    void furtherLanguagesFollowItalianAndEnglishInCodeOrderAndReadBack() {
        CriterionResult seat = NOT_ELIGIBLE.criteria().get(1);
        LocalizedText message = seat.message().with(Locale.forLanguageTag("fr"), "oui").with(Locale.GERMAN, "ja");
        Decision d = Decision.builder().applicationId("A").ruleset("esibe-2024-interim").criteria(List.of(
                CriterionResult.builder().id(seat.id()).result(seat.result()).message(message).citation(seat.citation())
                        .build())).build();
        String json = DecisionJson.write(d);
        assertThat(json).contains("\"message\":{\"it\":\"sì\",\"en\":\"yes\",\"de\":\"ja\",\"fr\":\"oui\"}");
        Decision back = DecisionJson.read(json);
        assertThat(back).isEqualTo(d);
        assertThat(back.criteria().get(0).message().in(Locale.GERMANY)).isEqualTo("ja");
        assertThat(DecisionJson.write(back)).isEqualTo(json);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"DE\":\"ja\"", "\"deu\":\"ja\"", "\"d\":\"ja\"", "\"de-CH\":\"ja\"",
        "\"de\":1", "\"de\":null", "\"de\":\" \"", "\"de\":\"\""})
    void aFurtherLanguageIsATwoLetterCodeWithText(String property) {
        String json = DecisionJson.write(NOT_ELIGIBLE).replace("\"en\":\"yes\"", "\"en\":\"yes\"," + property);
        assertThat(json).contains(property);
        String name = property.substring(1, property.indexOf('"', 1));
        assertThatThrownBy(() -> DecisionJson.read(json)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).violations()).singleElement()
                        .extracting(Violation::path).isEqualTo("criteria[1].message." + name));
    }

    @Test
    void anUnknownMessagePropertyNamesWhatIsAllowed() {
        String json = DecisionJson.write(NOT_ELIGIBLE).replace("\"en\":\"yes\"", "\"en\":\"yes\",\"note\":\"x\"");
        assertThatThrownBy(() -> DecisionJson.read(json)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).violations()).singleElement()
                        .satisfies(v -> assertThat(v.message()).contains("'note'", "it, en", "two-letter")));
    }

    @Test
    void theSpecExampleReads() {
        Decision d = DecisionJson.read(Samples.decision());
        assertThat(d.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
        assertThat(d.criteria()).singleElement().satisfies(c ->
                assertThat(c.remedy().missingAmount()).contains(new BigDecimal("350000.00")));
        assertThat(DecisionJson.write(d)).contains("\"remedy\":{\"missingAmount\":350000.00}")
                .endsWith("\"violations\":[],\"inputSha256\":\"…\"}");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "[]",
        "{}",
        "{\"applicationId\":null,\"outcome\":\"MAYBE\",\"ruleset\":\"r\",\"referenceDate\":null,\"referenceYear\":null,\"criteria\":[],\"violations\":[{\"path\":\"\",\"message\":\"m\"}],\"inputSha256\":null}",
        "{\"applicationId\":null,\"outcome\":\"INVALID\",\"ruleset\":\"r\",\"referenceDate\":null,\"referenceYear\":null,\"criteria\":[],\"violations\":[],\"inputSha256\":null}",
        "{\"applicationId\":null,\"outcome\":\"INVALID\",\"ruleset\":\"r\",\"referenceDate\":null,\"referenceYear\":null,\"criteria\":[],\"violations\":[{\"path\":\"\",\"message\":\"m\"}],\"inputSha256\":null,\"extra\":1}",
        "{\"applicationId\":null,\"outcome\":\"INVALID\",\"ruleset\":\"r\",\"referenceDate\":\"2025-02-30\",\"referenceYear\":null,\"criteria\":[],\"violations\":[{\"path\":\"\",\"message\":\"m\"}],\"inputSha256\":null}",
        "{\"applicationId\":null,\"outcome\":\"INVALID\",\"ruleset\":\"r\",\"referenceDate\":null,\"referenceYear\":null,\"criteria\":[],\"violations\":[{\"path\":\"\",\"message\":\"m\"}],\"inputSha256\":null,\"line\":1,\"index\":0}",
        "{\"applicationId\":null,\"outcome\":\"INVALID\",\"ruleset\":\"r\",\"referenceDate\":null,\"referenceYear\":null,\"criteria\":[],\"violations\":[{\"path\":\"\",\"message\":\"m\"}],\"inputSha256\":null,\"line\":-1}",
        "{\"applicationId\":null,\"outcome\":\"INVALID\",\"ruleset\":\"r\",\"referenceDate\":null,\"referenceYear\":null,\"criteria\":[],\"violations\":[{\"path\":\"\",\"message\":\"m\"}]}",
        "{\"applicationId\":null,\"outcome\":\"INVALID\",\"outcome\":\"INVALID\",\"ruleset\":\"r\",\"referenceDate\":null,\"referenceYear\":null,\"criteria\":[],\"violations\":[{\"path\":\"\",\"message\":\"m\"}],\"inputSha256\":null}",
    })
    void theReaderIsStrict(String json) {
        assertThatThrownBy(() -> DecisionJson.read(json)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).violations()).isNotEmpty());
    }

    @Test
    void theStrictReaderNamesThePath() {
        String json = DecisionJson.write(NOT_ELIGIBLE).replace("\"result\":\"PASS\"", "\"result\":\"OK\"");
        assertThatThrownBy(() -> DecisionJson.read(json)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).violations()).extracting(Violation::path)
                        .containsExactly("criteria[1].result"));
    }

    @Test
    void byteStreamWritersWriteTheSameBytesAsTheWriterPath() throws Exception {
        String odd = "Caf\u00e9 \uD83D\uDE00 lone \uD800 \uDFFF rev \uDC00\uD800 ctl \u0000\u001f\t\n \" \\ / \u2028 \uD834\uDD1E \u4E2D";
        Decision invalid = Decision.builder().applicationId(odd).ruleset("esibe-2024-interim")
                .violations(List.of(new Violation("company.\uD800name", odd))).position(RecordPosition.line(3)).build();
        List<Decision> decisions = List.of(NOT_ELIGIBLE, invalid, notEligible(RecordPosition.row(2)));
        for (OutputFormat format : List.of(OutputFormat.JSON_LINES, OutputFormat.JSON)) {
            ByteArrayOutputStream viaWriter = new ByteArrayOutputStream();
            ByteArrayOutputStream viaStream = new ByteArrayOutputStream();
            try (DecisionWriter w = DecisionWriter.open(format,
                    new OutputStreamWriter(viaWriter, StandardCharsets.UTF_8), CsvOptions.DEFAULTS);
                    DecisionWriter s = DecisionWriter.open(format, viaStream, CsvOptions.DEFAULTS)) {
                decisions.forEach(w);
                decisions.forEach(s);
            }
            assertThat(viaStream.toByteArray()).isEqualTo(viaWriter.toByteArray());
        }
        ByteArrayOutputStream lines = new ByteArrayOutputStream();
        try (DecisionLinesWriter out = new DecisionLinesWriter(lines)) {
            decisions.forEach(out);
            out.flush();
            assertThat(lines.toString(StandardCharsets.UTF_8)).endsWith("\n").contains("lone \\ud800 \\udfff rev \\udc00\\ud800");
        }
        StringBuilder expected = new StringBuilder();
        decisions.forEach(d -> expected.append(DecisionJson.write(d)).append('\n'));
        assertThat(lines.toString(StandardCharsets.UTF_8)).isEqualTo(expected.toString());
        assertThat(DecisionJson.write(invalid)).contains("\"Caf\u00e9 \\ud83d\\ude00 lone \\ud800 \\udfff");
    }
}
