package it.esibe.core.validation.internal;

import it.esibe.core.validation.CountryCode;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/** Checks {@link CountryCode} against the officially assigned ISO 3166-1 alpha-2 codes. */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class CountryCodeValidator implements ConstraintValidator<CountryCode, String> {

    /**
     * The 249 officially assigned codes (ISO 3166-1, as of 2024), one line per initial letter.
     * Hard-coded rather than taken from {@code Locale.getISOCountries()}, whose list changes
     * between JDK releases: the same application must get the same decision on every JDK.
     */
    private static final Set<String> ASSIGNED = Set.of((
            "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ "
            + "BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ "
            + "CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ "
            + "DE DJ DK DM DO DZ "
            + "EC EE EG EH ER ES ET "
            + "FI FJ FK FM FO FR "
            + "GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY "
            + "HK HM HN HR HT HU "
            + "ID IE IL IM IN IO IQ IR IS IT "
            + "JE JM JO JP "
            + "KE KG KH KI KM KN KP KR KW KY KZ "
            + "LA LB LC LI LK LR LS LT LU LV LY "
            + "MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ "
            + "NA NC NE NF NG NI NL NO NP NR NU NZ "
            + "OM "
            + "PA PE PF PG PH PK PL PM PN PR PS PT PW PY "
            + "QA "
            + "RE RO RS RU RW "
            + "SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ "
            + "TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ "
            + "UA UG UM US UY UZ "
            + "VA VC VE VG VI VN VU "
            + "WF WS "
            + "YE YT "
            + "ZA ZM ZW ").strip().split(" "));

    /** For the Jakarta Validation provider. */
    public CountryCodeValidator() {
    }

    @Override
    public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
        return value == null || isAssigned(value);
    }

    /** {@return the officially assigned alpha-2 codes, in alphabetical order} */
    public static java.util.List<String> assigned() {
        return ASSIGNED.stream().sorted().toList();
    }

    /** Whether {@code code} is an officially assigned alpha-2 code, in upper case. */
    public static boolean isAssigned(String code) {
        return ASSIGNED.contains(code);
    }
}
