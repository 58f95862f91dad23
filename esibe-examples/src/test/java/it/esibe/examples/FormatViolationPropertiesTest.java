package it.esibe.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.esibe.core.ApplicationEvaluator;
import it.esibe.core.decision.Decision;
import it.esibe.core.decision.Outcome;
import it.esibe.core.decision.Violation;
import it.esibe.io.ApplicationJson;
import it.esibe.rules.Esibe;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.function.BiFunction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;

/**
 * Any generated break of an ESIBE-FORMAT-v1 rule, made on an eligible application of the sample
 * call, yields an {@code INVALID} decision with the offending JSON path, no criterion, and no
 * exception: reader and evaluator together, as the CLI uses them.
 */
class FormatViolationPropertiesTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ApplicationEvaluator EVALUATOR = Esibe.evaluator().build();
    private static final QuickTheory QT = QuickTheory.qt()
            .withFixedSeed(Long.getLong("esibe.qt.seed", 20261122L)).withExamples(600);

    private static ObjectNode eligible;

    /** One break of the format: it edits the application and returns the path it expects reported. */
    private record Break(String name, BiFunction<ObjectNode, Integer, String> apply) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final String[] AMOUNTS = {"rdExpenditure", "rdExpenditureItaly", "euInternationalGrants",
        "turnover", "balanceSheetTotal"};
    private static final String[] REQUIRED = {"schemaVersion", "applicationId", "submittedOn", "company", "track"};

    private static final List<Break> BREAKS = List.of(
            new Break("schemaVersion other than 1", (a, n) -> {
                a.put("schemaVersion", n == 0 ? 2 : n + 1);
                return "schemaVersion";
            }),
            new Break("applicationId too long or with a space", (a, n) -> {
                a.put("applicationId", n % 2 == 0 ? "A".repeat(65 + n % 100) : "CALL 2025-" + n);
                return "applicationId";
            }),
            new Break("submittedOn not a real date", (a, n) -> {
                a.put("submittedOn", List.of("2025-02-30", "2025-13-01", "25-03-15", "2025-3-15", "yesterday")
                        .get(n % 5));
                return "submittedOn";
            }),
            new Break("required property missing", (a, n) -> {
                String key = REQUIRED[n % REQUIRED.length];
                a.remove(key);
                return key;
            }),
            new Break("unknown property", (a, n) -> {
                a.put("extra" + n, n);
                return "extra" + n;
            }),
            new Break("negative amount", (a, n) -> {
                String field = AMOUNTS[n % AMOUNTS.length];
                ((ObjectNode) a.get("fiscalYears").get(0)).put(field, BigDecimal.valueOf(-1 - (long) n, 2));
                return "fiscalYears[0]." + field;
            }),
            new Break("amount with three decimals", (a, n) -> {
                String field = AMOUNTS[n % AMOUNTS.length];
                ((ObjectNode) a.get("fiscalYears").get(0)).put(field, new BigDecimal("1000.001")
                        .add(BigDecimal.valueOf(n)));
                return "fiscalYears[0]." + field;
            }),
            new Break("R&D in Italy above the total", (a, n) -> {
                ObjectNode fy = (ObjectNode) a.get("fiscalYears").get(0);
                fy.put("rdExpenditureItaly", fy.get("rdExpenditure").decimalValue().add(BigDecimal.valueOf(n + 1L, 2)));
                return "fiscalYears[0].rdExpenditureItaly";
            }),
            new Break("duplicate fiscal year", (a, n) -> {
                ((ObjectNode) a.get("fiscalYears").get(1)).put("year", 2024);
                return "fiscalYears[1].year";
            }),
            new Break("country not ISO 3166-1 alpha-2", (a, n) -> {
                ((ObjectNode) a.get("company").get("headquarters")).put("country",
                        List.of("XK", "UK", "it", "ITA", "EU", "ZZ").get(n % 6));
                return "company.headquarters.country";
            }),
            new Break("partita IVA with a wrong check digit", (a, n) -> {
                String vat = a.get("company").get("vatNumber").textValue();
                int last = vat.charAt(vat.length() - 1) - '0';
                ((ObjectNode) a.get("company")).put("vatNumber",
                        vat.substring(0, vat.length() - 1) + (last + 1 + n % 9) % 10);
                return "company.vatNumber";
            }),
            new Break("patent number malformed", (a, n) -> {
                ((ObjectNode) a.get("patents").get(0)).put("number", List.of("EP12", "E3456789B1", "EP3456789BB1",
                        "ep3456789", "EP1234567890123456").get(n % 5));
                return "patents[0].number";
            }),
            new Break("WO number granted", (a, n) -> {
                ((ObjectNode) a.get("patents").get(0)).put("number", "WO20211234" + (10 + n % 90));
                return "patents[0].status";
            }),
            new Break("technology not in the taxonomy", (a, n) -> {
                ((ObjectNode) a.get("programs").get(0)).put("technology", List.of("TEC-X", "PAT-ONCO", "IND-FOOD",
                        "tec-rna").get(n % 4));
                return "programs[0].technology";
            }),
            new Break("no priority", (a, n) -> {
                ((ObjectNode) a.get("programs").get(0)).putArray("priorities");
                return "programs[0].priorities";
            }),
            new Break("capital share above 100", (a, n) -> {
                ((ObjectNode) a.get("ownership").get("holders").get(0)).put("capitalShare",
                        new BigDecimal("100.01").add(BigDecimal.valueOf(n)));
                return "ownership.holders[0].capitalShare";
            }),
            new Break("holders above 100 together", (a, n) -> {
                ((ObjectNode) a.get("ownership").get("holders").get(0)).put("capitalShare",
                        new BigDecimal("60.01").add(BigDecimal.valueOf(n % 40)));
                return "ownership.holders";
            }),
            new Break("string where a number is expected", (a, n) -> {
                String field = AMOUNTS[n % AMOUNTS.length];
                ((ObjectNode) a.get("fiscalYears").get(0)).put(field, "1000");
                return "fiscalYears[0]." + field;
            }),
            new Break("track not allowed", (a, n) -> {
                a.put("track", List.of("precision_medicine", "MEDICINE", "", "INDUSTRIAL").get(n % 4));
                return "track";
            }),
            new Break("null element in a list", (a, n) -> {
                ArrayNode patents = (ArrayNode) a.get("patents");
                patents.addNull();
                return "patents[1]";
            }));

    @BeforeAll
    static void readTheEligibleApplication() throws IOException {
        String first = Files.readAllLines(Oracle.sampleCall(), StandardCharsets.UTF_8).get(0);
        eligible = (ObjectNode) MAPPER.readTree(first);
        assertThat(decide(eligible).outcome()).as("the first sample application is eligible")
                .isEqualTo(Outcome.ELIGIBLE);
    }

    private static Decision decide(JsonNode application) {
        return EVALUATOR.evaluate(ApplicationJson.reader().read(application.toString()));
    }

    @Test
    void everyGeneratedFormatBreakIsInvalidWithItsPath() {
        QT.forAll(integers().between(0, BREAKS.size() - 1), integers().between(0, 10_000))
                .checkAssert((which, n) -> {
                    Break b = BREAKS.get(which);
                    ObjectNode app = eligible.deepCopy();
                    String expectedPath = b.apply().apply(app, n);
                    Decision d = decide(app);
                    assertThat(d.outcome()).as("%s (%d)", b, n).isEqualTo(Outcome.INVALID);
                    assertThat(d.criteria()).isEmpty();
                    assertThat(d.violations()).extracting(Violation::path).as("%s (%d): %s", b, n, d.violations())
                            .contains(expectedPath);
                    assertThat(d.violations()).allSatisfy(v -> assertThat(v.message()).isNotBlank());
                });
    }
}
