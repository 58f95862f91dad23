package it.esibe.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.esibe.core.ApplicationRecord;
import it.esibe.core.decision.Decision;
import it.esibe.core.decision.Violation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

class ReadLimitsTest {

    @Test
    void defaults() {
        ReadLimits d = ReadLimits.DEFAULTS;
        assertThat(List.of(d.maxRecordBytes(), d.maxNestingDepth(), d.maxStringLength(), d.maxNameLength(),
                d.maxNumberLength(), d.maxIntegerDigits(), d.maxDecimalScale(), d.maxItemsPerList(),
                d.maxViolationsPerRecord())).containsExactly(1024 * 1024, 64, 1_000_000, 1_000, 100, 30, 100, 1_000, 100);
    }

    @Test
    void withersChangeOneLimitEach() {
        ReadLimits limits = ReadLimits.DEFAULTS.withMaxRecordBytes(10).withMaxNestingDepth(3).withMaxStringLength(4)
                .withMaxNameLength(5).withMaxNumberLength(6).withMaxIntegerDigits(7).withMaxDecimalScale(8)
                .withMaxItemsPerList(9).withMaxViolationsPerRecord(11);
        assertThat(List.of(limits.maxRecordBytes(), limits.maxNestingDepth(), limits.maxStringLength(),
                limits.maxNameLength(), limits.maxNumberLength(), limits.maxIntegerDigits(), limits.maxDecimalScale(),
                limits.maxItemsPerList(), limits.maxViolationsPerRecord())).containsExactly(10, 3, 4, 5, 6, 7, 8, 9, 11);
        assertThat(limits).isEqualTo(ReadLimits.DEFAULTS.withMaxViolationsPerRecord(11).withMaxItemsPerList(9)
                .withMaxDecimalScale(8).withMaxIntegerDigits(7).withMaxNumberLength(6).withMaxNameLength(5)
                .withMaxStringLength(4).withMaxNestingDepth(3).withMaxRecordBytes(10))
                .hasSameHashCodeAs(ReadLimits.DEFAULTS.withMaxViolationsPerRecord(11).withMaxItemsPerList(9)
                .withMaxDecimalScale(8).withMaxIntegerDigits(7).withMaxNumberLength(6).withMaxNameLength(5)
                .withMaxStringLength(4).withMaxNestingDepth(3).withMaxRecordBytes(10));
        assertThat(limits).isNotEqualTo(ReadLimits.DEFAULTS);
        assertThat(limits.toString()).contains("maxViolationsPerRecord=11");
    }

    /** Each limit, its with-er and the range the readers can honour. */
    private record Range(String name, IntFunction<ReadLimits> with, int min, int max) {
    }

    private static List<Range> ranges() {
        ReadLimits d = ReadLimits.DEFAULTS;
        return List.of(
                new Range("maxRecordBytes", d::withMaxRecordBytes, 1, 1_000_000_000),
                new Range("maxNestingDepth", d::withMaxNestingDepth, 2, 1_000),
                new Range("maxStringLength", d::withMaxStringLength, 1, 1_000_000_000),
                new Range("maxNameLength", d::withMaxNameLength, 1, 1_000_000_000),
                new Range("maxNumberLength", d::withMaxNumberLength, 1, 1_000_000_000),
                new Range("maxIntegerDigits", d::withMaxIntegerDigits, 1, 1_000),
                new Range("maxDecimalScale", d::withMaxDecimalScale, 1, 1_000),
                new Range("maxItemsPerList", d::withMaxItemsPerList, 1, 1_000_000_000),
                new Range("maxViolationsPerRecord", d::withMaxViolationsPerRecord, 1, 1_000_000_000));
    }

    @Test
    void everyLimitHasARangeAndTheErrorStatesIt() {
        for (Range r : ranges()) {
            assertThat(r.with().apply(r.min()).toString()).as(r.name()).contains(r.name() + "=" + r.min());
            assertThat(r.with().apply(r.max()).toString()).as(r.name()).contains(r.name() + "=" + r.max());
            for (int bad : new int[] {r.min() - 1, r.max() + 1, Integer.MIN_VALUE, Integer.MAX_VALUE}) {
                assertThatThrownBy(() -> r.with().apply(bad)).as(r.name() + " = " + bad)
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessageContaining(r.name())
                        .hasMessageContaining(String.format(java.util.Locale.ROOT, "between %,d and %,d", r.min(), r.max()));
            }
        }
    }

    /** Issue 12: digit limits over about 600 million overflowed and made every ordinary amount "too large". */
    @Test
    void aDigitLimitItCannotHonourIsRejectedRatherThanOverflowing() {
        assertThatThrownBy(() -> ReadLimits.DEFAULTS.withMaxIntegerDigits(600_000_000))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxIntegerDigits");
        assertThatThrownBy(() -> ReadLimits.DEFAULTS.withMaxDecimalScale(700_000_000))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxDecimalScale");
    }

    @Test
    void everyLimitAtItsLargestStillReadsOrdinaryApplications() {
        ReadLimits largest = ReadLimits.DEFAULTS;
        for (Range r : ranges()) {
            largest = apply(largest, r.name(), r.max());
        }
        ApplicationRecord read = ApplicationJson.reader(largest).read(Samples.application());
        assertThat(read.violations()).isEmpty();
        assertThat(read.application().fiscalYears().get(0).turnover()).isEqualByComparingTo("120000");
        // And what is out of even the largest limits is still judged, not overflowed.
        ApplicationRecord huge = ApplicationJson.reader(largest).read(Samples.application()
                .replace("\"turnover\": 120000", "\"turnover\": 1e1001"));
        assertThat(huge.violations()).singleElement().extracting(Violation::message).asString()
                .contains("too large").contains("1000");
    }

    private static ReadLimits apply(ReadLimits limits, String name, int value) {
        switch (name) {
            case "maxRecordBytes": return limits.withMaxRecordBytes(value);
            case "maxNestingDepth": return limits.withMaxNestingDepth(value);
            case "maxStringLength": return limits.withMaxStringLength(value);
            case "maxNameLength": return limits.withMaxNameLength(value);
            case "maxNumberLength": return limits.withMaxNumberLength(value);
            case "maxIntegerDigits": return limits.withMaxIntegerDigits(value);
            case "maxDecimalScale": return limits.withMaxDecimalScale(value);
            case "maxItemsPerList": return limits.withMaxItemsPerList(value);
            default: return limits.withMaxViolationsPerRecord(value);
        }
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
