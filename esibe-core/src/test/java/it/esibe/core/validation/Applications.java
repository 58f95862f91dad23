package it.esibe.core.validation;

import it.esibe.core.model.Application;
import it.esibe.core.model.Company;
import it.esibe.core.model.DevelopmentStage;
import it.esibe.core.model.FiscalYear;
import it.esibe.core.model.Holder;
import it.esibe.core.model.HolderType;
import it.esibe.core.model.Location;
import it.esibe.core.model.Ownership;
import it.esibe.core.model.Participation;
import it.esibe.core.model.Patent;
import it.esibe.core.model.PatentHolding;
import it.esibe.core.model.PatentStatus;
import it.esibe.core.model.Program;
import it.esibe.core.model.Track;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The example application of ESIBE-FORMAT-v1, with one part replaceable at a time so that each
 * test breaks exactly one rule.
 */
final class Applications {

    private Company company = new Company("Esempio Bio S.r.l.", "IT00743110157",
            new Location("IT", "Lombardia", "Milano"), new Location("IT", "Lombardia", "Milano"));
    private List<FiscalYear> fiscalYears = List.of(new FiscalYear(2024, amount("2500000"), amount("2100000"),
            amount("0"), amount("38.5"), amount("120000"), amount("9000000")));
    private List<Patent> patents = List.of(
            new Patent("EP3456789B1", PatentHolding.OWNED, PatentStatus.GRANTED, LocalDate.parse("2038-05-01"), null));
    private List<Program> programs = List.of(
            new Program("CAR-T for solid tumours", "TEC-GENE-CELL", List.of("PAT-ONCO")));
    private Ownership ownership = new Ownership(List.of(
            holder("Founders", HolderType.INDIVIDUAL, "60"),
            holder("Fondo VC", HolderType.VENTURE_CAPITAL, "40")), List.of());

    static Applications specExample() {
        return new Applications();
    }

    static BigDecimal amount(String text) {
        return new BigDecimal(text);
    }

    static Holder holder(String name, HolderType type, String capitalShare) {
        return new Holder(name, type, amount(capitalShare), null, null, null, null, null);
    }

    static Participation participation(String capitalShare) {
        return new Participation("Spin-off S.r.l.", amount(capitalShare), null,
                null, null, null);
    }

    /** A fiscal year with only its year: every figure absent, so no amount rule can break. */
    static FiscalYear year(int year) {
        return new FiscalYear(year, null, null, null, null, null, null);
    }

    static Patent patent(String number, PatentHolding holding, PatentStatus status, String licenceExpiresOn) {
        return new Patent(number, holding, status, null, licenceExpiresOn == null ? null
                : LocalDate.parse(licenceExpiresOn));
    }

    Applications company(Company value) {
        company = value;
        return this;
    }

    Applications vatNumber(String value) {
        return company(new Company(company.name(), value, company.legalSeat(), company.headquarters()));
    }

    Applications fiscalYears(List<FiscalYear> value) {
        fiscalYears = value;
        return this;
    }

    Applications fiscalYears(FiscalYear... value) {
        return fiscalYears(List.of(value));
    }

    Applications patents(List<Patent> value) {
        patents = value;
        return this;
    }

    Applications patents(Patent... value) {
        return patents(List.of(value));
    }

    Applications programs(List<Program> value) {
        programs = value;
        return this;
    }

    Applications programs(Program... value) {
        return programs(List.of(value));
    }

    Applications ownership(Ownership value) {
        ownership = value;
        return this;
    }

    Application build() {
        return new Application(1, "CALL2025-0001", LocalDate.parse("2025-03-15"), company,
                Track.PRECISION_MEDICINE, DevelopmentStage.PRECLINICAL, fiscalYears, patents, programs, ownership);
    }
}
