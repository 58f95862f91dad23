package it.esibe.examples;

import static org.assertj.core.api.Assertions.assertThat;

import it.esibe.core.ApplicationEvaluator;
import it.esibe.core.decision.Decision;
import it.esibe.core.decision.Outcome;
import it.esibe.core.decision.Verdict;
import it.esibe.core.decision.Violation;
import it.esibe.io.ApplicationJson;
import it.esibe.rules.CriterionIds;
import it.esibe.rules.Esibe;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The loophole of spec v1.1 (ESIBE-CHANGES-v1.1, 3), end to end through the JSON reader and the
 * national ruleset: a participation has no type, so a 100 % subsidiary with 5 000 staff and EUR 1 bn
 * turnover can neither be typed out of the SME test ({@code INDIVIDUAL}) nor exempted as an investor
 * ({@code VENTURE_CAPITAL} at 40 %).
 */
class SubsidiaryLoopholeTest {

    private static final ApplicationEvaluator EVALUATOR = Esibe.evaluator().build();

    /** The format's example with one participation; {@code type} is inserted as given, when not empty. */
    static String withParticipation(String share, String type) {
        String participation = "{\"name\": \"Controllata S.p.A.\"" + (type.isEmpty() ? "" : ", \"type\": " + type)
                + ", \"capitalShare\": " + share + ", \"staffHeadcount\": 5000, \"turnover\": 1000000000,"
                + " \"balanceSheetTotal\": 1000000000}";
        return "{\"schemaVersion\": 1, \"applicationId\": \"CALL2025-0001\", \"submittedOn\": \"2025-03-15\","
                + " \"company\": {\"name\": \"Esempio Bio S.r.l.\", \"vatNumber\": \"IT00743110157\","
                + " \"legalSeat\": {\"country\": \"IT\"}, \"headquarters\": {\"country\": \"IT\"}},"
                + " \"track\": \"PRECISION_MEDICINE\", \"developmentStage\": \"PRECLINICAL\","
                + " \"fiscalYears\": [{\"year\": 2024, \"rdExpenditure\": 2500000, \"rdExpenditureItaly\": 2100000,"
                + " \"staffHeadcount\": 38.5, \"turnover\": 120000, \"balanceSheetTotal\": 9000000}],"
                + " \"patents\": [{\"number\": \"EP3456789B1\", \"holding\": \"OWNED\", \"status\": \"GRANTED\"}],"
                + " \"programs\": [{\"title\": \"CAR-T\", \"technology\": \"TEC-GENE-CELL\", \"priorities\": [\"PAT-ONCO\"]}],"
                + " \"ownership\": {\"holders\": [{\"name\": \"Founders\", \"type\": \"INDIVIDUAL\", \"capitalShare\": 100}],"
                + " \"participations\": [" + participation + "]}}";
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"INDIVIDUAL\"", "\"VENTURE_CAPITAL\"", "\"OTHER_ENTERPRISE\"", "null"})
    void aTypedParticipationIsInvalid(String type) {
        for (String share : new String[] {"100", "40"}) {
            Decision d = EVALUATOR.evaluate(ApplicationJson.reader().read(withParticipation(share, type)));
            assertThat(d.outcome()).as("type %s at %s %%", type, share).isEqualTo(Outcome.INVALID);
            assertThat(d.violations()).extracting(Violation::path).containsExactly("ownership.participations[0].type");
            assertThat(d.criteria()).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"100", "40"})
    void theSameSubsidiaryWithoutTypeMakesTheCompanyNotAnSme(String share) {
        Decision d = EVALUATOR.evaluate(ApplicationJson.reader().read(withParticipation(share, "")));
        assertThat(d.violations()).isEmpty();
        assertThat(d.criterion(CriterionIds.SME).orElseThrow().result()).isEqualTo(Verdict.FAIL);
        assertThat(d.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
        assertThat(d.criterion(CriterionIds.SME).orElseThrow().message().en()).contains("Controllata S.p.A.");
    }
}
