package it.esibe.core.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.esibe.core.ConfigurationException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Typed parameter keys: the range each kind allows when a value is set (ESIBE-FORMAT-v1's rules for
 * amounts and staff; shares as fractions), and the string path of reforms read from files, whose
 * errors say what the parameter is and what was given.
 */
class ParameterKeyTest {

    enum Backing {
        EXCLUDE_BACKERS,
        WAIVE_TEST
    }

    static final ParameterKey<BigDecimal> RD_MIN = ParameterKey.amount("rd.min.precisionMedicine", "§5.3 bullet 1");
    static final ParameterKey<BigDecimal> ITALY = ParameterKey.share("rd.italy.minShareExclusive", "§5.3 bullet 4");
    static final ParameterKey<BigDecimal> STAFF = ParameterKey.headcount("sme.maxStaff", "Rec. 2003/361/EC art. 2");
    static final ParameterKey<BigDecimal> FACTOR = ParameterKey.number("x.factor", "test");
    static final ParameterKey<Boolean> PENDING = ParameterKey.flag("patents.acceptPending", "§5.3 bullet 3");
    static final ParameterKey<Backing> BACKING = ParameterKey.choice("sme.corporateBacking", Backing.class, "§6");

    static final RulesetParameters ALL = RulesetParameters.empty()
            .plus(RD_MIN, new BigDecimal("2000000.00"))
            .plus(ITALY, new BigDecimal("0.5"))
            .plus(STAFF, new BigDecimal("250"))
            .plus(FACTOR, new BigDecimal("-1.5"))
            .plus(PENDING, false)
            .plus(BACKING, Backing.EXCLUDE_BACKERS);

    static Reform reform() {
        return Ruleset.builder("base").version("1").effectiveFrom(java.time.LocalDate.of(2024, 10, 1)).parameters(ALL).criteria(List.of(RulesetTypesTest.criterion("A", it.esibe.core.decision.Verdict.PASS))).build().derive("r");
    }

    @Nested
    class Ranges {

        @Test
        void anAmountIsEuroWithAtMostTwoDecimalsAndNeverNegative() {
            assertThat(ALL.with(RD_MIN, new BigDecimal("1500000.50")).get(RD_MIN)).isEqualByComparingTo("1500000.5");
            assertThat(ALL.with(RD_MIN, new BigDecimal("1500000.000")).get(RD_MIN))
                    .as("trailing zeros are no decimals").isEqualByComparingTo("1500000");
            assertThat(ALL.with(RD_MIN, new BigDecimal("999999999999999.99")).get(RD_MIN))
                    .isEqualByComparingTo("999999999999999.99");
            assertThatThrownBy(() -> ALL.with(RD_MIN, new BigDecimal("1500000.005")))
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessage("parameter rd.min.precisionMedicine is an amount in euro from 0 to 999999999999999.99"
                            + " with at most 2 decimals, such as 1500000.00; got 1500000.005");
            assertThatThrownBy(() -> ALL.with(RD_MIN, new BigDecimal("-0.01")))
                    .isInstanceOf(ConfigurationException.class).hasMessageEndingWith("; got -0.01");
            assertThatThrownBy(() -> ALL.with(RD_MIN, new BigDecimal("1000000000000000")))
                    .isInstanceOf(ConfigurationException.class);
            assertThatThrownBy(() -> ALL.with(RD_MIN, new BigDecimal("1E+999999999")))
                    .as("a huge exponent is refused without being expanded").isInstanceOf(ConfigurationException.class)
                    .hasMessageEndingWith("; got 1E+999999999");
        }

        @Test
        void aShareIsAFractionFromZeroToOne() {
            assertThat(ALL.with(ITALY, BigDecimal.ZERO).get(ITALY)).isZero();
            assertThat(ALL.with(ITALY, BigDecimal.ONE).get(ITALY)).isEqualByComparingTo("1");
            assertThat(ALL.with(ITALY, new BigDecimal("0.66666")).get(ITALY)).isEqualByComparingTo("0.66666");
            assertThatThrownBy(() -> ALL.with(ITALY, new BigDecimal("50")))
                    .as("a percentage is not a share").isInstanceOf(ConfigurationException.class)
                    .hasMessage("parameter rd.italy.minShareExclusive is a share from 0 to 1, such as 0.5 for half;"
                            + " got 50");
            assertThatThrownBy(() -> ALL.with(ITALY, new BigDecimal("1.0001"))).isInstanceOf(ConfigurationException.class);
            assertThatThrownBy(() -> ALL.with(ITALY, new BigDecimal("-0.1"))).isInstanceOf(ConfigurationException.class);
        }

        @Test
        void aHeadcountIsAStaffFigureOfTheFormat() {
            assertThat(ALL.with(STAFF, new BigDecimal("49.75")).get(STAFF)).isEqualByComparingTo("49.75");
            assertThat(ALL.with(STAFF, new BigDecimal("10000000")).get(STAFF)).isEqualByComparingTo("10000000");
            assertThatThrownBy(() -> ALL.with(STAFF, new BigDecimal("249.999"))).isInstanceOf(ConfigurationException.class);
            assertThatThrownBy(() -> ALL.with(STAFF, new BigDecimal("10000000.01"))).isInstanceOf(ConfigurationException.class);
            assertThatThrownBy(() -> ALL.with(STAFF, new BigDecimal("-1"))).isInstanceOf(ConfigurationException.class);
        }

        @Test
        void aNumberTakesAnyDecimal() {
            assertThat(ALL.with(FACTOR, new BigDecimal("-123.456789")).get(FACTOR)).isEqualByComparingTo("-123.456789");
        }

        @Test
        void theSameRangesHoldForANewParameter() {
            assertThatThrownBy(() -> RulesetParameters.empty().plus(ParameterKey.amount("x.min", "test"),
                    new BigDecimal("0.001"))).isInstanceOf(ConfigurationException.class);
        }

        @Test
        void aChoiceNamesItsConstants() {
            assertThat(BACKING.description()).isEqualTo("one of EXCLUDE_BACKERS, WAIVE_TEST");
            assertThat(BACKING.type()).isEqualTo(Backing.class);
            assertThat(BACKING.kind()).isEqualTo(ParameterKey.Kind.CHOICE);
            assertThat(BACKING.source()).isEqualTo("§6");
            assertThat(BACKING.name()).isEqualTo("sme.corporateBacking");
        }
    }

    @Nested
    class StringPath {

        @Test
        void aNumberIsWrittenInPlainNotationWithAsciiDigits() {
            assertThat(reform().parameter("rd.min.precisionMedicine", "1500000.00").build().parameters().get(RD_MIN))
                    .isEqualByComparingTo("1500000");
            assertThat(reform().parameter("x.factor", "-0.25").build().parameters().get(FACTOR))
                    .isEqualByComparingTo("-0.25");
            for (String bad : List.of("abc", "", " 1500000", "1.5E6", "1,500,000", "1 500 000", "١٥٠٠٠٠٠", "1500000.",
                    ".5", "NaN")) {
                assertThatThrownBy(() -> reform().parameter("rd.min.precisionMedicine", bad)).as(bad)
                        .isInstanceOf(ConfigurationException.class)
                        .hasMessage("parameter rd.min.precisionMedicine is an amount in euro from 0 to"
                                + " 999999999999999.99 with at most 2 decimals, such as 1500000.00; got \"" + bad + "\"");
            }
        }

        @Test
        void aNumberOutOfRangeSaysSo() {
            assertThatThrownBy(() -> reform().parameter("rd.min.precisionMedicine", "1500000.001"))
                    .isInstanceOf(ConfigurationException.class).hasMessageEndingWith("; got 1500000.001");
            assertThatThrownBy(() -> reform().parameter("rd.italy.minShareExclusive", "50"))
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessage("parameter rd.italy.minShareExclusive is a share from 0 to 1, such as 0.5 for half;"
                            + " got 50");
        }

        @Test
        void aSwitchIsTrueOrFalseExactly() {
            assertThat(reform().parameter("patents.acceptPending", "true").build().parameters().get(PENDING)).isTrue();
            for (String bad : List.of("TRUE", "yes", "1", "false ")) {
                assertThatThrownBy(() -> reform().parameter("patents.acceptPending", bad)).as(bad)
                        .isInstanceOf(ConfigurationException.class)
                        .hasMessage("parameter patents.acceptPending is a switch, true or false; got \"" + bad + "\"");
            }
        }

        @Test
        void anEnumTakesTheExactNameOfAConstantAndListsThemOtherwise() {
            assertThat(reform().parameter("sme.corporateBacking", "WAIVE_TEST").build().parameters().get(BACKING))
                    .isSameAs(Backing.WAIVE_TEST);
            for (String bad : List.of("waive_test", "WAIVE", "1")) {
                assertThatThrownBy(() -> reform().parameter("sme.corporateBacking", bad)).as(bad)
                        .isInstanceOf(ConfigurationException.class)
                        .hasMessage("parameter sme.corporateBacking is one of EXCLUDE_BACKERS, WAIVE_TEST; got \""
                                + bad + "\"");
            }
        }

        @Test
        void anUnknownNameListsTheKnownOnes() {
            assertThatThrownBy(() -> reform().parameter("rd.min.precisionMedecine", "1"))
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining("unknown parameter rd.min.precisionMedecine; known: [")
                    .hasMessageContaining("rd.min.precisionMedicine");
        }

        @Test
        void aLongValueIsCutInTheMessage() {
            String huge = "9".repeat(5000) + "x";
            assertThatThrownBy(() -> reform().parameter("rd.min.precisionMedicine", huge))
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessageEndingWith("; got \"" + "9".repeat(64) + "…\"");
        }

        @Test
        void theStringAndTheTypedPathGiveTheSameParametersAndHash() {
            Ruleset typed = reform().parameter(RD_MIN, new BigDecimal("1500000")).parameter(BACKING, Backing.WAIVE_TEST)
                    .parameter(PENDING, true).build();
            Ruleset read = reform().parameter("rd.min.precisionMedicine", "1500000.00")
                    .parameter("sme.corporateBacking", "WAIVE_TEST").parameter("patents.acceptPending", "true").build();
            assertThat(read.parametersSha256()).isEqualTo(typed.parametersSha256());
        }
    }

    @Test
    void keysAreEqualByNameKindAndTypeWhateverTheirSource() {
        assertThat(ParameterKey.amount("rd.min.precisionMedicine", "elsewhere")).isEqualTo(RD_MIN)
                .hasSameHashCodeAs(RD_MIN);
        assertThat(ParameterKey.number("rd.min.precisionMedicine", "§5.3 bullet 1")).isNotEqualTo(RD_MIN);
        assertThat(RD_MIN).hasToString("rd.min.precisionMedicine (AMOUNT)");
        assertThatThrownBy(() -> ParameterKey.amount("x", " ")).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("needs a source");
    }
}
