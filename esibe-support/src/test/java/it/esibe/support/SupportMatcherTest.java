package it.esibe.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.esibe.core.ConfigurationException;
import it.esibe.core.decision.Decision;
import it.esibe.core.decision.LocalizedText;
import it.esibe.core.decision.Outcome;
import it.esibe.core.model.Application;
import it.esibe.core.model.FiscalYear;
import it.esibe.core.model.Program;
import it.esibe.core.model.Track;
import it.esibe.core.taxonomy.Taxonomy;
import it.esibe.core.taxonomy.TaxonomyEntry;
import it.esibe.core.taxonomy.TaxonomyFamily;
import it.esibe.rules.Esibe;
import it.esibe.support.spi.SupportCatalogue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Matching admitted companies to the support programme of §5.4: scores, order, explanations, catalogues. */
class SupportMatcherTest {

    private static final LocalDate AFTER = LocalDate.of(2025, 6, 30);
    /** The taxonomy of the rules that decide the applications. */
    private static final Taxonomy NATIONAL = Esibe.taxonomy();

    /** A precision-medicine company with a gene-therapy programme against cancer (the format's example). */
    private static Application oncology() {
        return Applications.example();
    }

    private static Decision eligible(Application a) {
        Decision d = Esibe.evaluator().build().evaluate(a);
        assertThat(d.outcome()).as("test fixture must be admitted").isEqualTo(Outcome.ELIGIBLE);
        return d;
    }

    private static SupportEntry hub(String id, Set<Track> tracks, String... codes) {
        return new SupportEntry(SupportKind.HUB, id, new LocalizedText(id, id), null, "IT", List.of(),
                List.of(new Focus(FocusBasis.ESIBE_EDITORIAL, tracks, List.of(codes), "test")), List.of(),
                "test", null);
    }

    private static SupportEntry event(String id, String... editions) {
        return new SupportEntry(SupportKind.EVENT, id, new LocalizedText(id, id), null, "KR",
                List.of(editions).stream().map(YearMonth::parse).toList(),
                List.of(new Focus(FocusBasis.REPORT, Set.of(Track.PRECISION_MEDICINE), List.of(), "test")), List.of(),
                "Rapporto ad interim, §5.4", null);
    }

    private static SupportMatcher only(SupportEntry... entries) {
        return SupportMatcher.builder(NATIONAL).clear().add(SupportCatalogues.of("test", List.of(entries))).build();
    }

    @Test
    void trackOnlyMatchIsRecommendedWithTheLowestScoreAndSaysNoCodeIsShared() {
        Application a = oncology();
        List<Recommendation> r = only(hub("track-only", Set.of(Track.PRECISION_MEDICINE))).recommend(a, eligible(a),
                AFTER);

        assertThat(r).singleElement().satisfies(rec -> {
            assertThat(rec.sharedCodes()).isEmpty();
            assertThat(rec.trackMatch()).isTrue();
            assertThat(rec.score()).isEqualTo(SupportMatcher.TRACK_WEIGHT);
            assertThat(rec.explanation().it()).contains("Nessun codice in comune").contains("medicina di precisione");
            assertThat(rec.explanation().en()).contains("No code in common").contains("precision medicine track");
            assertThat(rec.explanation().en()).contains("ESIBE editorial classification");
        });
    }

    @Test
    void aSharedPriorityOutranksASharedTechnologyWhichOutranksTheTrackAlone() {
        Application a = oncology();   // TEC-GENE-CELL applied to PAT-ONCO
        SupportMatcher m = only(
                hub("a-track", Set.of(Track.PRECISION_MEDICINE)),
                hub("b-technology", Set.of(), "TEC-GENE-CELL"),
                hub("c-priority", Set.of(), "PAT-ONCO"),
                hub("d-both", Set.of(Track.PRECISION_MEDICINE), "PAT-ONCO", "TEC-GENE-CELL", "PAT-CARDIO"));

        List<Recommendation> r = m.recommend(a, eligible(a), AFTER);

        assertThat(r).extracting(Recommendation::id).containsExactly("d-both", "c-priority", "b-technology", "a-track");
        Recommendation both = r.get(0);
        assertThat(both.sharedCodes()).as("priorities first, codes the company lacks left out")
                .containsExactly("PAT-ONCO", "TEC-GENE-CELL");
        assertThat(both.score()).isEqualTo(SupportMatcher.PRIORITY_WEIGHT + SupportMatcher.TECHNOLOGY_WEIGHT
                + SupportMatcher.TRACK_WEIGHT);
        assertThat(both.explanation().it()).contains("PAT-ONCO (Tumori)").contains("TEC-GENE-CELL (Terapie geniche e cellulari)");
        assertThat(both.explanation().en()).contains("PAT-ONCO (Cancers)").contains("TEC-GENE-CELL (Gene and cell therapies)");
        assertThat(r.get(1).score()).isGreaterThan(r.get(2).score());
        assertThat(r.get(2).score()).isGreaterThan(r.get(3).score());
    }

    @Test
    void aCompanyWithNothingInCommonGetsAnEmptyList() {
        Application a = Applications.of(Track.INDUSTRIAL_ENVIRONMENTAL,
                new FiscalYear(2024, new BigDecimal("900000"), new BigDecimal("800000"), BigDecimal.ZERO,
                        new BigDecimal("12"), new BigDecimal("100000"), new BigDecimal("900000")),
                new Program("Biorisanamento", "TEC-MICROBIOME", List.of("IND-POLLUTANTS")));
        SupportMatcher m = only(hub("medical", Set.of(Track.PRECISION_MEDICINE), "PAT-ONCO", "TEC-RNA"),
                hub("food", Set.of(), "IND-FOOD"));

        assertThat(m.recommend(a, eligible(a), AFTER)).isEmpty();
    }

    @Test
    void tiesAreBrokenByIdWhateverTheCatalogueOrderAndRunsAreIdentical() {
        Application a = oncology();
        List<SupportEntry> entries = new ArrayList<>();
        for (String id : List.of("zeta", "alpha", "mid", "beta", "omega")) {
            entries.add(hub(id, Set.of(Track.PRECISION_MEDICINE), "PAT-ONCO"));
        }
        entries.add(hub("lower", Set.of(Track.PRECISION_MEDICINE)));
        List<Recommendation> first = SupportMatcher.builder(NATIONAL).clear()
                .add(SupportCatalogues.of("t", entries)).build().recommend(a, eligible(a), AFTER);
        Collections.shuffle(entries, new Random(Long.getLong("esibe.qt.seed", 20261122L)));
        List<Recommendation> second = SupportMatcher.builder(NATIONAL).clear()
                .add(SupportCatalogues.of("t", entries)).build().recommend(a, eligible(a), AFTER);

        assertThat(first).extracting(Recommendation::id).containsExactly("alpha", "beta", "mid", "omega", "zeta", "lower");
        assertThat(second).isEqualTo(first);
    }

    @Test
    void bundledRecommendationsAreStableAcrossRunsAndEveryOneIsExplainedInBothLanguages() {
        Application a = oncology();
        List<Recommendation> one = SupportMatcher.builder(NATIONAL).build().recommend(a, eligible(a), AFTER);
        List<Recommendation> two = SupportMatcher.builder(NATIONAL).build().recommend(a, eligible(a), AFTER);

        assertThat(one).isNotEmpty().isEqualTo(two);
        assertThat(one).extracting(Recommendation::kind).isSortedAccordingTo(Enum::compareTo);
        assertThat(one).allSatisfy(r -> {
            assertThat(r.explanation().it()).isNotBlank();
            assertThat(r.explanation().en()).isNotBlank();
            r.sharedCodes().forEach(c -> {
                assertThat(r.explanation().it()).contains(c);
                assertThat(r.explanation().en()).contains(c);
            });
        });
        // §5 step 4 names the IRCCS network; a cancer programme shares PAT-ONCO with it.
        assertThat(one).filteredOn(r -> r.id().equals("irccs")).singleElement()
                .satisfies(r -> assertThat(r.sharedCodes()).contains("PAT-ONCO"));
        // Annex IV: Philadelphia is a "pioniere nelle terapie cellulari e geniche", in the report's words.
        assertThat(one).filteredOn(r -> r.id().equals("us-philadelphia")).singleElement().satisfies(r -> {
            assertThat(r.sharedCodes()).containsExactly("TEC-GENE-CELL");
            assertThat(r.basis()).isEqualTo(FocusBasis.REPORT);
        });
    }

    @Test
    void eventsPastTheirLastKnownEditionAreProjectedOneYearLaterAndSaySo() {
        Application a = oncology();
        SupportMatcher m = only(event("bio-korea", "2025-05"));

        Recommendation before = m.recommend(a, eligible(a), LocalDate.of(2025, 4, 30)).get(0);
        Recommendation sameMonth = m.recommend(a, eligible(a), LocalDate.of(2025, 5, 10)).get(0);
        Recommendation twoYears = m.recommend(a, eligible(a), LocalDate.of(2026, 12, 1)).get(0);

        assertThat(before.month()).isEqualTo(YearMonth.of(2025, 5));
        assertThat(before.projected()).isFalse();
        assertThat(before.explanation().en()).contains("May 2025 (announced)");
        assertThat(sameMonth.month()).as("an edition in the month of the date may be over").isEqualTo(YearMonth.of(2026, 5));
        assertThat(sameMonth.projected()).isTrue();
        assertThat(sameMonth.explanation().it()).contains("maggio 2026").contains("non ancora annunciata");
        assertThat(sameMonth.explanation().en()).contains("May 2026").contains("not yet announced");
        assertThat(twoYears.month()).isEqualTo(YearMonth.of(2027, 5));
    }

    /**
     * Spec v1.1, "Confirmed stops": after each of the Tour's confirmed stops, the series is projected
     * from that stop, its latest real edition, to the same month a year later, and the explanation
     * says the date is projected and from which edition.
     */
    @ParameterizedTest(name = "{0} after {1}")
    @CsvSource(delimiter = '|', textBlock = """
            bio-europe                     | 2025-11-30 | 2026-11 | 2025-11 | Vienna        | November 2025, Vienna
            jp-morgan-healthcare-conference | 2025-01-31 | 2026-01 | 2025-01 | San Francisco | January 2025, San Francisco
            swiss-biotech-days             | 2025-05-05 | 2026-05 | 2025-05 | Basel         | 5 May 2025, Basel
            bio-international-convention   | 2025-06-30 | 2026-06 | 2025-06 | Boston        | June 2025, Boston
            italy-on-the-move              | 2026-01-14 | 2027-01 | 2026-01 | San Francisco | 14 January 2026, San Francisco
            """)
    void afterEachConfirmedStopTheSeriesIsProjectedFromIt(String id, String after, String next, String stop,
            String city, String lastKnown) {
        Application a = oncology();
        Recommendation r = find(SupportMatcher.builder(NATIONAL).build().recommend(a, eligible(a), LocalDate.parse(after)), id);

        assertThat(r.projected()).isTrue();
        assertThat(r.month()).isEqualTo(YearMonth.parse(next));
        SupportEntry.Edition from = r.edition().projectedFrom();
        assertThat(from.month()).isEqualTo(YearMonth.parse(stop));
        assertThat(from.sources()).isNotEmpty();
        assertThat(r.edition().city().en()).as("projected where the latest real edition was held").isEqualTo(city);
        assertThat(r.explanation().en()).contains("projected from the annual series, not yet announced")
                .contains("last known edition: " + lastKnown + ")").contains("Source");
        assertThat(r.explanation().it()).contains("non ancora annunciata").contains("ultima edizione nota");
    }

    @Test
    void bioEuropeAfterViennaIsProjectedFromViennaNotFromTheReportsStockholm() {
        Application a = oncology();
        Recommendation r = find(SupportMatcher.builder(NATIONAL).build().recommend(a, eligible(a), LocalDate.of(2025, 12, 1)),
                "bio-europe");

        assertThat(r.month()).isEqualTo(YearMonth.of(2026, 11));
        assertThat(r.edition().country()).isEqualTo("AT");
        assertThat(r.explanation().it()).contains("novembre 2026").contains("ultima edizione nota: novembre 2025, Vienna")
                .contains("Fonte dell'ultima edizione nota: MAECI, «Vienna, nuova tappa del Montalcini Global Biotech Tour»")
                .doesNotContain("Stoccolma");
        assertThat(r.explanation().en()).doesNotContain("Stockholm");
    }

    @Test
    void aDateBetweenConfirmedEditionsPicksTheNextRealOne() {
        Application a = oncology();
        SupportMatcher m = SupportMatcher.builder(NATIONAL).build();

        Recommendation vienna = find(m.recommend(a, eligible(a), LocalDate.of(2025, 3, 1)), "bio-europe");
        assertThat(vienna.projected()).isFalse();
        assertThat(vienna.month()).isEqualTo(YearMonth.of(2025, 11));
        assertThat(vienna.explanation().en()).contains("Edition: November 2025, Vienna (announced).")
                .contains("Source: MAECI, “Vienna, nuova tappa del Montalcini Global Biotech Tour”.");
        assertThat(vienna.explanation().it()).contains("Edizione: novembre 2025, Vienna (annunciata).");
        Recommendation stockholm = find(m.recommend(a, eligible(a), LocalDate.of(2024, 10, 15)), "bio-europe");
        assertThat(stockholm.projected()).isFalse();
        assertThat(stockholm.month()).isEqualTo(YearMonth.of(2024, 11));
        assertThat(stockholm.edition().city().en()).isEqualTo("Stockholm");
        assertThat(stockholm.edition().sources()).as("the report's own edition").isEmpty();
        // Known to the day: on 1 May 2025 Swiss Biotech Day (5 May) is still ahead, although its month has begun.
        Recommendation basel = find(m.recommend(a, eligible(a), LocalDate.of(2025, 5, 1)), "swiss-biotech-days");
        assertThat(basel.projected()).isFalse();
        assertThat(basel.edition().firstDay()).isEqualTo(LocalDate.of(2025, 5, 5));
        assertThat(basel.explanation().en()).contains("Edition: 5 May 2025, Basel (announced).");
        assertThat(basel.explanation().it()).contains("Edizione: 05/05/2025, Basilea (annunciata).");
    }

    @Test
    void theDohaStopIsRecommendedBeforeItsDaysAndNeverProjected() {
        Application a = oncology();
        SupportMatcher m = SupportMatcher.builder(NATIONAL).build();

        Recommendation before = find(m.recommend(a, eligible(a), LocalDate.of(2025, 4, 15)), "montalcini-tour-doha");
        assertThat(before.projected()).isFalse();
        assertThat(before.explanation().en()).contains("Edition: 16–17 April 2025, Doha (announced).")
                .contains("Sources: MAECI, ");
        assertThat(before.explanation().it()).contains("Edizione: dal 16/04/2025 al 17/04/2025, Doha (annunciata).")
                .contains("Fonti: MAECI, «");
        assertThat(m.recommend(a, eligible(a), LocalDate.of(2025, 4, 16))).extracting(Recommendation::id)
                .as("a single stop under way or held is not recommended").doesNotContain("montalcini-tour-doha")
                .contains("bio-europe", "italy-on-the-move");
    }

    @Test
    void aCatalogueAddedThroughTheSpiReplacesEntriesWithTheSameIdAndItsAnnouncedDates() {
        Application a = oncology();
        SupportEntry updated = new SupportEntry(SupportKind.EVENT, "bio-korea", new LocalizedText("BIO Korea", "BIO Korea"),
                new LocalizedText("Seul", "Seoul"), "KR", List.of(YearMonth.of(2025, 5), YearMonth.of(2026, 6)),
                List.of(new Focus(FocusBasis.ESIBE_EDITORIAL, Set.of(Track.PRECISION_MEDICINE), List.of("TEC-MAB"), "t")),
                List.of(), "ICE 2026", null);
        SupportMatcher bundled = SupportMatcher.builder(NATIONAL).build();
        SupportMatcher replaced = SupportMatcher.builder(NATIONAL).add(SupportCatalogues.of("ice-2026", List.of(updated))).build();

        assertThat(replaced.entries()).hasSameSizeAs(bundled.entries());
        Recommendation before = find(bundled.recommend(a, eligible(a), AFTER), "bio-korea");
        Recommendation after = find(replaced.recommend(a, eligible(a), AFTER), "bio-korea");
        assertThat(before.month()).isEqualTo(YearMonth.of(2026, 5));
        assertThat(before.projected()).isTrue();
        assertThat(after.month()).isEqualTo(YearMonth.of(2026, 6));
        assertThat(after.projected()).isFalse();
    }

    @Test
    void discoveryIsOptInAndAddsServiceLoaderCatalogues() {
        SupportMatcher plain = SupportMatcher.builder(NATIONAL).build();
        SupportMatcher discovered = SupportMatcher.builder(NATIONAL).discoverCatalogues().build();

        assertThat(plain.entries()).extracting(SupportEntry::id).doesNotContain(TestCatalogue.ID);
        assertThat(discovered.entries()).extracting(SupportEntry::id).contains(TestCatalogue.ID);
    }

    @Test
    void onlyAdmittedCompaniesAreMatched() {
        Application a = Applications.of(Track.PRECISION_MEDICINE, Applications.EXAMPLE_YEAR,
                new Program(null, "TEC-SYNBIO", List.of("IND-GHG")));
        Decision notEligible = Esibe.evaluator().build().evaluate(a);
        assertThat(notEligible.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);

        assertThatThrownBy(() -> SupportMatcher.builder(NATIONAL).build().recommend(a, notEligible, AFTER))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NOT_ELIGIBLE");
    }

    @Test
    void aCatalogueNamingAnUnknownCodeIsAConfigurationError() {
        SupportCatalogue bad = SupportCatalogues.of("bad", List.of(hub("x", Set.of(), "PAT-NOPE")));

        assertThatThrownBy(() -> SupportMatcher.builder(NATIONAL).add(bad).build())
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("PAT-NOPE");
    }

    @Test
    void codesAreCheckedAgainstTheTaxonomyTheMatcherIsBuiltWith() {
        TaxonomyEntry regional = new TaxonomyEntry("LOM-BIOTECH", TaxonomyFamily.INDUSTRIAL_PRIORITY,
                new LocalizedText("Biotecnologie lombarde", "Lombard biotech"), "test", List.of());
        List<TaxonomyEntry> extended = new ArrayList<>(NATIONAL.entries());
        extended.add(regional);
        SupportCatalogue lombard = SupportCatalogues.of("lom", List.of(hub("lom-hub", Set.of(), "LOM-BIOTECH")));

        assertThatThrownBy(() -> SupportMatcher.builder(NATIONAL).add(lombard).build())
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("LOM-BIOTECH");
        assertThat(SupportMatcher.builder(taxonomyOf(extended)).add(lombard).build().entries())
                .extracting(SupportEntry::id).contains("lom-hub");
        assertThatThrownBy(() -> SupportMatcher.builder(taxonomyOf(List.of())).build())
                .as("the bundled catalogue is checked too")
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("unknown taxonomy code");
    }

    /** A taxonomy of exactly {@code entries}. */
    private static Taxonomy taxonomyOf(List<TaxonomyEntry> entries) {
        return new Taxonomy() {
            @Override
            public List<TaxonomyEntry> entries() {
                return entries;
            }

            @Override
            public Optional<TaxonomyEntry> find(String code) {
                return entries.stream().filter(e -> e.code().equals(code)).findFirst();
            }
        };
    }

    private static Recommendation find(List<Recommendation> list, String id) {
        return list.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    /** Registered in META-INF/services for the discovery test. */
    public static final class TestCatalogue implements SupportCatalogue {
        static final String ID = "discovered-hub";

        @Override
        public String name() {
            return "test-discovered";
        }

        @Override
        public List<SupportEntry> entries() {
            return List.of(hub(ID, Set.of(Track.PRECISION_MEDICINE)));
        }
    }
}
