package it.esibe.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.integers;

import it.esibe.core.ConfigurationException;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;

/** SPI versions as a range: a running ESIBE serves its own major version and every minor up to its own. */
class SpiVersionTest {

    private static final QuickTheory QT = QuickTheory.qt().withFixedSeed(Long.getLong("esibe.qt.seed", 20261122L));

    @Test
    void aRunningOnePointTwoServesOnePointZeroToOnePointTwo() {
        SpiVersion running = new SpiVersion(1, 2);
        // An older minor only misses what came later, which has defaults.
        EsibeSpi.check("provider old", "1.0", running);
        EsibeSpi.check("provider older-minor", "1.1", running);
        EsibeSpi.check("provider same", "1.2", running);
        assertThatThrownBy(() -> EsibeSpi.check("provider newer-minor (x.Y)", "1.3", running))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("provider newer-minor (x.Y)")
                .hasMessageContaining("version 1.3").hasMessageContaining("supports SPI versions 1.0 to 1.2")
                .hasMessageContaining("upgrade ESIBE");
        assertThatThrownBy(() -> EsibeSpi.check("provider next-major", "2.0", running))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("version 2.0")
                .hasMessageContaining("upgrade ESIBE");
        assertThatThrownBy(() -> EsibeSpi.check("provider previous-major", "0.7", running))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("version 0.7")
                .hasMessageContaining("rebuild the provider");
    }

    @Test
    void acceptanceIsSameMajorAndNoNewerMinor() {
        QT.forAll(integers().between(0, 5), integers().between(0, 9), integers().between(0, 5), integers().between(0, 9))
                .checkAssert((rMajor, rMinor, sMajor, sMinor) -> assertThat(new SpiVersion(rMajor, rMinor)
                        .accepts(new SpiVersion(sMajor, sMinor))).isEqualTo(rMajor.equals(sMajor) && sMinor <= rMinor));
    }

    @Test
    void versionsAreWrittenMajorDotMinor() {
        assertThat(SpiVersion.parse("1.0")).isEqualTo(new SpiVersion(1, 0));
        assertThat(SpiVersion.parse("12.34").toString()).isEqualTo("12.34");
        assertThat(EsibeSpi.CURRENT.toString()).isEqualTo(EsibeSpi.VERSION);
        for (String bad : new String[] {"1", "1.", ".1", "1.0.0", "v1.0", "-1.0", " 1.0", ""}) {
            assertThatThrownBy(() -> SpiVersion.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> EsibeSpi.check("provider p", "one", EsibeSpi.CURRENT))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("not of the form major.minor");
        assertThatThrownBy(() -> EsibeSpi.check("provider p", null, EsibeSpi.CURRENT))
                .isInstanceOf(ConfigurationException.class);
        assertThat(new SpiVersion(1, 2)).isGreaterThan(new SpiVersion(1, 1)).isLessThan(new SpiVersion(2, 0));
    }
}
