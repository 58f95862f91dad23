package it.esibe.examples.extending;

import it.esibe.core.spi.CompanyEvidence;
import it.esibe.core.spi.CompanyLookup;
import it.esibe.core.spi.EsibeSpi;
import it.esibe.core.spi.EvidenceSource;
import java.util.Map;
import java.util.Optional;

/**
 * An evidence source answering company lookups from a map, standing in for a business register
 * client (which would call a web service and may fail or be slow: ESIBE guards both).
 */
// tag::evidence[]
public final class ExampleCompanyRegister implements EvidenceSource {

    private final Map<String, CompanyEvidence> byVatNumber;

    /**
     * A register knowing {@code byVatNumber}.
     *
     * @param byVatNumber the companies by VAT number
     */
    public ExampleCompanyRegister(Map<String, CompanyEvidence> byVatNumber) {
        this.byVatNumber = Map.copyOf(byVatNumber);
    }

    @Override
    public String name() {
        return "example-register";
    }

    @Override
    public String spiVersion() {
        return EsibeSpi.VERSION;
    }

    @Override
    public boolean servesCompanies() {
        return true;
    }

    @Override
    public Optional<CompanyEvidence> company(CompanyLookup lookup) {
        return Optional.ofNullable(byVatNumber.get(lookup.vatNumber()));   // empty: not known here
    }
}
// end::evidence[]
