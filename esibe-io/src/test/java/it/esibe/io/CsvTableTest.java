package it.esibe.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A table of the caller's rows goes through the same formula guard as every CSV export. */
class CsvTableTest {

    @Test
    void cellsAreQuotedAndFormulasNeutralised() throws IOException {
        StringWriter out = new StringWriter();
        try (CsvTable t = CsvTable.open(out, CsvOptions.DEFAULTS.withDelimiter(';'), List.of("id", "name", "amount"))) {
            t.row(List.of("A-1", "=HYPERLINK(\"http://x\")", "-12.5"));
            t.row(List.of("A-2", "\u200B@SUM(A1)", "Esempio; \"Bio\""));
        }

        assertThat(out.toString()).isEqualTo("\"id\";\"name\";\"amount\"\r\n"
                + "\"A-1\";\"'=HYPERLINK(\"\"http://x\"\")\";\"-12.5\"\r\n"
                + "\"A-2\";\"'\u200B@SUM(A1)\";\"Esempio; \"\"Bio\"\"\"\r\n");
    }

    @Test
    void aRowHasOneCellPerColumn() throws IOException {
        try (CsvTable t = CsvTable.open(new StringWriter(), CsvOptions.DEFAULTS, List.of("a", "b"))) {
            assertThatThrownBy(() -> t.row(List.of("1"))).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("a row of this table has 2 cells, got 1");
        }
        assertThatThrownBy(() -> CsvTable.open(new StringWriter(), CsvOptions.DEFAULTS, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aByteOrderMarkComesFirstWhenAsked() throws IOException {
        StringWriter out = new StringWriter();
        CsvTable.open(out, CsvOptions.DEFAULTS.withByteOrderMark(true), List.of("a")).close();

        assertThat(out.toString()).isEqualTo("\uFEFF\"a\"\r\n");
    }
}
