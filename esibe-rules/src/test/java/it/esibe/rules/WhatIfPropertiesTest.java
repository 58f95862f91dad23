package it.esibe.rules;

import static it.esibe.rules.Generators.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import it.esibe.core.ApplicationEvaluator;
import it.esibe.core.decision.Outcome;
import it.esibe.core.model.Application;
import it.esibe.core.model.DevelopmentStage;
import it.esibe.core.model.FiscalYear;
import it.esibe.core.model.Program;
import it.esibe.core.model.Track;
import it.esibe.core.ruleset.Ruleset;
import it.esibe.rules.whatif.ApplicantComparison;
import it.esibe.rules.whatif.Comparison;
import it.esibe.rules.whatif.ComparisonSummary;
import it.esibe.rules.whatif.Sweep;
import it.esibe.rules.whatif.SweepResult;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The laws of the what-if API, on generated applications with the project's fixed seed: a ruleset
 * compared with an identical one changes nothing; a reform that only lowers minima never removes
 * an applicant from the register; sweep counts are monotone in a threshold; and the breakpoints a
 * sweep finds are exactly the values where the counts change.
 */
class WhatIfPropertiesTest {

    /** Examples of the sweeps and reforms, which decide a call several times each. */
    static final int SWEEP_EXAMPLES = Generators.EXAMPLES;

    /**
     * Applications that pass every criterion but R&amp;D unless the generator says otherwise: either
     * track, R&amp;D and grants around both thresholds or absent, the stage sometimes unknown or
     * commercial; so that most of them change outcome somewhere between 0 and 3 000 000 EUR.
     */
    static Gen<Apps> nearEligible() {
        Gen<BigDecimal> rd = Generators.orAbsent(Generators.euros(3_000_000));
        Gen<BigDecimal> grants = Generators.orAbsent(Generators.euros(1_200_000));
        Gen<DevelopmentStage> stage = Generate.pick(java.util.Arrays.asList(DevelopmentStage.PRECLINICAL,
                DevelopmentStage.CLINICAL, null, DevelopmentStage.COMMERCIAL));
        return Generate.enumValues(Track.class).zip(rd, grants, stage, (track, r, g, s) -> {
            Apps a = Apps.example().track(track);
            a.stage = s;
            if (track == Track.INDUSTRIAL_ENVIRONMENTAL) {
                a.programs = new ArrayList<>(List.of(new Program("Enzymes", "TEC-SYNBIO", List.of("IND-GHG"))));
            }
            BigDecimal italy = r == null ? null : r.multiply(new BigDecimal("0.8")).setScale(2, java.math.RoundingMode.DOWN);
            a.years = new ArrayList<>(List.of(new FiscalYear(2024, r, italy, g, new BigDecimal("20"),
                    new BigDecimal("1000000"), new BigDecimal("1000000"))));
            return a;
        });
    }

    /** Near-eligible applications mixed with the general generator's, valid and invalid. */
    static Gen<Apps> mixed() {
        return nearEligible().mix(ReformPropertiesTest.validAndInvalid(), 50);
    }

    /** A call of one to four applications with distinct ids. */
    static Gen<List<Application>> calls() {
        return integers().between(1, 4).zip(nearEligible(), nearEligible(), nearEligible(), nearEligible(),
                (n, a, b, c, d) -> {
                    List<Application> call = new ArrayList<>();
                    List<Apps> all = List.of(a, b, c, d);
                    for (int i = 0; i < n; i++) {
                        all.get(i).id = "A" + i;
                        call.add(all.get(i).build());
                    }
                    return call;
                });
    }

    @Test
    void comparingARulesetWithAnIdenticalOneReportsNoChange() {
        Comparison same = Comparison.builder(Esibe.defaults()).ruleset(Rulesets.interim())
                .ruleset(ReformPropertiesTest.UNCHANGED).ruleset(ReformPropertiesTest.SAME_VALUES).build();
        Comparison.Run run = same.start();

        qt().forAll(mixed()).checkAssert(app -> {
            ApplicantComparison c = run.add(app.build());
            assertThat(c.unaffected()).as("%s", c).isTrue();
            assertThat(c.changes()).allSatisfy(ch -> assertThat(ch.criteria()).isEmpty());
        });

        ComparisonSummary s = run.summary();
        assertThat(s.unaffected()).isEqualTo(s.total()).isEqualTo(Generators.EXAMPLES);
        assertThat(s.impacts()).hasSize(2).allSatisfy(i -> {
            assertThat(i.outcomeChanged()).isZero();
            assertThat(i.criteriaChanged()).isZero();
            for (Outcome from : Outcome.values()) {
                for (Outcome to : Outcome.values()) {
                    if (from != to) {
                        assertThat(i.count(from, to)).isZero();
                    }
                }
            }
            assertThat(i.byTrack().values()).allSatisfy(n -> assertThat(n.changed()).isZero());
        });
    }

    @Test
    void aReformThatOnlyLowersMinimaNeverRemovesAnApplicantFromTheRegister() {
        Gen<BigDecimal> pm = longs().between(0, 200_000_000L).map(c -> BigDecimal.valueOf(c, 2));
        Gen<BigDecimal> ie = longs().between(0, 80_000_000L).map(c -> BigDecimal.valueOf(c, 2));
        Gen<BigDecimal> share = integers().between(0, 5000).map(c -> BigDecimal.valueOf(c, 4));
        qt().withExamples(SWEEP_EXAMPLES).forAll(pm, ie, share, calls()).checkAssert((p, i, s, call) -> {
            Ruleset lowered = Rulesets.interim().derive("t-lowered")
                    .parameter(InterimParameters.RD_MIN_PRECISION_MEDICINE, p)
                    .parameter(InterimParameters.RD_MIN_INDUSTRIAL_ENVIRONMENTAL, i)
                    .parameter(InterimParameters.RD_ITALY_MIN_SHARE_EXCLUSIVE, s).build();
            Comparison.Run run = Comparison.builder(Esibe.defaults()).ruleset(Rulesets.interim()).ruleset(lowered)
                    .build().start();
            for (Application a : call) {
                ApplicantComparison.Change c = run.add(a).changes().get(0);
                assertThat(c.left()).as("%s under %s", a.applicationId(), lowered.parameters()).isFalse();
            }
            assertThat(run.summary().impacts().get(0).left()).isZero();
        });
    }

    /** The sweep of §5.3 bullet 1 the sweep properties share: 0 to 3 000 000 EUR by 250 000. */
    static final Sweep RD_MIN = Sweep.builder(Esibe.defaults(), Rulesets.interim())
            .axis("rd.min.precisionMedicine", BigDecimal.ZERO, new BigDecimal("3000000"), new BigDecimal("250000"))
            .build();

    /** And of §5.3 bullet 2, 0 to 1 200 000 EUR by 100 000, where grants count too. */
    static final Sweep IE_MIN = Sweep.builder(Esibe.defaults(), Rulesets.interim())
            .axis("rd.min.industrialEnvironmental", BigDecimal.ZERO, new BigDecimal("1200000"), new BigDecimal("100000"))
            .build();

    static SweepResult sweep(Sweep sweep, List<Application> call) {
        Sweep.Run run = sweep.start();
        call.forEach(run::add);
        return run.result();
    }

    @Test
    void sweepCountsAreMonotoneInAThreshold() {
        qt().withExamples(SWEEP_EXAMPLES).forAll(calls(), Generate.pick(List.of(RD_MIN, IE_MIN))).checkAssert((call, s) -> {
            SweepResult r = sweep(s, call);
            for (int k = 1; k < r.points().size(); k++) {
                SweepResult.Point before = r.points().get(k - 1);
                SweepResult.Point after = r.points().get(k);
                assertThat(after.admitted()).as("admitted at %s after %s", after.value(), before.value())
                        .isLessThanOrEqualTo(before.admitted());
                assertThat(after.count(Outcome.NOT_ELIGIBLE)).isGreaterThanOrEqualTo(before.count(Outcome.NOT_ELIGIBLE));
                for (Track t : Track.values()) {
                    assertThat(after.eligible().get(t)).isLessThanOrEqualTo(before.eligible().get(t));
                }
            }
        });
    }

    /** The outcome counts of {@code call} decided afresh with the parameter of {@code sweep} at {@code value}. */
    static Map<Outcome, Long> bruteForce(Sweep sweep, List<Application> call, BigDecimal value) {
        Ruleset at = Rulesets.interim().derive("t-at").parameter(sweep.axes().get(0).name(), value.toPlainString())
                .build();
        ApplicationEvaluator e = Esibe.evaluator().ruleset(at).build();
        Map<Outcome, Long> counts = new EnumMap<>(Outcome.class);
        for (Outcome o : Outcome.values()) {
            counts.put(o, 0L);
        }
        call.forEach(a -> counts.merge(e.evaluate(a).outcome(), 1L, Long::sum));
        return counts;
    }

    /** The counts the result gives at {@code value}: those of its last point not after it. */
    static Map<Outcome, Long> read(SweepResult r, BigDecimal value) {
        SweepResult.Point last = r.points().get(0);
        for (SweepResult.Point p : r.points()) {
            if (p.value().compareTo(value) <= 0) {
                last = p;
            }
        }
        return last.outcomes();
    }

    @Test
    void theBreakpointsFoundAreExactlyThePointsWhereTheCountsChange() {
        Gen<Long> cents = longs().between(0, 300_000_000L);
        long[] flips = new long[1];
        qt().withExamples(SWEEP_EXAMPLES).forAll(calls(), Generate.pick(List.of(RD_MIN, IE_MIN)), cents)
                .checkAssert((call, s, c) -> {
                    SweepResult r = sweep(s, call);
                    flips[0] += r.flips().size();
                    BigDecimal top = s.axes().get(0).to();
                    // Every flip is a change of that applicant's own outcome, one cent apart.
                    for (SweepResult.Flip f : r.flips()) {
                        Application a = call.stream().filter(x -> x.applicationId().equals(f.applicationId()))
                                .findFirst().orElseThrow();
                        assertThat(f.above().subtract(f.below())).isEqualByComparingTo("0.01");
                        assertThat(bruteForceOne(s, a, f.below())).isEqualTo(f.before());
                        assertThat(bruteForceOne(s, a, f.above())).isEqualTo(f.after());
                    }
                    // The counts change across every breakpoint ...
                    for (int k = 1; k < r.points().size(); k++) {
                        SweepResult.Point p = r.points().get(k);
                        if (!p.grid()) {
                            boolean stepHere = r.flips().stream().anyMatch(f -> f.above().compareTo(p.value()) == 0);
                            boolean changed = !p.outcomes().equals(r.points().get(k - 1).outcomes());
                            assertThat(changed).as("counts at %s against the point before", p.value())
                                    .isEqualTo(stepHere);
                        }
                    }
                    // ... and nowhere else: at any value, the counts are those of the last point not after it.
                    BigDecimal v = BigDecimal.valueOf(c, 2).min(top);
                    assertThat(read(r, v)).as("at %s", v).isEqualTo(bruteForce(s, call, v));
                    for (Application a : call) {
                        FiscalYear y = a.fiscalYear(2024).orElse(null);
                        BigDecimal figure = y == null ? null : y.rdExpenditure();
                        if (figure != null && figure.compareTo(top) < 0) {
                            BigDecimal next = figure.add(new BigDecimal("0.01"));
                            assertThat(read(r, next)).as("at %s", next).isEqualTo(bruteForce(s, call, next));
                        }
                    }
                });
        assertThat(flips[0]).as("changes of outcome met by the generated calls").isGreaterThan(SWEEP_EXAMPLES / 4);
    }

    static Outcome bruteForceOne(Sweep sweep, Application a, BigDecimal value) {
        Ruleset at = Rulesets.interim().derive("t-at").parameter(sweep.axes().get(0).name(), value.toPlainString())
                .build();
        return Esibe.evaluator().ruleset(at).build().evaluate(a).outcome();
    }
}
