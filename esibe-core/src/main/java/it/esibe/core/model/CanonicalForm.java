package it.esibe.core.model;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The canonical JSON of an application (ESIBE-FORMAT-v1.1, "Decision") and its SHA-256, written
 * without a JSON library, since esibe-core has none.
 *
 * <p>It must give, byte for byte, what esibe-io gives when its writer turns the application into a
 * tree and its canonical writer hashes that tree; a property test of esibe-io holds the two
 * together. So it mirrors the writer: a {@code null} value is left out of its object, lists (and
 * {@code ownership} with its two lists) are always written, a {@code null} list element is written
 * as {@code null}, enums by name, dates by {@link LocalDate#toString()}. Strings are escaped as
 * Jackson's generator does: {@code \"} and {@code \\}, {@code \b \t \n \f \r}, the other
 * characters below U+0020 as upper-case {@code \}{@code u00XX}, and, as esibe-io adds, every UTF-16
 * surrogate as a lower-case {@code \}{@code uxxxx} escape; all else as it is.
 */
final class CanonicalForm {

    /** Beyond this many digits before or after the point a number keeps its exponent, as in esibe-io. */
    private static final char[] UPPER_HEX = "0123456789ABCDEF".toCharArray();
    /** Stands for JSON null inside a list; a null map value means "left out". */
    private static final Object NULL = new Object();

    private CanonicalForm() {
    }

    static String sha256(Application application) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(json(application).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform must provide SHA-256 (MessageDigest's contract).
            throw new IllegalStateException(e);
        }
    }

    static String json(Application application) {
        StringBuilder out = new StringBuilder(512);
        write(application(application), out);
        return out.toString();
    }

    private static Map<String, Object> application(Application a) {
        Map<String, Object> o = new TreeMap<>();
        put(o, "schemaVersion", a.schemaVersion());
        put(o, "applicationId", a.applicationId());
        put(o, "submittedOn", a.submittedOn());
        put(o, "company", a.company() == null ? null : company(a.company()));
        put(o, "track", a.track());
        put(o, "developmentStage", a.developmentStage());
        o.put("fiscalYears", list(a.fiscalYears(), CanonicalForm::fiscalYear));
        o.put("patents", list(a.patents(), CanonicalForm::patent));
        o.put("programs", list(a.programs(), CanonicalForm::program));
        Map<String, Object> ownership = new TreeMap<>();
        ownership.put("holders", list(a.ownership().holders(), CanonicalForm::holder));
        ownership.put("participations", list(a.ownership().participations(), CanonicalForm::participation));
        o.put("ownership", ownership);
        return o;
    }

    private static Map<String, Object> company(Company c) {
        Map<String, Object> o = new TreeMap<>();
        put(o, "name", c.name());
        put(o, "vatNumber", c.vatNumber());
        put(o, "legalSeat", c.legalSeat() == null ? null : location(c.legalSeat()));
        put(o, "headquarters", c.headquarters() == null ? null : location(c.headquarters()));
        return o;
    }

    private static Map<String, Object> location(Location l) {
        Map<String, Object> o = new TreeMap<>();
        put(o, "country", l.country());
        put(o, "region", l.region());
        put(o, "city", l.city());
        return o;
    }

    private static Map<String, Object> fiscalYear(FiscalYear f) {
        Map<String, Object> o = new TreeMap<>();
        put(o, "year", f.year());
        put(o, "rdExpenditure", f.rdExpenditure());
        put(o, "rdExpenditureItaly", f.rdExpenditureItaly());
        put(o, "euInternationalGrants", f.euInternationalGrants());
        put(o, "staffHeadcount", f.staffHeadcount());
        put(o, "turnover", f.turnover());
        put(o, "balanceSheetTotal", f.balanceSheetTotal());
        return o;
    }

    private static Map<String, Object> patent(Patent p) {
        Map<String, Object> o = new TreeMap<>();
        put(o, "number", p.number());
        put(o, "holding", p.holding());
        put(o, "status", p.status());
        put(o, "expiresOn", p.expiresOn());
        put(o, "licenceExpiresOn", p.licenceExpiresOn());
        return o;
    }

    private static Map<String, Object> program(Program p) {
        Map<String, Object> o = new TreeMap<>();
        put(o, "title", p.title());
        put(o, "technology", p.technology());
        put(o, "priorities", p.priorities() == null ? null : list(p.priorities(), code -> code));
        return o;
    }

    private static Map<String, Object> holder(Holder h) {
        Map<String, Object> o = stake(h);
        put(o, "type", h.type());
        put(o, "group", h.group());
        return o;
    }

    private static Map<String, Object> participation(Participation p) {
        return stake(p);
    }

    private static Map<String, Object> stake(Stake s) {
        Map<String, Object> o = new TreeMap<>();
        put(o, "name", s instanceof Holder h ? h.name() : ((Participation) s).name());
        put(o, "capitalShare", s.capitalShare());
        put(o, "votingShare", s.votingShare());
        put(o, "staffHeadcount", s.staffHeadcount());
        put(o, "turnover", s.turnover());
        put(o, "balanceSheetTotal", s.balanceSheetTotal());
        return o;
    }

    private static <T> List<Object> list(List<T> items, Function<? super T, Object> element) {
        List<Object> out = new ArrayList<>(items.size());
        for (T item : items) {
            out.add(item == null ? NULL : element.apply(item));
        }
        return out;
    }

    private static void put(Map<String, Object> o, String name, @Nullable Object value) {
        if (value != null) {
            o.put(name, value);
        }
    }

    private static void write(Object value, StringBuilder out) {
        if (value == NULL) {
            out.append("null");
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                string((String) e.getKey(), out);
                out.append(':');
                write(e.getValue(), out);
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(list.get(i), out);
            }
            out.append(']');
        } else if (value instanceof BigDecimal d) {
            out.append(number(d));
        } else if (value instanceof Integer i) {
            out.append(i.intValue());
        } else if (value instanceof Enum<?> e) {
            string(e.name(), out);
        } else {
            // Strings, and dates as ISO text (LocalDate#toString), as the writer puts them.
            string(value.toString(), out);
        }
    }

    private static void string(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\f' -> out.append("\\f");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20) {
                        out.append("\\u00").append(UPPER_HEX[c >> 4]).append(UPPER_HEX[c & 0xF]);
                    } else if (Character.isSurrogate(c)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /** The canonical text of a number: see {@link CanonicalNumber#of}. */
    static String number(BigDecimal value) {
        return CanonicalNumber.of(value);
    }
}
