package it.esibe.io;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The file formats {@link ApplicationFiles} reads, chosen by file extension. */
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

    /** The file extension, with its dot. */
    public String extension() {
        return extension;
    }

    /**
     * The format of a file named {@code fileName}, by its extension ({@code .jsonl}, {@code .json} or {@code .csv},
     * in any letter case), or empty for any other name.
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

    /** The format of {@code file}, by its file name's extension, or empty. */
    public static Optional<InputFormat> of(Path file) {
        Path name = file.getFileName();
        return name == null ? Optional.empty() : fromFileName(name.toString());
    }
}
