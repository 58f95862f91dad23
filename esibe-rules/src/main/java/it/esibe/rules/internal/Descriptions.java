package it.esibe.rules.internal;

import static it.esibe.rules.InterimParameters.PATENTS_ACCEPT_PENDING;
import static it.esibe.rules.InterimParameters.RD_ITALY_MIN_SHARE_EXCLUSIVE;
import static it.esibe.rules.InterimParameters.RD_MIN_INDUSTRIAL_ENVIRONMENTAL;
import static it.esibe.rules.InterimParameters.RD_MIN_PRECISION_MEDICINE;
import static it.esibe.rules.InterimParameters.SME_CORPORATE_BACKING;
import static it.esibe.rules.InterimParameters.SME_MAX_BALANCE_SHEET;
import static it.esibe.rules.InterimParameters.SME_MAX_STAFF;
import static it.esibe.rules.InterimParameters.SME_MAX_TURNOVER;
import static it.esibe.rules.InterimParameters.SME_REQUIRED;

import it.esibe.core.decision.Verdict;
import it.esibe.core.spi.CriterionDescription;
import it.esibe.rules.CriterionIds;
import java.util.Map;

/**
 * What each built-in criterion says about itself in the rules reference (docs/RULES.md and
 * {@code esibe rules}): the report's words, quoted as the report wrote them, and the keys of the
 * texts in {@code it/esibe/rules/rules-reference*.properties}. This is where a reading of the
 * report is stated for people; the criteria implement it.
 */
final class Descriptions {

    /** The report's words, joined across its line breaks, with its own typographic apostrophes. */
    private static final String STEP_3 = "Identificare le IBE (Imprese Biotecnologiche Emergenti) impegnate nella"
            + " R&S di biotecnologie emergenti applicate alle patologie di interesse nazionale e allo sviluppo di"
            + " biotecnologie industriali e ambientali strategiche";
    private static final String INTRO_5_3 = "solo le imprese basate in Italia che svolgono attività di ricerca e"
            + " sviluppo di tecnologie emergenti nel campo delle patologie e priorità industriali biotecnologiche di"
            + " interesse nazionale incluso il biomanufacturing";
    private static final String BULLET_1 = "Le IBE nel campo della medicina di precisione e avanzata devono"
            + " dimostrare di investire almeno 2 milioni di euro all’anno in R&D e non essere in fase commerciale.";
    private static final String BULLET_2 = "Le IBE industriali e ambientali devono dimostrare di investire o di"
            + " avere ricevuto attraverso progetti finanziati dalla Commissione EU o via Grant internazionali,"
            + " almeno 800mila euro l’anno in R&D e non essere in fase commerciale.";
    private static final String BULLET_3 = "Le IBE devono dimostrare di possedere, direttamente o tramite licenza,"
            + " dei brevetti.";
    private static final String BULLET_4 = "Le IBE devono essere risiedenti in Italia sia a livello di sede legale e"
            + " di headquarter che per la attività di R&D che deve essere svolta in Italia per la parte prevalente.";
    private static final String SECTION_6 = "Incoraggiare il corporate venture con il fine di consentire"
            + " l’inclusione nella ESIBE di società sostenute da corporate, anche se non si qualificano come PMI"
            + " secondo le definizioni dell’UE.";

    private static final Map<String, CriterionDescription> BY_ID = Map.of(
            CriterionIds.TRACK_ALIGN, base("trackAlign").quote(STEP_3).quote(INTRO_5_3)
                    .reading("rules.trackAlign.reading.family").reading("rules.trackAlign.reading.oneHealth")
                    .result(Verdict.PASS, "rules.trackAlign.result.PASS")
                    .result(Verdict.FAIL, "rules.trackAlign.result.FAIL")
                    .remedy("rules.trackAlign.remedy").build(),
            CriterionIds.STAGE, base("stage").quote(BULLET_1).quote(BULLET_2)
                    .reading("rules.stage.reading.undeclared")
                    .result(Verdict.PASS, "rules.stage.result.PASS")
                    .result(Verdict.FAIL, "rules.stage.result.FAIL")
                    .result(Verdict.UNKNOWN, "rules.stage.result.UNKNOWN")
                    .remedy("rules.stage.remedy").build(),
            CriterionIds.RD_MIN, base("rdMin").quote(BULLET_1).quote(BULLET_2)
                    .reading("rules.rdMin.reading.year").reading("rules.rdMin.reading.routes")
                    .reading("rules.rdMin.reading.atLeast")
                    .result(Verdict.PASS, "rules.rdMin.result.PASS")
                    .result(Verdict.FAIL, "rules.rdMin.result.FAIL")
                    .result(Verdict.UNKNOWN, "rules.rdMin.result.UNKNOWN")
                    .remedy("rules.rdMin.remedy")
                    .parameters(RD_MIN_PRECISION_MEDICINE, RD_MIN_INDUSTRIAL_ENVIRONMENTAL).build(),
            CriterionIds.PATENT, base("patent").quote(BULLET_3)
                    .reading("rules.patent.reading.inForce").reading("rules.patent.reading.pending")
                    .result(Verdict.PASS, "rules.patent.result.PASS")
                    .result(Verdict.FAIL, "rules.patent.result.FAIL")
                    .remedy("rules.patent.remedy")
                    .parameters(PATENTS_ACCEPT_PENDING).build(),
            CriterionIds.SEAT, base("seat").quote(BULLET_4)
                    .reading("rules.seat.reading.both")
                    .result(Verdict.PASS, "rules.seat.result.PASS")
                    .result(Verdict.FAIL, "rules.seat.result.FAIL")
                    .remedy("rules.seat.remedy").build(),
            CriterionIds.RD_ITALY, base("rdItaly").quote(BULLET_4)
                    .reading("rules.rdItaly.reading.prevalent").reading("rules.rdItaly.reading.zero")
                    .result(Verdict.PASS, "rules.rdItaly.result.PASS")
                    .result(Verdict.FAIL, "rules.rdItaly.result.FAIL")
                    .result(Verdict.UNKNOWN, "rules.rdItaly.result.UNKNOWN")
                    .remedy("rules.rdItaly.remedy.moved").remedy("rules.rdItaly.remedy.added")
                    .parameters(RD_ITALY_MIN_SHARE_EXCLUSIVE).build(),
            CriterionIds.SME, base("sme").quote(SECTION_6)
                    .reading("rules.sme.reading.required").reading("rules.sme.reading.corporate")
                    .reading("rules.sme.reading.publicBodies").reading("rules.sme.reading.relations")
                    .reading("rules.sme.reading.investors").reading("rules.sme.reading.joint")
                    .reading("rules.sme.reading.unknownFigure").reading("rules.sme.reading.ceilings")
                    .reading("rules.sme.reading.twoYears")
                    .result(Verdict.PASS, "rules.sme.result.PASS")
                    .result(Verdict.FAIL, "rules.sme.result.FAIL")
                    .result(Verdict.UNKNOWN, "rules.sme.result.UNKNOWN")
                    .remedy("rules.sme.remedy")
                    .parameters(SME_REQUIRED, SME_CORPORATE_BACKING, SME_MAX_STAFF, SME_MAX_TURNOVER,
                            SME_MAX_BALANCE_SHEET).build());

    private Descriptions() {
    }

    /** {@return the description of built-in criterion {@code id}} */
    static CriterionDescription of(String id) {
        CriterionDescription d = BY_ID.get(id);
        if (d == null) {
            throw new IllegalArgumentException("no description of built-in criterion " + id);
        }
        return d;
    }

    private static CriterionDescription.Builder base(String name) {
        return CriterionDescription.builder().title("rules." + name + ".title").section("rules." + name + ".section")
                .rule("rules." + name + ".rule");
    }
}
