package it.esibe.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import it.esibe.core.validation.internal.CountryCodeValidator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ISO 3166-1 alpha-2 list behind {@link CountryCode}. */
class CountryCodeTest {

    private static List<String> assignedCodes() {
        List<String> codes = new ArrayList<>();
        for (char a = 'A'; a <= 'Z'; a++) {
            for (char b = 'A'; b <= 'Z'; b++) {
                String code = "" + a + b;
                if (CountryCodeValidator.isAssigned(code)) {
                    codes.add(code);
                }
            }
        }
        return codes;
    }

    @Test
    void has249OfficiallyAssignedCodes() {
        assertThat(assignedCodes()).hasSize(249)
                .contains("IT", "DE", "FR", "US", "GB", "SS", "CW", "SX", "BQ", "AX", "EH")
                .doesNotContain("XK", "UK", "EU", "AN", "CS", "YU", "TP", "ZR", "EZ", "UN", "AA", "ZZ");
    }

    @Test
    void onlyUpperCase() {
        assertThat(CountryCodeValidator.isAssigned("it")).isFalse();
        assertThat(CountryCodeValidator.isAssigned("iT")).isFalse();
        assertThat(CountryCodeValidator.isAssigned("ITA")).isFalse();
        assertThat(CountryCodeValidator.isAssigned("")).isFalse();
    }
}
