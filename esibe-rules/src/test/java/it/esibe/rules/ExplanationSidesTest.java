package it.esibe.rules;

import static it.esibe.rules.Generators.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import it.esibe.core.ApplicationEvaluator;
import it.esibe.core.decision.CriterionResult;
import it.esibe.core.decision.Decision;
import it.esibe.core.decision.Verdict;
import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * ESIBE-CHANGES-v1.1, point 7: a figure is never rounded into contradicting its verdict. Over
 * figures within a cent of each threshold, the figure as printed in the explanation lies on the side
 * of the printed threshold that the verdict says, in Italian and in English.
 */
class ExplanationSidesTest {

    private static final ApplicationEvaluator EVALUATOR = Esibe.evaluator().build();

    /** The number in {@code text} at group 1 of {@code pattern}, as {@code italian} or English writes it. */
    private static BigDecimal printed(String text, Pattern pattern, boolean italian) {
        Matcher m = pattern.matcher(text);
        assertThat(m.find()).as("a figure in \"%s\"", text).isTrue();
        String n = m.group(1);
        return new BigDecimal(italian ? n.replace(".", "").replace(',', '.') : n.replace(",", ""));
    }

    private static final Pattern PERCENT = Pattern.compile("\\(([0-9.,]+)%\\)");
    private static final Pattern FIRST_AMOUNT_EN = Pattern.compile(": EUR ([0-9.,]+)");
    private static final Pattern FIRST_AMOUNT_IT = Pattern.compile(": ([0-9.,]+) EUR");

    @Test
    void theItalianShareIsPrintedOnItsSideOfHalf() {
        // T in cents, I within two cents of half of it: the printed share is above 50% exactly for a PASS.
        qt().forAll(longs().between(2, 100_000_000_000L), integers().between(-2, 2)).checkAssert((t, k) -> {
            long italyCents = Math.max(0, Math.min(t, t / 2 + k));
            BigDecimal total = BigDecimal.valueOf(t, 2);
            BigDecimal italy = BigDecimal.valueOf(italyCents, 2);
            Decision d = EVALUATOR.evaluate(Apps.example().years(Apps.year(2024, total.toPlainString(),
                    italy.toPlainString(), null, "10", "1000000", "1000000")).build());
            CriterionResult r = d.criterion(CriterionIds.RD_ITALY).orElseThrow();
            BigDecimal fifty = BigDecimal.valueOf(50);
            for (boolean italian : new boolean[] {true, false}) {
                String text = italian ? r.message().it() : r.message().en();
                BigDecimal shown = printed(text, PERCENT, italian);
                if (r.result() == Verdict.PASS) {
                    assertThat(shown).as("PASS: %s", text).isGreaterThan(fifty);
                } else {
                    assertThat(shown).as("FAIL: %s", text).isLessThanOrEqualTo(fifty);
                }
            }
        });
    }

    @Test
    void theRdExpenditureIsPrintedOnItsSideOfTheThreshold() {
        BigDecimal threshold = new BigDecimal("2000000.00");
        qt().forAll(integers().between(-3, 3)).checkAssert(k -> {
            BigDecimal rd = threshold.add(BigDecimal.valueOf(k, 2));
            Decision d = EVALUATOR.evaluate(Apps.example().years(Apps.year(2024, rd.toPlainString(), "0", null, "10",
                    "1000000", "1000000")).build());
            CriterionResult r = d.criterion(CriterionIds.RD_MIN).orElseThrow();
            BigDecimal it = printed(r.message().it(), FIRST_AMOUNT_IT, true);
            BigDecimal en = printed(r.message().en(), FIRST_AMOUNT_EN, false);
            assertThat(it).isEqualTo(en);
            assertThat(it.compareTo(threshold) >= 0).as(r.message().en()).isEqualTo(r.result() == Verdict.PASS);
        });
    }

    private static final Pattern STAFF_EN = Pattern.compile("Aggregated figures 2024: staff ([0-9.,]+) AWU");
    private static final Pattern STAFF_IT = Pattern.compile("Dati aggregati 2024: effettivi ([0-9.,]+) ULA");
    private static final Pattern TURNOVER_EN = Pattern.compile("Aggregated figures 2024: [^:]*?turnover EUR ([0-9.,]+)");
    private static final Pattern TURNOVER_IT = Pattern.compile("Dati aggregati 2024: [^:]*?fatturato ([0-9.,]+) EUR");

    /**
     * The applicant's own staff and turnover plus a partner holder at {@code share} % whose figures
     * land the aggregate near a ceiling: the partner's weighted figures have up to 6 decimals.
     */
    private static CriterionResult sme(String ownStaff, String ownTurnover, String share, String staff, String turnover,
            String balance) {
        Apps app = Apps.example().years(Apps.year(2024, "2500000", "2100000", null, ownStaff, ownTurnover, balance))
                .holders(Apps.holder("Founders", it.esibe.core.model.HolderType.INDIVIDUAL, "50"),
                        Apps.holder("Partner S.p.A.", it.esibe.core.model.HolderType.OTHER_ENTERPRISE, share, null,
                                staff, turnover, "0"));
        Decision d = EVALUATOR.evaluate(app.build());
        assertThat(d.violations()).isEmpty();
        return d.criterion(CriterionIds.SME).orElseThrow();
    }

    @Test
    void theAggregatedStaffIsPrintedOnItsSideOfTwoHundredAndFifty() {
        BigDecimal ceiling = BigDecimal.valueOf(250);
        qt().forAll(integers().between(0, 20_000), integers().between(250_000, 500_000), integers().between(-3, 3))
                .checkAssert((ownCents, shareTenThousandths, k) -> {
                    BigDecimal own = BigDecimal.valueOf(ownCents, 2);
                    BigDecimal share = BigDecimal.valueOf(shareTenThousandths, 4);
                    BigDecimal weight = share.movePointLeft(2);
                    // The partner's staff, in cents, that brings the aggregate within a few thousandths of 250.
                    BigDecimal partner = ceiling.subtract(own).divide(weight, 2, java.math.RoundingMode.HALF_EVEN)
                            .add(BigDecimal.valueOf(k, 2)).max(BigDecimal.ZERO);
                    CriterionResult r = sme(own.toPlainString(), "1000", share.toPlainString(), partner.toPlainString(),
                            "0", "1000");
                    for (boolean italian : new boolean[] {true, false}) {
                        String text = italian ? r.message().it() : r.message().en();
                        BigDecimal shown = printed(text, italian ? STAFF_IT : STAFF_EN, italian);
                        // Turnover and balance are tiny: the staff alone decides (ceilings: staff below 250).
                        assertThat(shown.compareTo(ceiling) < 0).as("%s: %s", r.result(), text)
                                .isEqualTo(r.result() == Verdict.PASS);
                    }
                });
    }

    @Test
    void theAggregatedTurnoverIsPrintedOnItsSideOfFiftyMillion() {
        BigDecimal ceiling = new BigDecimal("50000000");
        qt().forAll(longs().between(0, 4_000_000_000L), integers().between(250_000, 500_000), integers().between(-3, 3))
                .checkAssert((ownCents, shareTenThousandths, k) -> {
                    BigDecimal own = BigDecimal.valueOf(ownCents, 2);
                    BigDecimal weight = BigDecimal.valueOf(shareTenThousandths, 6);
                    BigDecimal partner = ceiling.subtract(own).divide(weight, 2, java.math.RoundingMode.HALF_EVEN)
                            .add(BigDecimal.valueOf(k, 2)).max(BigDecimal.ZERO);
                    // The balance sheet is over its ceiling, so the turnover alone decides.
                    CriterionResult r = sme("10", own.toPlainString(), BigDecimal.valueOf(shareTenThousandths, 4)
                            .toPlainString(), "0", partner.toPlainString(), "50000000");
                    for (boolean italian : new boolean[] {true, false}) {
                        String text = italian ? r.message().it() : r.message().en();
                        BigDecimal shown = printed(text, italian ? TURNOVER_IT : TURNOVER_EN, italian);
                        assertThat(shown.compareTo(ceiling) <= 0).as("%s: %s", r.result(), text)
                                .isEqualTo(r.result() == Verdict.PASS);
                    }
                });
    }
}
