package it.esibe.rules;

import static it.esibe.rules.Apps.example;
import static it.esibe.rules.Apps.grouped;
import static it.esibe.rules.Apps.holder;
import static it.esibe.rules.Apps.participation;
import static it.esibe.rules.Apps.smeYear;
import static org.assertj.core.api.Assertions.assertThat;

import it.esibe.core.decision.CriterionResult;
import it.esibe.core.decision.Verdict;
import it.esibe.core.model.HolderType;
import org.junit.jupiter.api.Test;

/**
 * The explanation of ESIBE-SME (spec v1.1, ESIBE-CHANGES 9): for each year, every related
 * enterprise with its relation (linked 100 %, partner s %, exempt investor art. 3(2), public body
 * art. 3(4), corporate backer left out §6, autonomous, not an enterprise) and what it added; each
 * joint holding with its combined share and what it added; whose figure is missing when a figure is
 * unknown; the ceilings and the verdict. In Italian and English, with no JSON path.
 */
class SmeExplanationTest {

    static CriterionResult sme(Apps app) {
        return CriteriaBoundaryTest.result(app.build(), CriterionIds.SME);
    }

    @Test
    void everyHolderAndParticipationIsExplainedWithItsRelationAndWhatItAdded() {
        Apps app = example().years(smeYear(2024, "20", "1000000", "2000000"), smeYear(2023, "18", "900000", "1800000"))
                .holders(holder("Fondatori", HolderType.INDIVIDUAL, "40"),
                        holder("Fondo VC", HolderType.VENTURE_CAPITAL, "30", null, "900", "90000000", "90000000"),
                        holder("Holding S.p.A.", HolderType.OTHER_ENTERPRISE, "25", null, "40", "4000000", "8000000"),
                        holder("Comune", HolderType.PUBLIC_BODY, "5"))
                .participations(participation("Lab S.r.l.", "100", "10", "500000", "700000"),
                        participation("Spin-off S.r.l.", "10", "3", "1", "1"));
        CriterionResult r = sme(app);
        // 2024: 20 + 25 % of 40 + 10 = 40 staff; 2023: 18 + 10 + 10 = 38.
        assertThat(r.result()).isEqualTo(Verdict.PASS);
        assertThat(r.message().en())
                .contains("Aggregated figures 2024: staff 40 AWU")
                .contains("2023: staff 38 AWU")
                .contains("Fondatori (holder, 40%): natural person, not an enterprise, nothing added")
                .contains("Fondo VC (holder, 30%): investor of Annex art. 3(2) holding from 25% to 50%, nothing added")
                .contains("Holding S.p.A. (holder, 25%): partner enterprise, 25% of its figures added")
                .contains("Comune (holder, 5%): public body, counted only in the 25% rule of Annex art. 3(4)")
                .contains("Lab S.r.l. (participation, 100%): linked enterprise, 100% of its figures added")
                .contains("Spin-off S.r.l. (participation, 10%): autonomous (below 25%), nothing added")
                .contains("2024, the company's own figures: staff 20 AWU, turnover EUR 1,000,000.00, balance sheet"
                        + " EUR 2,000,000.00; Holding S.p.A. adds staff 10 AWU, turnover EUR 1,000,000.00, balance"
                        + " sheet EUR 2,000,000.00; Lab S.r.l. adds staff 10 AWU, turnover EUR 500,000.00, balance"
                        + " sheet EUR 700,000.00")
                .contains("2023, the company's own figures: staff 18 AWU")
                .contains("an SME");
        assertThat(r.message().it())
                .contains("Dati aggregati 2024: effettivi 40 ULA")
                .contains("Fondatori (socio, 40%): persona fisica, non è un'impresa, non si somma nulla")
                .contains("Fondo VC (socio, 30%): investitore dell'allegato, art. 3, par. 2")
                .contains("Holding S.p.A. (socio, 25%): impresa associata, si somma il 25% dei suoi dati")
                .contains("Comune (socio, 5%): ente pubblico")
                .contains("Lab S.r.l. (partecipazione, 100%): impresa collegata, si somma il 100% dei suoi dati")
                .contains("Spin-off S.r.l. (partecipazione, 10%): impresa autonoma (meno del 25%)")
                .contains("2024, dati propri dell'impresa: effettivi 20 ULA, fatturato 1.000.000,00 EUR")
                .contains("Holding S.p.A. aggiunge effettivi 10 ULA, fatturato 1.000.000,00 EUR")
                .contains("è una PMI");
    }

    @Test
    void everyCorporateHolderLeftOutIsNamed() {
        Apps app = example().years(smeYear(2024, "30", "1", "1"))
                .holders(holder("Pharma Group S.p.A.", HolderType.CORPORATE, "60", null, "5000", "1", "1"),
                        holder("Biotech Holding AG", HolderType.CORPORATE, "0.01", null, "800", "1", "1"),
                        holder("Fondatori", HolderType.INDIVIDUAL, "39.99"));
        CriterionResult r = sme(app);
        assertThat(r.result()).isEqualTo(Verdict.PASS);
        assertThat(r.message().en())
                .contains("Pharma Group S.p.A. (holder, 60%): corporate backer, left out of the aggregation (report §6)")
                .contains("Biotech Holding AG (holder, 0.01%): corporate backer, left out of the aggregation")
                .contains("Aggregated figures 2024: staff 30 AWU");
        assertThat(r.message().it())
                .contains("Pharma Group S.p.A. (socio, 60%): socio corporate, escluso dall'aggregazione (§6 del rapporto)")
                .contains("Biotech Holding AG (socio, 0,01%): socio corporate");
    }

    @Test
    void aJointHoldingIsNamedWithItsCombinedShareAndWhatItAdded() {
        // The spec's example: a university (25 %) and a public investment corporation (30 %) linked to each other.
        Apps app = example().years(smeYear(2024, "10", "1", "1"))
                .holders(grouped("pubblici", "Ateneo", HolderType.UNIVERSITY, "25", null, "200", "3000000", "5000000"),
                        grouped("pubblici", "Finanziaria", HolderType.PUBLIC_INVESTMENT_CORPORATION, "30", null, "50",
                                "1000000", "2000000"),
                        holder("Fondatori", HolderType.INDIVIDUAL, "45"));
        CriterionResult r = sme(app);
        assertThat(r.result()).isEqualTo(Verdict.FAIL);
        assertThat(r.message().en())
                .contains("Ateneo (holder, 25%, group pubblici): linked enterprise, 100% of its figures added")
                .contains("Group pubblici (Ateneo, Finanziaria): combined share 55%, above 50%, so every member is"
                        + " linked, investors included (Annex art. 3(3)); together they add staff 250 AWU, turnover"
                        + " EUR 4,000,000.00, balance sheet EUR 7,000,000.00")
                .contains("Aggregated figures 2024: staff 260 AWU")
                .contains("not an SME");
        assertThat(r.message().it())
                .contains("Ateneo (socio, 25%, gruppo pubblici): impresa collegata")
                .contains("Gruppo pubblici (Ateneo, Finanziaria): quota complessiva 55%, più del 50%")
                .contains("insieme aggiungono effettivi 250 ULA, fatturato 4.000.000,00 EUR")
                .contains("non è una PMI");
    }

    @Test
    void aPartnerGroupSaysItsShareAndThatItsInvestorsAddNothing() {
        Apps app = example().years(smeYear(2024, "10", "1", "1"))
                .holders(grouped("G", "Holding", HolderType.OTHER_ENTERPRISE, "20", null, "100", "1", "1"),
                        grouped("G", "Fondo", HolderType.VENTURE_CAPITAL, "20", null, "1000", "1", "1"),
                        grouped("H", "Solo S.r.l.", HolderType.OTHER_ENTERPRISE, "10", null, "100", "1", "1"),
                        grouped("Z", "Piccola", HolderType.OTHER_ENTERPRISE, "5", null, "1", "1", "1"),
                        grouped("Z", "Minima", HolderType.OTHER_ENTERPRISE, "5", null, "1", "1", "1"));
        CriterionResult r = sme(app);
        assertThat(r.message().en())
                .contains("Holding (holder, 20%, group G): partner enterprise, 40% of its figures added")
                .contains("Fondo (holder, 20%, group G): investor of Annex art. 3(2)")
                .contains("Group G (Holding, Fondo): combined share 40%, from 25% to 50%, so every member is a partner"
                        + " at 40%, except the investors of Annex art. 3(2); together they add staff 40 AWU")
                .contains("Group Z (Piccola, Minima): combined share 10%, below 25%, so every member is autonomous;"
                        + " together they add nothing")
                // A group value no other holder shares is that holder alone.
                .contains("Solo S.r.l. (holder, 10%): autonomous").doesNotContain("Group H").doesNotContain("group H");
        assertThat(r.message().it())
                .contains("Gruppo G (Holding, Fondo): quota complessiva 40%, dal 25% al 50%, quindi ogni membro è"
                        + " un'impresa associata al 40%")
                .contains("Gruppo Z (Piccola, Minima): quota complessiva 10%, meno del 25%, quindi ogni membro è"
                        + " autonomo; insieme non aggiungono nulla");
    }

    @Test
    void whoseFigureIsMissingIsNamed() {
        Apps app = example().years(smeYear(2024, "10", null, "1"))
                .holders(holder(null, HolderType.OTHER_ENTERPRISE, "30", null, null, "1", "1"))
                .participations(participation(null, "60", "5", "1", null));
        CriterionResult r = sme(app);
        assertThat(r.result()).isEqualTo(Verdict.UNKNOWN);
        assertThat(r.message().en())
                .contains("2024: not declared, so the aggregated figure cannot be computed: staff of holder 1,"
                        + " the company's own turnover, balance sheet of participation 1")
                .contains("holder 1 (30%): partner enterprise, 30% of its figures added")
                .contains("cannot be decided")
                .doesNotContain("holders[").doesNotContain("participations[").doesNotContain("[0]");
        assertThat(r.message().it())
                .contains("2024: dati non dichiarati, per cui il dato aggregato non si può calcolare: effettivi del"
                        + " socio n. 1, fatturato dell'impresa, totale di bilancio della partecipazione n. 1")
                .contains("socio n. 1 (30%)").contains("partecipazione n. 1 (60%)");
    }

    @Test
    void aCompanyWithoutHoldersOrParticipationsSaysOnlyItsOwnFiguresCount() {
        CriterionResult r = sme(example().holders().years(smeYear(2024, "10", "1", "1")));
        assertThat(r.message().en()).contains("No holder or participation declared: only the company's own figures count")
                .doesNotContain(" adds ");
        assertThat(r.message().it()).contains("Nessun socio e nessuna partecipazione dichiarati");
    }
}
