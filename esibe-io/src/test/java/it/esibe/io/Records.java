package it.esibe.io;

import it.esibe.core.ApplicationRecord;
import it.esibe.core.decision.Violation;
import it.esibe.core.message.MessageCatalog;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Reading in tests, without any evaluator: every record of some bytes, and its violations as shown. */
final class Records {

    private Records() {
    }

    static List<ApplicationRecord> read(String content, InputFormat format) {
        return read(ApplicationReader.create(), content.getBytes(StandardCharsets.UTF_8), format);
    }

    static List<ApplicationRecord> read(byte[] content, InputFormat format) {
        return read(ApplicationReader.create(), content, format);
    }

    static List<ApplicationRecord> read(ReadLimits limits, byte[] content, InputFormat format) {
        return read(ApplicationReader.create(limits), content, format);
    }

    static List<ApplicationRecord> read(ApplicationReader reader, byte[] content, InputFormat format) {
        List<ApplicationRecord> out = new ArrayList<>();
        try {
            reader.read(new ByteArrayInputStream(content), format, out::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The record's violations as a decision in English shows them: each with its location, if any. */
    static List<Violation> shown(ApplicationRecord r) {
        return r.violations().stream().map(v -> r.located(v, MessageCatalog.builtIn(), Locale.ENGLISH)).toList();
    }

    /** Every shown message, one per line; the record must have some. */
    static String messages(ApplicationRecord r) {
        if (r.violations().isEmpty()) {
            throw new AssertionError("no violations in " + r);
        }
        return shown(r).stream().map(Violation::message).collect(Collectors.joining("\n"));
    }
}
