package it.esibe.support;

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
 * The example application of ESIBE-FORMAT-v1 (an eligible precision-medicine company with a
 * gene-therapy programme against cancer, submitted on 2025-03-15, reference year 2024), and variants
 * of it with another track, figures or programmes.
 */
final class Applications {

    /** The example's fiscal year 2024: R&D 2 500 000 EUR, 2 100 000 of it in Italy, 38.5 staff. */
    static final FiscalYear EXAMPLE_YEAR = new FiscalYear(2024, new BigDecimal("2500000"), new BigDecimal("2100000"),
            BigDecimal.ZERO, new BigDecimal("38.5"), new BigDecimal("120000"), new BigDecimal("9000000"));

    private Applications() {
    }

    /** {@return the format's example} */
    static Application example() {
        return of(Track.PRECISION_MEDICINE, EXAMPLE_YEAR,
                new Program("CAR-T for solid tumours", "TEC-GENE-CELL", List.of("PAT-ONCO")));
    }

    /** {@return the example with {@code track}, {@code year} as its only fiscal year and {@code programs}} */
    static Application of(Track track, FiscalYear year, Program... programs) {
        Location milano = new Location("IT", "Lombardia", "Milano");
        return new Application(1, "CALL2025-0001", LocalDate.of(2025, 3, 15),
                new Company("Esempio Bio S.r.l.", "IT00743110157", milano, milano), track,
                DevelopmentStage.PRECLINICAL, List.of(year),
                List.of(new Patent("EP3456789B1", PatentHolding.OWNED, PatentStatus.GRANTED, LocalDate.of(2038, 5, 1), null)),
                List.of(programs),
                new Ownership(List.of(new Holder("Founders", HolderType.INDIVIDUAL, new BigDecimal("60"), null, null, null, null, null),
                        new Holder("Fondo VC", HolderType.VENTURE_CAPITAL, new BigDecimal("40"), null, null, null, null, null)),
                        List.of()));
    }
}
