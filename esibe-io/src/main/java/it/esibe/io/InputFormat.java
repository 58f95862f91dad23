package it.esibe.io;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The file formats {@link ApplicationFiles} reads, chosen by file extension.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public enum InputFormat {

    /** JSON Lines ({@code .jsonl}): one application per line; decisions carry {@code line}, from 1. */
    JSON_LINES(".jsonl"),

    /**
     * JSON ({@code .json}): one application object, or a top-level array of them; decisions on array
     * elements carry {@code index}, from 0.
     */
    JSON(".json"),

    /**
     * CSV ({@code .csv}): a header row, then one application per row in the flat layout of
     * docs/CSV-FORMAT.md; decisions carry {@code row}, from 1 (the header is row 0).
     */
    CSV(".csv");

    private final String extension;

    InputFormat(String extension) {
        this.extension = extension;
    }

    /**
     * The file extension, with its dot.
     *
     * @return the lower-case extension, such as {@code .jsonl}
     */
    public String extension() {
        return extension;
    }

    /**
     * The format of a file named {@code fileName}, by its extension ({@code .jsonl}, {@code .json} or {@code .csv},
     * in any letter case), or empty for any other name.
     *
     * @param fileName a file name or path as text; only its ending matters
     * @return the format, or empty when the extension is not one of the three
     */
    public static Optional<InputFormat> fromFileName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        for (InputFormat format : values()) {
            if (lower.endsWith(format.extension)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /**
     * The format of {@code file}, by its file name's extension, or empty.
     *
     * @param file the file; only its last name element is looked at, and the file need not exist
     * @return the format, or empty when the extension is not one of the three or the path has no name
     */
    public static Optional<InputFormat> of(Path file) {
        Path name = file.getFileName();
        return name == null ? Optional.empty() : fromFileName(name.toString());
    }
}
