package it.esibe.bench;

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

/** The eligible example application of ESIBE-FORMAT-v1, built in code (no JSON library involved). */
final class SampleApplication {

    private SampleApplication() {
    }

    static Application eligible() {
        Location milano = new Location("IT", "Lombardia", "Milano");
        return new Application(1, "CALL2025-0001", LocalDate.of(2025, 3, 15),
                new Company("Esempio Bio S.r.l.", "IT00743110157", milano, milano), Track.PRECISION_MEDICINE,
                DevelopmentStage.PRECLINICAL,
                List.of(new FiscalYear(2024, new BigDecimal("2500000"), new BigDecimal("2100000"), BigDecimal.ZERO,
                        new BigDecimal("38.5"), new BigDecimal("120000"), new BigDecimal("9000000"))),
                List.of(new Patent("EP3456789B1", PatentHolding.OWNED, PatentStatus.GRANTED, LocalDate.of(2038, 5, 1),
                        null)),
                List.of(new Program("CAR-T for solid tumours", "TEC-GENE-CELL", List.of("PAT-ONCO"))),
                new Ownership(List.of(
                        new Holder("Founders", HolderType.INDIVIDUAL, new BigDecimal("60"), null, null, null, null, null),
                        new Holder("Fondo VC", HolderType.VENTURE_CAPITAL, new BigDecimal("40"), null, null, null,
                                null, null)),
                        List.of()));
    }
}
