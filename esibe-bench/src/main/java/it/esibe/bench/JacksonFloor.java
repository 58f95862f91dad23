package it.esibe.bench;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import it.esibe.core.model.Application;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * The floor of a whole file: plain Jackson data binding reads each line of a JSON Lines file into
 * an {@link Application} record and writes it back as a line, with nothing checked, hashed,
 * validated or decided. No program that reads applications and writes a line for each with Jackson
 * can do much less; ESIBE's whole pipeline is measured against it. Thread-safe.
 *
 * <p>Also a program, for the whole-process comparison with {@code esibe evaluate FILE}:
 * <pre>java -cp esibe-bench/target/benchmarks.jar it.esibe.bench.JacksonFloor FILE &gt; /dev/null</pre>
 */
public final class JacksonFloor {

    private final ObjectReader reader;
    private final ObjectWriter writer;

    /** Jackson's data binding of the model's records; unknown properties are skipped, dates are ISO. */
    public JacksonFloor() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        reader = mapper.readerFor(Application.class);
        writer = mapper.writerFor(Application.class).withRootValueSeparator("\n");
    }

    /** Reads every application of the JSON Lines {@code file} and writes each to {@code out}; returns how many. */
    public long copy(Path file, OutputStream out) throws IOException {
        long count = 0;
        try (MappingIterator<Application> in = reader.readValues(file.toFile());
                SequenceWriter w = writer.writeValues(out)) {
            while (in.hasNext()) {
                w.write(in.next());
                count++;
            }
        }
        return count;
    }

    /** Copies the file named by the only argument to standard output. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: JacksonFloor FILE.jsonl");
        }
        try (OutputStream out = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16)) {
            long n = new JacksonFloor().copy(Path.of(args[0]), out);
            System.err.println(n + " applications");
        }
    }
}
