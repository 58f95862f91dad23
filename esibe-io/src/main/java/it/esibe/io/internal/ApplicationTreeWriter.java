package it.esibe.io.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.esibe.core.model.Application;
import it.esibe.core.model.Company;
import it.esibe.core.model.FiscalYear;
import it.esibe.core.model.Holder;
import it.esibe.core.model.Location;
import it.esibe.core.model.Ownership;
import it.esibe.core.model.Participation;
import it.esibe.core.model.Patent;
import it.esibe.core.model.Program;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * Turns an {@link Application} into its ESIBE-FORMAT-v1 JSON tree, properties in the order of the
 * format. {@code null} values are left out (absent and null mean the same in the format), lists are
 * always written, and {@code null} list elements are written as JSON null so that reading the tree
 * back gives an equal record, invalid parts included.
 */
public final class ApplicationTreeWriter {

    private ApplicationTreeWriter() {
    }

    /** The tree of {@code application}. */
    public static ObjectNode tree(Application a) {
        ObjectNode o = Json.NODES.objectNode();
        if (a.schemaVersion() != null) {
            o.put("schemaVersion", a.schemaVersion().intValue());
        }
        text(o, "applicationId", a.applicationId());
        date(o, "submittedOn", a.submittedOn());
        if (a.company() != null) {
            company(o.putObject("company"), a.company());
        }
        text(o, "track", a.track() == null ? null : a.track().name());
        text(o, "developmentStage", a.developmentStage() == null ? null : a.developmentStage().name());
        list(o.putArray("fiscalYears"), a.fiscalYears(), ApplicationTreeWriter::fiscalYear);
        list(o.putArray("patents"), a.patents(), ApplicationTreeWriter::patent);
        list(o.putArray("programs"), a.programs(), ApplicationTreeWriter::program);
        Ownership ownership = a.ownership();
        ObjectNode own = o.putObject("ownership");
        list(own.putArray("holders"), ownership.holders(), ApplicationTreeWriter::holder);
        list(own.putArray("participations"), ownership.participations(), ApplicationTreeWriter::participation);
        return o;
    }

    private static void company(ObjectNode o, Company c) {
        text(o, "name", c.name());
        text(o, "vatNumber", c.vatNumber());
        if (c.legalSeat() != null) {
            location(o.putObject("legalSeat"), c.legalSeat());
        }
        if (c.headquarters() != null) {
            location(o.putObject("headquarters"), c.headquarters());
        }
    }

    private static void location(ObjectNode o, Location l) {
        text(o, "country", l.country());
        text(o, "region", l.region());
        text(o, "city", l.city());
    }

    private static void fiscalYear(ObjectNode o, FiscalYear f) {
        if (f.year() != null) {
            o.put("year", f.year().intValue());
        }
        number(o, "rdExpenditure", f.rdExpenditure());
        number(o, "rdExpenditureItaly", f.rdExpenditureItaly());
        number(o, "euInternationalGrants", f.euInternationalGrants());
        number(o, "staffHeadcount", f.staffHeadcount());
        number(o, "turnover", f.turnover());
        number(o, "balanceSheetTotal", f.balanceSheetTotal());
    }

    private static void patent(ObjectNode o, Patent p) {
        text(o, "number", p.number());
        text(o, "holding", p.holding() == null ? null : p.holding().name());
        text(o, "status", p.status() == null ? null : p.status().name());
        date(o, "expiresOn", p.expiresOn());
        date(o, "licenceExpiresOn", p.licenceExpiresOn());
    }

    private static void program(ObjectNode o, Program p) {
        text(o, "title", p.title());
        text(o, "technology", p.technology());
        if (p.priorities() != null) {
            ArrayNode priorities = o.putArray("priorities");
            for (String priority : p.priorities()) {
                if (priority == null) {
                    priorities.addNull();
                } else {
                    priorities.add(priority);
                }
            }
        }
    }

    private static void holder(ObjectNode o, Holder h) {
        text(o, "name", h.name());
        text(o, "type", h.type() == null ? null : h.type().name());
        number(o, "capitalShare", h.capitalShare());
        number(o, "votingShare", h.votingShare());
        number(o, "staffHeadcount", h.staffHeadcount());
        number(o, "turnover", h.turnover());
        number(o, "balanceSheetTotal", h.balanceSheetTotal());
        text(o, "group", h.group());
    }

    private static void participation(ObjectNode o, Participation p) {
        text(o, "name", p.name());
        number(o, "capitalShare", p.capitalShare());
        number(o, "votingShare", p.votingShare());
        number(o, "staffHeadcount", p.staffHeadcount());
        number(o, "turnover", p.turnover());
        number(o, "balanceSheetTotal", p.balanceSheetTotal());
    }

    private static <T> void list(ArrayNode array, List<T> items, BiConsumer<ObjectNode, T> writer) {
        for (T item : items) {
            if (item == null) {
                array.addNull();
            } else {
                writer.accept(array.addObject(), item);
            }
        }
    }

    private static void text(ObjectNode o, String name, @Nullable String value) {
        if (value != null) {
            o.put(name, value);
        }
    }

    private static void date(ObjectNode o, String name, @Nullable LocalDate value) {
        if (value != null) {
            // ISO_LOCAL_DATE; a year outside 0000-9999 would not read back, but the model never holds one
            // that came from the format.
            o.put(name, value.toString());
        }
    }

    private static void number(ObjectNode o, String name, @Nullable BigDecimal value) {
        if (value != null) {
            o.set(name, Json.NODES.numberNode(value));
        }
    }
}
