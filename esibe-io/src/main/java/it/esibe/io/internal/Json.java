package it.esibe.io.internal;

import com.fasterxml.jackson.core.ErrorReportConfiguration;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.JsonGeneratorDelegate;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.apiguardian.api.API;

/** The Jackson set-up shared by every reader and writer of the module. */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class Json {


    /**
     * Builds tree nodes. Since Jackson 2.15 the factory keeps a {@code BigDecimal} as given (trailing
     * zeros are stripped only by the deserializer, which this module does not use for input), so
     * {@code 2500000.00} keeps its scale for the canonical hash and the round trip; a test guards it.
     */
    public static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /**
     * The factories, built on first use and only after {@link JacksonFloor#check()}: they use APIs an
     * older Jackson lacks, and an old one on the class path must get the version message, not a
     * {@code NoSuchMethodError} from a class initialiser.
     */
    private static final class Factories {
        /**
         * The factory for output. Its nesting limit is lifted because the node writer is iterative
         * and a tree handed in by an embedder may be deeper than any input the readers accept.
         */
        static final JsonFactory WRITE = JsonFactory.builder()
                .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(Integer.MAX_VALUE).build())
                .build();

        /** The factory of the readers ({@link #readFactory()}). */
        static final JsonFactory READ = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(Integer.MAX_VALUE)
                        .maxStringLength(Integer.MAX_VALUE)
                        .maxNameLength(Integer.MAX_VALUE)
                        .maxNumberLength(Integer.MAX_VALUE)
                        .build())
                // The offending word of a syntax error is echoed in messages: keep it short.
                .errorReportConfiguration(ErrorReportConfiguration.builder()
                        .maxErrorTokenLength(64)
                        .maxRawContentLength(0)
                        .build())
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .disable(JsonReadFeature.ALLOW_LEADING_ZEROS_FOR_NUMBERS)
                .disable(JsonReadFeature.ALLOW_TRAILING_COMMA)
                .build();
    }

    /**
     * Escapes every UTF-16 surrogate as {@code \}{@code uXXXX}. A Java string may hold a lone
     * surrogate (JSON's {@code "\ud800"} decodes to one), which has no UTF-8 form: escaping keeps the
     * output well-formed and the hash lossless instead of failing or substituting {@code ?}.
     */
    private static final CharacterEscapes SURROGATE_ESCAPES = new CharacterEscapes() {
        private static final long serialVersionUID = 1L;

        private final int[] ascii = standardAsciiEscapesForJSON();

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii.clone();
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            if (ch >= Character.MIN_SURROGATE && ch <= Character.MAX_SURROGATE) {
                return new SerializedString(String.format("\\u%04x", ch));
            }
            return null;
        }
    };

    private Json() {
    }

    /**
     * The strict parser factory of the readers. Jackson's defaults already reject comments, single
     * quotes, unquoted names, {@code NaN}/{@code Infinity}, leading zeros and trailing commas. Its
     * stream limits are lifted: {@link StrictTreeReader} enforces the {@code ReadLimits} itself, with
     * a violation at the value's path, on records whose size is bounded before they are parsed.
     * Duplicate names and trailing tokens are checked by {@link StrictTreeReader} too.
     */
    static JsonFactory readFactory() {
        JacksonFloor.check();
        return Factories.READ;
    }

    /** A compact generator writing to {@code out}, with surrogates escaped. */
    public static JsonGenerator generator(Writer out) throws IOException {
        JacksonFloor.check();
        return new SurrogateEscaping(Factories.WRITE.createGenerator(out));
    }

    /**
     * A compact generator writing UTF-8 bytes straight to {@code out} (no {@code Writer} and JDK
     * encoder in between), with surrogates escaped exactly as {@link #generator(Writer)} does, so the
     * bytes are those of the {@code Writer} generator's text encoded in UTF-8.
     */
    public static JsonGenerator generator(OutputStream out) throws IOException {
        JacksonFloor.check();
        return new SurrogateEscaping(Factories.WRITE.createGenerator(out, JsonEncoding.UTF8));
    }

    /** Whether {@code text} holds a UTF-16 surrogate, paired or not. */
    static boolean hasSurrogate(String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            if (Character.isSurrogate(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Installs {@link #SURROGATE_ESCAPES} only around the strings and names that hold a surrogate.
     * A generator with custom escapes takes Jackson's slow per-character path for every string;
     * without them it takes the fast one, whose output is the same for a string without surrogates
     * (both escape ASCII with {@link CharacterEscapes#standardAsciiEscapesForJSON()} and write other
     * characters as they are). Strings with a surrogate are written with the custom escapes, as before.
     */
    private static final class SurrogateEscaping extends JsonGeneratorDelegate {

        SurrogateEscaping(JsonGenerator delegate) {
            super(delegate, false);
        }

        @Override
        public void writeString(String text) throws IOException {
            if (text != null && hasSurrogate(text)) {
                delegate.setCharacterEscapes(SURROGATE_ESCAPES);
                try {
                    delegate.writeString(text);
                } finally {
                    delegate.setCharacterEscapes(null);
                }
            } else {
                delegate.writeString(text);
            }
        }

        @Override
        public void writeString(char[] text, int offset, int len) throws IOException {
            writeString(new String(text, offset, len));
        }

        @Override
        public void writeFieldName(String name) throws IOException {
            if (hasSurrogate(name)) {
                delegate.setCharacterEscapes(SURROGATE_ESCAPES);
                try {
                    delegate.writeFieldName(name);
                } finally {
                    delegate.setCharacterEscapes(null);
                }
            } else {
                delegate.writeFieldName(name);
            }
        }
    }

    /** A UTF-8 decoder that fails on malformed input rather than substituting U+FFFD, which would lose evidence. */
    public static CharsetDecoder strictUtf8() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}
