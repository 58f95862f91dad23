package it.esibe.examples.lombardia;

import it.esibe.core.model.Application;
import it.esibe.core.model.Company;
import it.esibe.core.model.DevelopmentStage;
import it.esibe.core.model.FiscalYear;
import it.esibe.core.model.Holder;
import it.esibe.core.model.HolderType;
import it.esibe.core.model.Location;
import it.esibe.core.model.Ownership;
import it.esibe.core.model.Patent;
import it.esibe.core.model.PatentHolding;
import it.esibe.core.model.PatentStatus;
import it.esibe.core.model.Program;
import it.esibe.core.model.Track;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Test applications: the example of ESIBE-FORMAT-v1 (an eligible precision-medicine company with
 * R&amp;D of 2 500 000 euros in 2024), submitted in 2026 so that {@code lom-2026} is in force.
 */
final class Apps {

    Location legalSeat = new Location("IT", "Lombardia", "Milano");
    String rdExpenditure = "2500000";
    String rdItaly = "2100000";
    LocalDate submittedOn = LocalDate.of(2026, 3, 16);
    List<String> priorities = List.of("PAT-ONCO");

    static Apps example() {
        return new Apps();
    }

    Apps seat(String country, String region) {
        this.legalSeat = new Location(country, region, null);
        return this;
    }

    Apps rd(String total, String italy) {
        this.rdExpenditure = total;
        this.rdItaly = italy;
        return this;
    }

    Apps priorities(String... codes) {
        this.priorities = List.of(codes);
        return this;
    }

    Application build() {
        int year = submittedOn.getYear() - 1;
        FiscalYear figures = new FiscalYear(year, new BigDecimal(rdExpenditure), new BigDecimal(rdItaly),
                BigDecimal.ZERO, new BigDecimal("38.5"), new BigDecimal("120000"), new BigDecimal("9000000"));
        return new Application(1, "CALL2026-0001", submittedOn,
                new Company("Esempio Bio S.r.l.", "IT00743110157", legalSeat, new Location("IT", "Lombardia", "Milano")),
                Track.PRECISION_MEDICINE, DevelopmentStage.PRECLINICAL, List.of(figures),
                List.of(new Patent("EP3456789B1", PatentHolding.OWNED, PatentStatus.GRANTED, LocalDate.of(2038, 5, 1), null)),
                List.of(new Program("CAR-T for solid tumours", "TEC-GENE-CELL", priorities)),
                new Ownership(List.of(
                        new Holder("Founders", HolderType.INDIVIDUAL, new BigDecimal("60"), null, null, null, null, null),
                        new Holder("Fondo VC", HolderType.VENTURE_CAPITAL, new BigDecimal("40"), null, null, null, null, null)),
                        List.of()));
    }
}
