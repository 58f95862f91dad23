package it.esibe.examples.report;

/**
 * How wide a chart's text is drawn, estimated without a font at hand, so that the chart code can
 * lay labels out that neither overlap nor leave the SVG.
 *
 * <p>The page asks for DejaVu Sans first, then Liberation Sans or Arial; the widths here are DejaVu
 * Sans's advance widths, which are at least as wide as those of the fallbacks for the letters,
 * digits and punctuation that reports show, and kerning only narrows a word. So the estimate is an
 * upper bound wherever one of the page's fonts is installed. Characters outside the table (Greek,
 * Cyrillic, CJK …) count as one em, wider than any of them. A fixed table rather than the fonts of
 * the machine that writes the page: the same call gives the same bytes on every machine.
 */
final class TextMetrics {

    /** The font size of every chart text, in CSS pixels ({@code svg text} in the template). */
    static final double FONT_SIZE = 13;
    /** Height of a line of chart text: DejaVu Sans's ascent (0.928 em) plus descent (0.236 em), rounded up. */
    static final double LINE_HEIGHT = 16;
    /** Part of {@link #LINE_HEIGHT} above the baseline. */
    static final double ASCENT = 12.5;

    private static final double UNITS_PER_EM = 2048;
    private static final String ELLIPSIS = "\u2026";

    /**
     * DejaVu Sans (2.37) advance widths in font units, for U+0020 to U+007F, then U+00A0 to U+017F
     * (Basic Latin, Latin-1 and Latin Extended-A).
     */
    private static final short[] REGULAR = {
            651, 821, 942, 1716, 1303, 1946, 1597, 563, 799, 799, 1024, 1716, 651, 739, 651, 690, // U+0020
            1303, 1303, 1303, 1303, 1303, 1303, 1303, 1303, 1303, 1303, 690, 690, 1716, 1716, 1716, 1087, // U+0030
            2048, 1401, 1405, 1430, 1577, 1294, 1178, 1587, 1540, 604, 604, 1343, 1141, 1767, 1532, 1612, // U+0040
            1235, 1612, 1423, 1300, 1251, 1499, 1401, 2025, 1403, 1251, 1403, 799, 690, 799, 1716, 1024, // U+0050
            1024, 1255, 1300, 1126, 1300, 1260, 721, 1300, 1298, 569, 569, 1186, 569, 1995, 1298, 1253, // U+0060
            1300, 1300, 842, 1067, 803, 1298, 1212, 1675, 1212, 1212, 1075, 1303, 690, 1303, 1716, 0, // U+0070
            651, 821, 1303, 1303, 1303, 1303, 690, 1024, 1024, 2048, 965, 1253, 1716, 739, 2048, 1024, // U+00A0
            1024, 1716, 821, 821, 1024, 1303, 1303, 651, 1024, 821, 965, 1253, 1985, 1985, 1985, 1087, // U+00B0
            1401, 1401, 1401, 1401, 1401, 1401, 1995, 1430, 1294, 1294, 1294, 1294, 604, 604, 604, 604, // U+00C0
            1587, 1532, 1612, 1612, 1612, 1612, 1612, 1716, 1612, 1499, 1499, 1499, 1499, 1251, 1239, 1290, // U+00D0
            1255, 1255, 1255, 1255, 1255, 1255, 2011, 1126, 1260, 1260, 1260, 1260, 569, 569, 569, 569, // U+00E0
            1253, 1298, 1253, 1253, 1253, 1253, 1253, 1716, 1253, 1298, 1298, 1298, 1298, 1212, 1300, 1212, // U+00F0
            1401, 1255, 1401, 1255, 1401, 1255, 1430, 1126, 1430, 1126, 1430, 1126, 1430, 1126, 1577, 1300, // U+0100
            1587, 1300, 1294, 1260, 1294, 1260, 1294, 1260, 1294, 1260, 1294, 1260, 1587, 1300, 1587, 1300, // U+0110
            1587, 1300, 1587, 1300, 1540, 1298, 1876, 1423, 604, 569, 604, 569, 604, 569, 604, 569, // U+0120
            604, 569, 1208, 1138, 604, 569, 1343, 1186, 1186, 1141, 569, 1141, 569, 1141, 768, 1141, // U+0130
            700, 1151, 582, 1532, 1298, 1532, 1298, 1532, 1298, 1666, 1532, 1298, 1612, 1253, 1612, 1253, // U+0140
            1612, 1253, 2191, 2095, 1423, 842, 1423, 842, 1423, 842, 1300, 1067, 1300, 1067, 1300, 1067, // U+0150
            1300, 1067, 1251, 803, 1251, 803, 1251, 803, 1499, 1298, 1499, 1298, 1499, 1298, 1499, 1298, // U+0160
            1499, 1298, 1499, 1298, 2025, 1675, 1251, 1212, 1251, 1403, 1075, 1403, 1075, 1403, 1075, 721  // U+0170
    };

    /** DejaVu Sans Bold, the same code points as {@link #REGULAR}. */
    private static final short[] BOLD = {
            713, 934, 1067, 1716, 1425, 2052, 1786, 627, 936, 936, 1071, 1716, 778, 850, 778, 748, // U+0020
            1425, 1425, 1425, 1425, 1425, 1425, 1425, 1425, 1425, 1425, 819, 819, 1716, 1716, 1716, 1188, // U+0030
            2048, 1585, 1561, 1503, 1700, 1399, 1399, 1681, 1714, 762, 762, 1587, 1305, 2038, 1714, 1741, // U+0040
            1501, 1741, 1577, 1475, 1397, 1663, 1585, 2259, 1579, 1483, 1485, 936, 748, 936, 1716, 1024, // U+0050
            1024, 1382, 1466, 1214, 1466, 1389, 891, 1466, 1458, 702, 702, 1362, 702, 2134, 1458, 1407, // U+0060
            1466, 1466, 1010, 1219, 979, 1458, 1335, 1892, 1321, 1335, 1192, 1458, 748, 1458, 1716, 0, // U+0070
            713, 934, 1425, 1425, 1303, 1425, 748, 1024, 1024, 2048, 1155, 1323, 1716, 850, 2048, 1024, // U+00A0
            1024, 1716, 897, 897, 1024, 1507, 1303, 778, 1024, 897, 1155, 1323, 2120, 2120, 2120, 1188, // U+00B0
            1585, 1585, 1585, 1585, 1585, 1585, 2222, 1503, 1399, 1399, 1399, 1399, 762, 762, 762, 762, // U+00C0
            1716, 1714, 1741, 1741, 1741, 1741, 1741, 1716, 1741, 1663, 1663, 1663, 1663, 1483, 1511, 1473, // U+00D0
            1382, 1382, 1382, 1382, 1382, 1382, 2146, 1214, 1389, 1389, 1389, 1389, 702, 702, 702, 702, // U+00E0
            1407, 1458, 1407, 1407, 1407, 1407, 1407, 1716, 1407, 1458, 1458, 1458, 1458, 1335, 1466, 1335, // U+00F0
            1585, 1382, 1585, 1382, 1585, 1382, 1503, 1214, 1503, 1214, 1503, 1214, 1503, 1214, 1700, 1466, // U+0100
            1716, 1466, 1399, 1389, 1399, 1389, 1399, 1389, 1399, 1389, 1399, 1389, 1681, 1466, 1681, 1466, // U+0110
            1681, 1466, 1681, 1466, 1714, 1458, 1994, 1618, 762, 702, 762, 702, 762, 702, 762, 702, // U+0120
            762, 702, 1524, 1404, 762, 702, 1587, 1362, 1362, 1305, 702, 1305, 702, 1305, 982, 1305, // U+0130
            1140, 1315, 760, 1714, 1458, 1714, 1458, 1714, 1458, 2013, 1714, 1458, 1741, 1407, 1741, 1407, // U+0140
            1741, 1407, 2390, 2241, 1577, 1010, 1577, 1010, 1577, 1010, 1475, 1219, 1475, 1219, 1475, 1219, // U+0150
            1475, 1219, 1397, 979, 1397, 979, 1397, 979, 1663, 1458, 1663, 1458, 1663, 1458, 1663, 1458, // U+0160
            1663, 1458, 1663, 1458, 2259, 1892, 1483, 1335, 1483, 1485, 1192, 1485, 1192, 1485, 1192, 891  // U+0170
    };

    private TextMetrics() {
    }

    /** The width of {@code text} in pixels at {@link #FONT_SIZE}, regular or bold. */
    static double width(String text, boolean bold) {
        double units = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            units += advance(c, bold);
            i += Character.charCount(c);
        }
        return units * FONT_SIZE / UNITS_PER_EM;
    }

    private static double advance(int c, boolean bold) {
        short[] table = bold ? BOLD : REGULAR;
        if (c >= 0x20 && c < 0x80) {
            return table[c - 0x20];
        }
        if (c >= 0xA0 && c < 0x180) {
            return table[0x60 + c - 0xA0];
        }
        return switch (c) {
            // Punctuation that labels and amounts use: en dash, quotes, euro sign, arrow.
            case 0x2013 -> 1024;
            case 0x2018, 0x2019 -> bold ? 778 : 651;
            case 0x201C, 0x201D -> bold ? 1346 : 1061;
            case 0x20AC -> bold ? 1425 : 1303;
            case 0x2192 -> 1716;
            // The em dash, the ellipsis and every character not in the table: one em, as wide as
            // the widest glyphs.
            default -> UNITS_PER_EM;
        };
    }

    /**
     * {@code text} if it is at most {@code max} pixels wide, else its longest start that is, with
     * an ellipsis ("…") appended.
     */
    static String fit(String text, double max, boolean bold) {
        if (width(text, bold) <= max) {
            return text;
        }
        double room = max - width(ELLIPSIS, bold);
        int end = 0;
        double used = 0;
        while (end < text.length()) {
            int c = text.codePointAt(end);
            double w = advance(c, bold) * FONT_SIZE / UNITS_PER_EM;
            if (used + w > room) {
                break;
            }
            used += w;
            end += Character.charCount(c);
        }
        return text.substring(0, end).stripTrailing() + ELLIPSIS;
    }
}
