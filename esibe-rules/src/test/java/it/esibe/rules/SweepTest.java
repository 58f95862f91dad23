package it.esibe.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.esibe.core.ConfigurationException;
import it.esibe.core.decision.Outcome;
import it.esibe.core.model.DevelopmentStage;
import it.esibe.core.model.Track;
import it.esibe.rules.whatif.Sweep;
import it.esibe.rules.whatif.SweepResult;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A sweep counts the outcomes at every value of a parameter, and finds to the cent where each
 * applicant's outcome changes, so that the counts step at the applicants' own figures.
 */
class SweepTest {

    static BigDecimal dec(String s) {
        return new BigDecimal(s);
    }

    static Sweep.Builder rdMin(String from, String to, String step) {
        return Sweep.builder(Esibe.defaults(), Rulesets.interim())
                .axis("rd.min.precisionMedicine", dec(from), dec(to), dec(step));
    }

    /** An otherwise eligible precision-medicine applicant with R&D 2024 of {@code rd}. */
    static Apps withRd(String id, String rd) {
        Apps a = Apps.example().years(Apps.year(2024, rd, "1400000", "0", "38.5", "120000", "9000000"));
        a.id = id;
        return a;
    }

    static SweepResult.Point at(SweepResult r, String value) {
        return r.points().stream().filter(p -> p.value().compareTo(dec(value)) == 0).findFirst().orElseThrow(
                () -> new AssertionError("no point at " + value + " in " + r.points()));
    }

    @Test
    void theCountsStepExactlyAtTheApplicantsFigures() {
        Sweep.Run run = rdMin("1000000", "3000000", "100000").build().start();
        run.add(withRd("A", "1650000").build());
        run.add(withRd("B", "2500000").build());
        Apps incomplete = withRd("C", "2600000");
        incomplete.stage = null;
        run.add(incomplete.build());
        run.add(withRd("D", "1650000.50").stage(DevelopmentStage.COMMERCIAL).build());

        SweepResult r = run.result();

        assertThat(r.total()).isEqualTo(4);
        assertThat(r.flips()).extracting(SweepResult.Flip::applicationId, f -> f.below().toPlainString(),
                f -> f.above().toPlainString(), SweepResult.Flip::before, SweepResult.Flip::after, SweepResult.Flip::exact)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("A", "1650000.00", "1650000.01", Outcome.ELIGIBLE,
                                Outcome.NOT_ELIGIBLE, true),
                        org.assertj.core.groups.Tuple.tuple("B", "2500000.00", "2500000.01", Outcome.ELIGIBLE,
                                Outcome.NOT_ELIGIBLE, true),
                        org.assertj.core.groups.Tuple.tuple("C", "2600000.00", "2600000.01", Outcome.INCOMPLETE,
                                Outcome.NOT_ELIGIBLE, true));
        assertThat(at(r, "1650000.00").admitted()).isEqualTo(2);
        assertThat(at(r, "1650000.01").admitted()).isEqualTo(1);
        assertThat(at(r, "1650000.01").grid()).isFalse();
        assertThat(at(r, "2500000").admitted()).isEqualTo(1);
        assertThat(at(r, "2500000.01").admitted()).isZero();
        assertThat(at(r, "2600000.00").count(Outcome.INCOMPLETE)).isEqualTo(1);
        assertThat(at(r, "2600000.01").count(Outcome.INCOMPLETE)).isZero();
        assertThat(at(r, "2600000.01").count(Outcome.NOT_ELIGIBLE)).isEqualTo(4);
        assertThat(at(r, "1000000").eligible()).containsEntry(Track.PRECISION_MEDICINE, 2L)
                .containsEntry(Track.INDUSTRIAL_ENVIRONMENTAL, 0L);
        assertThat(r.gridPoints()).hasSize(21);
        // 1 650 000.00 and .01 are off the grid; 2 500 000.00 and 2 600 000.00 are on it, their .01 not.
        assertThat(r.points()).hasSize(21 + 4);
        assertThat(r.points()).extracting(SweepResult.Point::value).isSortedAccordingTo(BigDecimal::compareTo);
    }

    @Test
    void withoutExactBreakpointsTheChangesLieBetweenGridValues() {
        Sweep.Run run = rdMin("1000000", "3000000", "500000").exactBreakpoints(false).build().start();
        run.add(withRd("A", "1650000").build());

        SweepResult r = run.result();

        assertThat(r.points()).hasSize(5);
        assertThat(r.flips()).singleElement().satisfies(f -> {
            assertThat(f.below()).isEqualByComparingTo("1500000");
            assertThat(f.above()).isEqualByComparingTo("2000000");
            assertThat(f.exact()).isFalse();
        });
    }

    @Test
    void theLastValueOfTheGridIsAlwaysTheRangesEnd() {
        Sweep s = rdMin("1000000", "1250000", "100000").build();

        assertThat(s.axes().get(0).grid()).extracting(BigDecimal::toPlainString)
                .containsExactly("1000000.00", "1100000.00", "1200000.00", "1250000.00");
    }

    @Test
    void aShareIsLocatedToTheTenThousandth() {
        Sweep.Run run = Sweep.builder(Esibe.defaults(), Rulesets.interim())
                .axis("rd.italy.minShareExclusive", dec("0.4"), dec("0.9"), dec("0.1")).build().start();
        // 2 100 000 of 2 500 000 in Italy: 0.84, prevalent while the share must exceed 0.8399, not 0.84.
        run.add(Apps.example().build());

        SweepResult r = run.result();

        assertThat(r.flips()).singleElement().satisfies(f -> {
            assertThat(f.below()).isEqualByComparingTo("0.8399");
            assertThat(f.above()).isEqualByComparingTo("0.8400");
            assertThat(f.before()).isEqualTo(Outcome.ELIGIBLE);
        });
    }

    @Test
    void twoParametersGiveATable() {
        Sweep.Run run = rdMin("1000000", "3000000", "1000000")
                .axis("rd.min.industrialEnvironmental", dec("500000"), dec("1000000"), dec("500000")).build().start();
        run.add(withRd("A", "1650000").build());
        run.add(Apps.example().track(Track.INDUSTRIAL_ENVIRONMENTAL)
                .programs(new it.esibe.core.model.Program("Enzymes", "TEC-SYNBIO", List.of("IND-GHG")))
                .years(Apps.year(2024, "900000", "800000", "0", "10", "100000", "100000")).build());

        SweepResult r = run.result();

        assertThat(r.flips()).isEmpty();
        assertThat(r.points()).hasSize(6).allSatisfy(p -> assertThat(p.values()).hasSize(2));
        assertThat(r.points()).extracting(p -> p.values().get(0).toPlainString() + "/" + p.values().get(1).toPlainString()
                + "=" + p.eligible().get(Track.PRECISION_MEDICINE) + "+" + p.eligible().get(Track.INDUSTRIAL_ENVIRONMENTAL))
                .containsExactly("1000000.00/500000.00=1+1", "1000000.00/1000000.00=1+0", "2000000.00/500000.00=0+1",
                        "2000000.00/1000000.00=0+0", "3000000.00/500000.00=0+1", "3000000.00/1000000.00=0+0");
    }

    @Test
    void flipsBeyondTheCapAreCounted() {
        Sweep.Run run = rdMin("1000000", "3000000", "100000").maxFlips(1).build().start();
        run.add(withRd("A", "1650000").build());
        run.add(withRd("B", "2500000").build());

        SweepResult r = run.result();

        assertThat(r.flips()).extracting(SweepResult.Flip::applicationId).containsExactly("A");
        assertThat(r.flipsLeftOut()).isEqualTo(1);
        assertThat(at(r, "2500000.01").admitted()).as("still a step").isZero();
    }

    @Test
    void beyondTheBreakpointBudgetChangesAreLocatedToTheGrid() {
        Sweep.Run run = rdMin("1000000", "3000000", "100000").maxBreakpoints(1).build().start();
        run.add(withRd("A", "1650000").build());
        run.add(withRd("B", "2500000").build());

        SweepResult r = run.result();

        assertThat(r.flips()).extracting(SweepResult.Flip::exact).containsExactly(true, false);
        assertThat(r.flips().get(1).below()).isEqualByComparingTo("2500000");
        assertThat(r.flips().get(1).above()).isEqualByComparingTo("2600000");
    }

    @Test
    void badSweepsAreRefusedWhenBuilt() {
        assertThatThrownBy(() -> Sweep.builder(Esibe.defaults(), Rulesets.interim()).build())
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("one parameter");
        assertThatThrownBy(() -> Sweep.builder(Esibe.defaults(), Rulesets.interim())
                .axis("rd.min.precisionMedecine", dec("1"), dec("2"), dec("1")).build())
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("has no parameter rd.min.precisionMedecine");
        assertThatThrownBy(() -> Sweep.builder(Esibe.defaults(), Rulesets.interim())
                .axis("patents.acceptPending", dec("0"), dec("1"), dec("1")).build())
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("is a switch, true or false");
        assertThatThrownBy(() -> rdMin("1000000", "3000000", "0.001").build())
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("finer than its precision, 0.01");
        assertThatThrownBy(() -> rdMin("3000000", "1000000", "1").build())
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("runs backwards");
        assertThatThrownBy(() -> rdMin("1000000", "3000000", "-1").build())
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("must be positive");
        assertThatThrownBy(() -> rdMin("0", "1000.5", "1").build())
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("more than 1001 values");
        assertThatThrownBy(() -> Sweep.builder(Esibe.defaults(), Rulesets.interim())
                .axis("rd.italy.minShareExclusive", dec("0.5"), dec("1.5"), dec("0.5")).build())
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("a share from 0 to 1");
        assertThat(rdMin("0", "1000", "1").build().axes().get(0).grid()).hasSize(Sweep.MAX_POINTS);
        assertThatThrownBy(() -> rdMin("0", "1000", "10").axis("rd.min.industrialEnvironmental", dec("0"),
                dec("1000"), dec("5")).build()).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("at most 10000 cells");
    }
}
