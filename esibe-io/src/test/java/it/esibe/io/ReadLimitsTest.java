package it.esibe.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.esibe.core.decision.Decision;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.junit.jupiter.api.Test;

class ReadLimitsTest {

    @Test
    void documentedDefaults() {
        assertThat(ReadLimits.DEFAULTS).isEqualTo(new ReadLimits(1024 * 1024, 64, 1_000_000, 1_000, 100, 30, 100, 1_000));
    }

    @Test
    void theFirstReleaseConstructorKeepsTheDefaultListLimit() {
        assertThat(new ReadLimits(10, 3, 4, 5, 6, 7, 8).maxItemsPerList()).isEqualTo(ReadLimits.DEFAULT_MAX_ITEMS_PER_LIST);
    }

    @Test
    void withersChangeOneLimit() {
        ReadLimits limits = ReadLimits.DEFAULTS.withMaxRecordBytes(10).withMaxNestingDepth(3).withMaxStringLength(4)
                .withMaxNameLength(5).withMaxNumberLength(6).withMaxIntegerDigits(7).withMaxDecimalScale(8).withMaxItemsPerList(9);
        assertThat(limits).isEqualTo(new ReadLimits(10, 3, 4, 5, 6, 7, 8, 9));
    }

    @Test
    void impossibleLimitsAreRejected() {
        assertThatThrownBy(() -> ReadLimits.DEFAULTS.withMaxRecordBytes(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxRecordBytes");
        assertThatThrownBy(() -> ReadLimits.DEFAULTS.withMaxNestingDepth(1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReadLimits.DEFAULTS.withMaxDecimalScale(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReadLimits.DEFAULTS.withMaxItemsPerList(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxItemsPerList");
    }

    @Test
    void theDecisionWriterWrapsWriteFailures() {
        Writer broken = new Writer() {
            @Override
            public void write(char[] cbuf, int off, int len) throws IOException {
                throw new IOException("full");
            }

            @Override
            public void flush() throws IOException {
                throw new IOException("full");
            }

            @Override
            public void close() {
            }
        };
        DecisionLinesWriter out = new DecisionLinesWriter(broken);
        Decision d = DecisionJsonTest.NOT_ELIGIBLE;
        // Buffered: the failure shows at the latest on flush.
        assertThatThrownBy(() -> {
            for (int i = 0; i < 100; i++) {
                out.accept(d);
            }
            out.flush();
        }).isInstanceOfAny(UncheckedIOException.class, IOException.class);
    }
}
