package it.esibe.rules;

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
import java.util.ArrayList;
import java.util.List;

/**
 * A mutable test builder of applications, starting from the example of ESIBE-FORMAT-v1 (an
 * eligible precision-medicine company submitted on 2025-03-15, reference year 2024).
 */
final class Apps {

    String id = "CALL2025-0001";
    LocalDate submittedOn = LocalDate.of(2025, 3, 15);
    String name = "Esempio Bio S.r.l.";
    String vat = "IT00743110157";
    Location legalSeat = new Location("IT", "Lombardia", "Milano");
    Location headquarters = new Location("IT", "Lombardia", "Milano");
    Track track = Track.PRECISION_MEDICINE;
    DevelopmentStage stage = DevelopmentStage.PRECLINICAL;
    List<FiscalYear> years = new ArrayList<>(List.of(year(2024, "2500000", "2100000", "0", "38.5", "120000", "9000000")));
    List<Patent> patents = new ArrayList<>(List.of(new Patent("EP3456789B1", PatentHolding.OWNED, PatentStatus.GRANTED,
            LocalDate.of(2038, 5, 1), null)));
    List<Program> programs = new ArrayList<>(List.of(new Program("CAR-T for solid tumours", "TEC-GENE-CELL",
            List.of("PAT-ONCO"))));
    List<Holder> holders = new ArrayList<>(List.of(
            holder("Founders", HolderType.INDIVIDUAL, "60"),
            holder("Fondo VC", HolderType.VENTURE_CAPITAL, "40")));
    List<Participation> participations = new ArrayList<>();

    static Apps example() {
        return new Apps();
    }

    Application build() {
        return new Application(1, id, submittedOn, new Company(name, vat, legalSeat, headquarters), track, stage,
                years, patents, programs, new Ownership(holders, participations));
    }

    Apps track(Track t) {
        this.track = t;
        return this;
    }

    Apps stage(DevelopmentStage s) {
        this.stage = s;
        return this;
    }

    Apps years(FiscalYear... fy) {
        this.years = new ArrayList<>(List.of(fy));
        return this;
    }

    Apps patents(Patent... p) {
        this.patents = new ArrayList<>(List.of(p));
        return this;
    }

    Apps programs(Program... p) {
        this.programs = new ArrayList<>(List.of(p));
        return this;
    }

    Apps holders(Holder... h) {
        this.holders = new ArrayList<>(List.of(h));
        return this;
    }

    Apps participations(Participation... p) {
        this.participations = new ArrayList<>(List.of(p));
        return this;
    }

    /** A fiscal year; null strings are absent figures. */
    static FiscalYear year(int year, String rd, String rdItaly, String grants, String staff, String turnover,
            String balance) {
        return new FiscalYear(year, dec(rd), dec(rdItaly), dec(grants), dec(staff), dec(turnover), dec(balance));
    }

    /** A fiscal year with only the SME figures. */
    static FiscalYear smeYear(int year, String staff, String turnover, String balance) {
        return year(year, "2500000", "2100000", null, staff, turnover, balance);
    }

    static Holder holder(String name, HolderType type, String capital) {
        return new Holder(name, type, dec(capital), null, null, null, null, null);
    }

    static Holder holder(String name, HolderType type, String capital, String voting, String staff, String turnover,
            String balance) {
        return new Holder(name, type, dec(capital), dec(voting), dec(staff), dec(turnover), dec(balance), null);
    }

    /** A holder of joint holding {@code group} (ESIBE-SME, "Joint holdings"). */
    static Holder grouped(String group, String name, HolderType type, String capital, String voting, String staff,
            String turnover, String balance) {
        return new Holder(name, type, dec(capital), dec(voting), dec(staff), dec(turnover), dec(balance), group);
    }

    static Participation participation(String name, String capital, String staff, String turnover, String balance) {
        return new Participation(name, dec(capital), null, dec(staff), dec(turnover), dec(balance));
    }

    static BigDecimal dec(String s) {
        return s == null ? null : new BigDecimal(s);
    }
}
