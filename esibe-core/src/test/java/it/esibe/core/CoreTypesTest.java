package it.esibe.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.esibe.core.decision.CriterionResult;
import it.esibe.core.decision.Decision;
import it.esibe.core.decision.LocalizedText;
import it.esibe.core.decision.Outcome;
import it.esibe.core.decision.RecordPosition;
import it.esibe.core.decision.Remedy;
import it.esibe.core.decision.Verdict;
import it.esibe.core.decision.Violation;
import it.esibe.core.message.Message;
import it.esibe.core.message.MessageArg;
import it.esibe.core.message.MessageCatalog;
import it.esibe.core.model.Application;
import it.esibe.core.model.FiscalYear;
import it.esibe.core.model.Holder;
import it.esibe.core.model.HolderType;
import it.esibe.core.model.Participation;
import it.esibe.core.model.Track;
import it.esibe.core.ruleset.ParameterKey;
import it.esibe.core.ruleset.RulesetParameters;
import it.esibe.core.taxonomy.Icd10Range;
import it.esibe.core.taxonomy.Taxonomy;
import it.esibe.core.taxonomy.TaxonomyEntry;
import it.esibe.core.taxonomy.TaxonomyFamily;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The value types of the core API, checked against the specs: ICD-10 ranges and taxonomy codes
 * (ESIBE-TAXONOMY-v1), ruleset parameters and the investor exceptions (ESIBE-RULES-v1), decisions
 * and record positions (ESIBE-FORMAT-v1).
 */
class CoreTypesTest {

    @Nested
    class Icd10 {

        @Test
        void aRangeContainsTheCodesOfItsCategories() {
            Icd10Range cancers = Icd10Range.parse("C00-D48"); // PAT-ONCO
            assertThat(cancers).isEqualTo(new Icd10Range("C00", "D48"));
            assertThat(Icd10Range.parse("C00 – D48")).isEqualTo(cancers);
            assertThat(cancers.contains("C00")).isTrue();
            assertThat(cancers.contains("C50.9")).isTrue();
            assertThat(cancers.contains("c509")).isTrue();
            assertThat(cancers.contains("D48.9")).isTrue();
            assertThat(cancers.contains("D49")).isFalse();
            assertThat(cancers.contains("B99")).isFalse();
            assertThat(cancers.contains("not a code")).isFalse();
            assertThat(cancers).hasToString("C00–D48");
            Icd10Range single = Icd10Range.parse("E10");
            assertThat(single).isEqualTo(new Icd10Range("E10", "E10")).hasToString("E10");
            assertThat(single.contains("E10.9")).isTrue();
            assertThat(single.contains("E11")).isFalse();
            assertThat(single.contains("E09")).isFalse();
        }

        @Test
        void boundsMustBeCategoriesInOrder() {
            assertThatThrownBy(() -> new Icd10Range("D48", "C00")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("reversed");
            assertThatThrownBy(() -> new Icd10Range("C0", "D48")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new Icd10Range("C00", "D481")).as("a subcategory bound has its dot")
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(Icd10Range.isCode("U82.1")).isTrue();
            assertThat(Icd10Range.isCode(" j10 ")).isTrue();
            assertThat(Icd10Range.isCode("82.1")).isFalse();
        }
    }

    @Nested
    class Taxonomies {

        static final TaxonomyEntry ONCO = new TaxonomyEntry("PAT-ONCO", TaxonomyFamily.PATHOLOGY,
                new LocalizedText("Tumori", "Cancers"), "Rapporto ad interim, §5.1", List.of(Icd10Range.parse("C00-D48")));
        static final TaxonomyEntry RESP = new TaxonomyEntry("PAT-RESP", TaxonomyFamily.PATHOLOGY,
                new LocalizedText("Patologie respiratorie", "Respiratory diseases"), "Rapporto ad interim, §5.1",
                List.of(Icd10Range.parse("J00-J99")));
        static final TaxonomyEntry INFECT = new TaxonomyEntry("PAT-INFECT", TaxonomyFamily.PATHOLOGY,
                new LocalizedText("Malattie infettive", "Infectious diseases"), "Rapporto ad interim, §5.1",
                List.of(Icd10Range.parse("A00-B99"), Icd10Range.parse("J09-J11")));
        static final TaxonomyEntry RNA = new TaxonomyEntry("TEC-RNA", TaxonomyFamily.MEDICAL_TECHNOLOGY,
                new LocalizedText("Terapie basate su tecnologie RNA", "RNA-based therapies"),
                "Rapporto ad interim, §5.2", List.of());

        static final Taxonomy SMALL = new Taxonomy() {
            @Override
            public List<TaxonomyEntry> entries() {
                return List.of(ONCO, RESP, INFECT, RNA);
            }

            @Override
            public Optional<TaxonomyEntry> find(String code) {
                return entries().stream().filter(e -> e.code().equals(code)).findFirst();
            }
        };

        @Test
        void theDefaultLookupsFilterTheEntriesInOrder() {
            assertThat(SMALL.family(TaxonomyFamily.PATHOLOGY)).containsExactly(ONCO, RESP, INFECT);
            assertThat(SMALL.family(TaxonomyFamily.MEDICAL_TECHNOLOGY)).containsExactly(RNA);
            assertThat(SMALL.family(TaxonomyFamily.INDUSTRIAL_PRIORITY)).isEmpty();
            assertThat(SMALL.byIcd10("J10.1")).containsExactly(RESP, INFECT);
            assertThat(SMALL.byIcd10("C50.9")).containsExactly(ONCO);
            assertThat(SMALL.byIcd10("Z00")).isEmpty();
            assertThat(SMALL.isCodeOf("TEC-RNA", TaxonomyFamily::isTechnology)).isTrue();
            assertThat(SMALL.isCodeOf("TEC-RNA", TaxonomyFamily::isPriority)).isFalse();
            assertThat(SMALL.isCodeOf("PAT-ONCO", TaxonomyFamily::isPriority)).isTrue();
            assertThat(SMALL.isCodeOf("TEC-MAB", f -> true)).isFalse();
            assertThat(ONCO.covers("D48")).isTrue();
            assertThat(ONCO.covers("J10")).isFalse();
            assertThat(RNA.covers("C50")).isFalse();
        }

        @Test
        void prioritiesArePathologiesAndIndustrialPrioritiesTechnologiesTheRest() {
            assertThat(EnumSet.allOf(TaxonomyFamily.class).stream().filter(TaxonomyFamily::isPriority))
                    .containsExactlyInAnyOrder(TaxonomyFamily.PATHOLOGY, TaxonomyFamily.INDUSTRIAL_PRIORITY);
            assertThat(EnumSet.allOf(TaxonomyFamily.class).stream().filter(TaxonomyFamily::isTechnology))
                    .containsExactlyInAnyOrder(TaxonomyFamily.MEDICAL_TECHNOLOGY, TaxonomyFamily.INDUSTRIAL_TECHNOLOGY);
            assertThat(Track.PRECISION_MEDICINE.technologyFamily()).isEqualTo(TaxonomyFamily.MEDICAL_TECHNOLOGY);
            assertThat(Track.INDUSTRIAL_ENVIRONMENTAL.technologyFamily())
                    .isEqualTo(TaxonomyFamily.INDUSTRIAL_TECHNOLOGY);
        }

        @Test
        void codesAreUpperCaseWordsAndOnlyPathologiesHaveIcd10Ranges() {
            LocalizedText label = new LocalizedText("x", "x");
            assertThatThrownBy(() -> new TaxonomyEntry("pat-onco", TaxonomyFamily.PATHOLOGY, label, "§5.1", List.of()))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new TaxonomyEntry("PATONCO", TaxonomyFamily.PATHOLOGY, label, "§5.1", List.of()))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new TaxonomyEntry("TEC-X", TaxonomyFamily.MEDICAL_TECHNOLOGY, label, "§5.2",
                    List.of(Icd10Range.parse("C00-D48")))).isInstanceOf(IllegalArgumentException.class);
            assertThat(new TaxonomyEntry("IND-GHG", TaxonomyFamily.INDUSTRIAL_PRIORITY, label, "§5.1", List.of())
                    .code()).isEqualTo("IND-GHG");
        }
    }

    @Nested
    class Parameters {

        static final ParameterKey<BigDecimal> RD_MIN = ParameterKey.amount("rd.min.precisionMedicine", "§5.3");
        static final ParameterKey<Boolean> PENDING = ParameterKey.flag("patents.acceptPending", "§5.3");

        static RulesetParameters interimLike() {
            return RulesetParameters.empty().plus(RD_MIN, new BigDecimal("2000000.00")).plus(PENDING, false);
        }

        @Test
        void valuesAreReadByKey() {
            RulesetParameters p = interimLike();
            assertThat(p.get(RD_MIN)).isEqualByComparingTo("2000000");
            assertThat(p.get(PENDING)).isFalse();
            assertThat(p.with(PENDING, true).get(PENDING)).isTrue();
            assertThatThrownBy(() -> p.get(ParameterKey.amount("rd.min.unknown", "§5.3")))
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining("rd.min.unknown").hasMessageContaining("rd.min.precisionMedicine");
            assertThatThrownBy(() -> p.get(ParameterKey.flag("rd.min.precisionMedicine", "§5.3")))
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessage("parameter rd.min.precisionMedicine is an amount in euro from 0 to 999999999999999.99"
                            + " with at most 2 decimals, such as 1500000.00, not a switch, true or false");
            assertThatThrownBy(() -> p.get(ParameterKey.share("rd.min.precisionMedicine", "§5.3")))
                    .as("a key of the same Java type but another kind").isInstanceOf(ConfigurationException.class);
        }

        @Test
        void aChangeKeepsTheKeyAndLeavesTheOriginalAlone() {
            RulesetParameters p = interimLike();
            RulesetParameters lower = p.with(RD_MIN, new BigDecimal("1500000.00"));
            assertThat(lower.get(RD_MIN)).isEqualByComparingTo("1500000");
            assertThat(p.get(RD_MIN)).isEqualByComparingTo("2000000");
            assertThat(lower.values()).containsOnlyKeys("patents.acceptPending", "rd.min.precisionMedicine");
            assertThat(lower.keys()).containsExactly(PENDING, RD_MIN);
            assertThat(lower.key("rd.min.precisionMedicine")).contains(RD_MIN);
            assertThatThrownBy(() -> p.with(ParameterKey.amount("rd.min.other", "§5.3"), BigDecimal.ONE))
                    .isInstanceOf(ConfigurationException.class);
        }

        @Test
        void aNullValueIsAConfigurationError() {
            assertThatThrownBy(() -> RulesetParameters.empty().plus(PENDING, null))
                    .isInstanceOf(ConfigurationException.class).hasMessage(
                            "parameter patents.acceptPending needs a value: a switch, true or false");
        }
    }

    @Nested
    class Decisions {

        static final LocalizedText TEXT = new LocalizedText("Spesa in R&S", "R&D expenditure");

        @Test
        void aDecisionFindsItsCriteriaAndCarriesItsTrace() {
            CriterionResult fail = CriterionResult.builder().id("ESIBE-RD-MIN").result(Verdict.FAIL).message(TEXT)
                    .citation("Rapporto ad interim, §5.3").remedy(Remedy.missingAmount(new BigDecimal("350000.00")))
                    .build();
            CriterionResult pass = CriterionResult.builder().id("ESIBE-SEAT").result(Verdict.PASS).message(TEXT)
                    .citation("Rapporto ad interim, §5.3").build();
            Decision d = Decision.builder().applicationId("CALL2025-0004").ruleset("esibe-2024-interim")
                    .referenceDate(LocalDate.of(2025, 3, 3)).referenceYear(2024).criteria(List.of(pass, fail))
                    .inputSha256("f4".repeat(32)).position(RecordPosition.line(4)).build();
            // ESIBE-RULES-v1, "Outcomes": a failed criterion makes the application NOT_ELIGIBLE.
            assertThat(d.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
            assertThat(d.criterion("ESIBE-RD-MIN")).contains(fail);
            assertThat(d.criterion("ESIBE-SEAT")).contains(pass);
            assertThat(d.criterion("ESIBE-SME")).isEmpty();
            assertThat(fail.remedyIfAny()).contains(Remedy.missingAmount(new BigDecimal("350000.00")));
            assertThat(pass.remedyIfAny()).isEmpty();
            assertThat(d.inputSha256()).isEqualTo("f4".repeat(32));
            assertThat(d.position()).isEqualTo(RecordPosition.line(4));
            assertThat(d.rulesetVersion()).isNull();
            Decision untraced = Decision.builder().applicationId("CALL2025-0004").ruleset("esibe-2024-interim")
                    .referenceDate(LocalDate.of(2025, 3, 3)).referenceYear(2024).criteria(List.of(pass, fail)).build();
            assertThat(untraced).isNotEqualTo(d);
            assertThat(untraced.criteria()).isEqualTo(d.criteria());
            assertThat(untraced.hashCode()).isEqualTo(Decision.builder().applicationId("CALL2025-0004")
                    .ruleset("esibe-2024-interim").referenceDate(LocalDate.of(2025, 3, 3)).referenceYear(2024)
                    .criteria(List.of(pass, fail)).build().hashCode());
        }

        @Test
        void anInvalidDecisionListsItsViolationsAndNoCriterion() {
            List<Violation> why = List.of(new Violation("company.vatNumber", "bad check digit"));
            Decision d = Decision.builder().applicationId("X").ruleset("esibe-2024-interim")
                    .referenceDate(LocalDate.of(2025, 3, 15)).referenceYear(2024).violations(why).build();
            assertThat(d.outcome()).isEqualTo(Outcome.INVALID);
            assertThat(d.violations()).isEqualTo(why);
            assertThat(d.criteria()).isEmpty();
            assertThat(d.referenceYear()).isEqualTo(2024);
            assertThatThrownBy(() -> Decision.builder().ruleset("r").outcome(Outcome.INVALID).build())
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> Decision.builder().violations(why).build())
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("ruleset");
        }

        @Test
        void positionsAreNamedAsTheDecisionFormatNamesThem() {
            assertThat(RecordPosition.line(1).kind().field()).isEqualTo("line");
            assertThat(RecordPosition.row(1).kind().field()).isEqualTo("row");
            assertThat(RecordPosition.index(0).kind().field()).isEqualTo("index");
            assertThat(RecordPosition.index(0).value()).isZero();
            assertThat(RecordPosition.line(7).value()).isEqualTo(7);
            assertThat(RecordPosition.row(3).kind()).isEqualTo(RecordPosition.Kind.ROW);
            assertThatThrownBy(() -> RecordPosition.index(-1)).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void textsFollowTheReadersLanguage() {
            assertThat(TEXT.in(Locale.ITALIAN)).isEqualTo("Spesa in R&S");
            assertThat(TEXT.in(Locale.ITALY)).isEqualTo("Spesa in R&S");
            assertThat(TEXT.in(Locale.ENGLISH)).isEqualTo("R&D expenditure");
            assertThat(TEXT.in(Locale.GERMAN)).isEqualTo("R&D expenditure");
        }

        @Test
        void invalidInputNamesItsPath() {
            InvalidInputException whole = new InvalidInputException("", "not JSON");
            assertThat(whole).hasMessage("not JSON");
            assertThat(whole.violations()).containsExactly(new Violation("", "not JSON"));
            InvalidInputException one = new InvalidInputException("submittedOn", "must be a date");
            assertThat(one).hasMessage("submittedOn: must be a date");
            assertThat(one.violations()).containsExactly(new Violation("submittedOn", "must be a date"));
        }
    }

    @Nested
    class Model {

        static Application withYears(FiscalYear... years) {
            return new Application(1, "A", LocalDate.of(2025, 3, 15), null, Track.PRECISION_MEDICINE, null,
                    new ArrayList<>(Arrays.asList(years)), null, null, null);
        }

        @Test
        void aFiscalYearIsFoundByItsYearOnly() {
            FiscalYear y2024 = new FiscalYear(2024, BigDecimal.ONE, null, null, null, null, null);
            FiscalYear y2023 = new FiscalYear(2023, BigDecimal.TEN, null, null, null, null, null);
            FiscalYear noYear = new FiscalYear(null, BigDecimal.ZERO, null, null, null, null, null);
            Application app = withYears(null, noYear, y2023, y2024);
            assertThat(app.fiscalYear(2024)).contains(y2024);
            assertThat(app.fiscalYear(2023)).contains(y2023);
            assertThat(app.fiscalYear(2022)).isEmpty();
            assertThat(app.patents()).isEmpty();
            assertThat(app.ownership().holders()).isEmpty();
        }

        @Test
        void theSharesThatDecideARelationAreTheHigherOfCapitalAndVotes() {
            Holder capitalOnly = new Holder("A", HolderType.OTHER_ENTERPRISE, new BigDecimal("30"), null, null, null,
                    null, null);
            Holder moreVotes = new Holder("B", HolderType.OTHER_ENTERPRISE, new BigDecimal("10"), new BigDecimal("51"),
                    null, null, null, null);
            Holder fewerVotes = new Holder("C", HolderType.OTHER_ENTERPRISE, new BigDecimal("40"), new BigDecimal("5"),
                    null, null, null, null);
            assertThat(capitalOnly.effectiveShare()).isEqualByComparingTo("30");
            assertThat(moreVotes.effectiveShare()).isEqualByComparingTo("51");
            assertThat(fewerVotes.effectiveShare()).isEqualByComparingTo("40");
            assertThat(new Participation(null, BigDecimal.TEN, new BigDecimal("60"), null, null, null)
                    .effectiveShare()).isEqualByComparingTo("60");
        }

        @Test
        void theInvestorExceptionsAreThoseOfArticle3Paragraph2() {
            Set<HolderType> investors = EnumSet.of(HolderType.VENTURE_CAPITAL, HolderType.BUSINESS_ANGEL,
                    HolderType.UNIVERSITY, HolderType.INSTITUTIONAL_INVESTOR,
                    HolderType.PUBLIC_INVESTMENT_CORPORATION, HolderType.SMALL_LOCAL_AUTHORITY);
            for (HolderType t : HolderType.values()) {
                assertThat(t.isQualifyingInvestor()).as(t.name()).isEqualTo(investors.contains(t));
            }
        }

        @Test
        void aRecordWithoutApplicationSaysWhyAndLocatesItsViolationsOnlyWhenItCan() {
            assertThatThrownBy(() -> ApplicationRecord.builder().applicationId("X").build())
                    .isInstanceOf(IllegalArgumentException.class);
            Violation v = new Violation("fiscalYears[0].year", "must be at least 1900");
            ApplicationRecord plain = ApplicationRecord.builder().applicationId("X").violations(List.of(v)).build();
            assertThat(plain.applicationId()).isEqualTo("X");
            assertThat(plain.isWellFormed()).isFalse();
            assertThat(plain.location(v.path())).isEmpty();
            assertThat(plain.located(v, MessageCatalog.builtIn(), Locale.ITALIAN)).isSameAs(v);
            ApplicationRecord located = ApplicationRecord.builder().violations(List.of(v))
                    .location(path -> Message.of("read.csv.at.field", MessageArg.text(path))).build();
            assertThat(located.located(v, MessageCatalog.builtIn(), Locale.ENGLISH))
                    .isEqualTo(new Violation("fiscalYears[0].year", "field fiscalYears[0].year: must be at least 1900"));
            assertThat(located.located(v, MessageCatalog.builtIn(), Locale.ITALIAN).message())
                    .isEqualTo("campo fiscalYears[0].year: must be at least 1900");
            assertThat(ApplicationRecord.of(withYears()).applicationId()).isEqualTo("A");
        }

        @Test
        void evaluatingAJavaBuiltApplicationPassesARecordWithoutViolationsHashOrPosition() {
            List<ApplicationRecord> seen = new ArrayList<>();
            ApplicationEvaluator stub = new ApplicationEvaluator() {
                @Override
                public String rulesetId() {
                    return "stub";
                }

                @Override
                public Decision evaluate(ApplicationRecord record) {
                    seen.add(record);
                    return Decision.builder().applicationId(record.applicationId()).ruleset("stub")
                            .violations(List.of(new Violation("", "stub"))).build();
                }
            };
            assertThat(stub.evaluate(withYears()).applicationId()).isEqualTo("A");
            assertThat(seen).singleElement().satisfies(r -> {
                assertThat(r.violations()).isEmpty();
                assertThat(r.inputSha256()).isNull();
                assertThat(r.position()).isNull();
                assertThat(r.location("")).isEmpty();
                assertThat(r.application()).isEqualTo(withYears());
            });
        }
    }
}
