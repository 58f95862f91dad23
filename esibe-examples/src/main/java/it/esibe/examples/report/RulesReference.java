package it.esibe.examples.report;

import it.esibe.core.decision.Verdict;
import it.esibe.core.message.Message;
import it.esibe.core.message.MessageCatalog;
import it.esibe.core.ruleset.ParameterKey;
import it.esibe.core.ruleset.Ruleset;
import it.esibe.core.spi.Criterion;
import it.esibe.core.spi.CriterionDescription;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The rules of a ruleset for people, generated from the ruleset itself: the rules every ruleset
 * shares, its parameters with their values, meanings and sources, and a section for each criterion
 * with the report's section and Italian words, the rule, the readings taken where the report is
 * ambiguous, the possible results, the remedies and the parameters read. A derived ruleset is
 * shown as a difference from its base first (parameters changed, criteria added, replaced or
 * neutralised). What the page says comes from the criteria's own descriptions
 * ({@link Criterion#description()}) and their message providers, so a third-party ruleset gets
 * the same page; a criterion without a description gets a minimal section.
 *
 * <p>Markdown ({@code docs/RULES.md}) or HTML (a self-contained page, or a section of the call
 * report): no script, nothing loaded, every text escaped. Each criterion's section has the anchor
 * {@link #anchor(String)}, which the call report links to.
 *
 * <p>The same ruleset, base, catalog and language give the same bytes: nothing depends on the
 * clock or the machine. Thread-safety: immutable.
 */
public final class RulesReference {

    /** The output formats. */
    public enum Format {
        /** Markdown, as GitHub renders it. */
        md,
        /** A self-contained HTML page. */
        html
    }

    /** The keys of the rules every ruleset shares, in page order: the evaluator applies them to all. */
    private static final List<String> GENERAL = List.of("rules.general.referenceDate", "rules.general.referenceYear",
            "rules.general.outcomes", "rules.general.amounts", "rules.general.explanations");

    private final MessageCatalog catalog;
    private final Map<String, String> labels;
    private final Locale language;

    private RulesReference(MessageCatalog catalog, Locale language) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.language = "it".equals(language.getLanguage()) ? Locale.ITALIAN : Locale.ENGLISH;
        this.labels = Labels.properties(this.language == Locale.ITALIAN ? "rules_it.properties" : "rules_en.properties");
    }

    /**
     * A reference written in {@code language} with the texts of {@code catalog}.
     *
     * @param catalog the message providers' texts, such as {@code EsibeRegistry.messages()}
     * @param language Italian for an Italian locale, English otherwise
     * @return the reference
     */
    public static RulesReference of(MessageCatalog catalog, Locale language) {
        return new RulesReference(catalog, language);
    }

    /**
     * The anchor of criterion {@code criterionId}'s section, such as {@code rule-ESIBE-RD-MIN}: the
     * id with any character other than a letter, digit, '-', '_' or '.' turned into '-'.
     *
     * @param criterionId a criterion id
     * @return the anchor, without '#'
     */
    public static String anchor(String criterionId) {
        return "rule-" + criterionId.replaceAll("[^A-Za-z0-9._-]", "-");
    }

    /**
     * The ruleset that {@code ruleset} is best shown as a difference from, among {@code all}: one
     * that takes effect no later, whose criteria and parameters it all keeps; of several, the one
     * it differs least from, then the latest. A ruleset does not record what it was derived from,
     * so this is inferred; a ruleset of its own (the national one) has none.
     *
     * @param ruleset the ruleset to show
     * @param all the rulesets known, such as a registry's
     * @return the base, or empty
     */
    public static Optional<Ruleset> baseOf(Ruleset ruleset, List<Ruleset> all) {
        Set<String> ids = ruleset.criteria().stream().map(Criterion::id).collect(Collectors.toSet());
        Set<String> names = ruleset.parameters().values().keySet();
        return all.stream()
                .filter(b -> !b.id().equals(ruleset.id()))
                .filter(b -> !b.effectiveFrom().isAfter(ruleset.effectiveFrom()))
                .filter(b -> b.criteria().stream().allMatch(c -> ids.contains(c.id())))
                .filter(b -> names.containsAll(b.parameters().values().keySet()))
                .min(Comparator.comparingInt((Ruleset b) -> differences(ruleset, b))
                        .thenComparing(Ruleset::effectiveFrom, Comparator.reverseOrder())
                        .thenComparing(Ruleset::id));
    }

    private static int differences(Ruleset r, Ruleset base) {
        Diff d = Diff.of(r, base);
        return d.changed.size() + d.addedParameters.size() + d.added.size() + d.replaced.size() + d.neutralised.size();
    }

    /**
     * The reference of {@code ruleset} in {@code format}: Markdown, or a whole HTML page.
     *
     * @param ruleset the ruleset
     * @param base the ruleset it is shown as a difference from, or null
     * @param format the format
     * @param command the command that regenerates the page, which the page names; null for none
     * @return the text, ending with a line feed
     */
    public String render(Ruleset ruleset, @Nullable Ruleset base, Format format, @Nullable String command) {
        List<Block> blocks = blocks(ruleset, base, command, 1);
        return format == Format.md ? markdown(blocks) : page(ruleset, blocks);
    }

    /**
     * The reference of {@code ruleset} as an HTML {@code <section>} with headings from level 2,
     * for a page of its own kind such as the call report.
     *
     * @param ruleset the ruleset
     * @param base the ruleset it is shown as a difference from, or null
     * @return escaped HTML
     */
    public String htmlSection(Ruleset ruleset, @Nullable Ruleset base) {
        return "<section id=\"rules\" class=\"rules\">\n" + html(blocks(ruleset, base, null, 2)) + "</section>\n";
    }

    // ---- the document, independent of the format ----

    /** A heading, paragraph, quote, list or table; texts are plain and escaped by the renderer. */
    private sealed interface Block permits Heading, Para, Quote, Items, Table {
    }

    private record Heading(int level, String text, @Nullable String anchor) implements Block {
    }

    private record Para(String text) implements Block {
    }

    /** Words of the report, in Italian whatever the page's language. */
    private record Quote(String text) implements Block {
    }

    /** A list; an item may link to a criterion's section. */
    private record Items(List<Item> items) implements Block {
    }

    private record Item(String text, @Nullable String link, String rest) {
        static Item plain(String text) {
            return new Item(text, null, "");
        }
    }

    private record Table(List<String> headers, List<List<String>> rows) implements Block {
    }

    private List<Block> blocks(Ruleset r, @Nullable Ruleset base, @Nullable String command, int top) {
        List<Block> b = new ArrayList<>();
        b.add(new Heading(top, label("title", r.id(), r.version()), null));
        if (command != null) {
            b.add(new Para(label("generated", command)));
        }
        b.add(new Para(label("about", r.series(), date(r.effectiveFrom()), r.parametersSha256())));
        b.add(new Para(label("source")));
        if (base != null) {
            difference(b, r, base, top + 1);
        }
        b.add(new Heading(top + 1, label("h.general"), "rules-general"));
        b.add(new Items(GENERAL.stream().filter(catalog::knows).map(k -> Item.plain(text(k))).toList()));
        parameters(b, r, top + 1);
        b.add(new Heading(top + 1, label("h.criteria"), "rules-criteria"));
        b.add(new Para(label("criteria.intro")));
        for (Criterion c : r.criteria()) {
            criterion(b, r, c, top + 2);
        }
        return b;
    }

    private void difference(List<Block> b, Ruleset r, Ruleset base, int level) {
        Diff d = Diff.of(r, base);
        b.add(new Heading(level, label("h.difference", base.id(), base.version()), "rules-difference"));
        List<Item> items = new ArrayList<>();
        d.changed.forEach(name -> items.add(Item.plain(label("diff.changed", name,
                value(base.parameters().key(name).orElseThrow(), base.parameters().values().get(name)),
                value(r.parameters().key(name).orElseThrow(), r.parameters().values().get(name))))));
        d.addedParameters.forEach(name -> items.add(Item.plain(label("diff.parameterAdded", name,
                value(r.parameters().key(name).orElseThrow(), r.parameters().values().get(name))))));
        d.added.forEach(id -> items.add(new Item(label("diff.added") + " ", id, "")));
        d.replaced.forEach(id -> items.add(new Item(label("diff.replaced") + " ", id, "")));
        d.neutralised.forEach(id -> items.add(new Item(label("diff.neutralised") + " ", id, ": "
                + r.criterion(id).orElseThrow().description().neutralisedBecause())));
        if (!r.namespaces().equals(base.namespaces())) {
            items.add(Item.plain(label("diff.namespaces", String.join(", ", r.namespaces()))));
        }
        if (!r.effectiveFrom().equals(base.effectiveFrom())) {
            items.add(Item.plain(label("diff.from", date(r.effectiveFrom()), date(base.effectiveFrom()))));
        }
        if (items.isEmpty()) {
            items.add(Item.plain(label("diff.none")));
        }
        b.add(new Items(items));
    }

    private void parameters(List<Block> b, Ruleset r, int level) {
        b.add(new Heading(level, label("h.parameters"), "rules-parameters"));
        Map<String, List<String>> readers = new LinkedHashMap<>();
        for (Criterion c : r.criteria()) {
            for (ParameterKey<?> k : c.description().parameters()) {
                readers.computeIfAbsent(k.name(), n -> new ArrayList<>()).add(c.id());
            }
        }
        List<List<String>> rows = new ArrayList<>();
        for (ParameterKey<?> k : r.parameters().keys()) {
            rows.add(List.of(k.name(), value(k, r.parameters().values().get(k.name())),
                    catalog.knows(k.messageKey()) ? text(k.messageKey()) : "", k.source(),
                    String.join(", ", readers.getOrDefault(k.name(), List.of()))));
        }
        b.add(new Table(List.of(label("col.name"), label("col.value"), label("col.meaning"), label("col.source"),
                label("col.readBy")), rows));
    }

    private void criterion(List<Block> b, Ruleset r, Criterion c, int level) {
        CriterionDescription d = c.description();
        String title = d.titleKey() != null && catalog.knows(d.titleKey()) ? c.id() + " — " + text(d.titleKey()) : c.id();
        b.add(new Heading(level, title, anchor(c.id())));
        List<Item> facts = new ArrayList<>();
        if (d.sectionKey() != null) {
            facts.add(Item.plain(label("section") + ": " + text(d.sectionKey())));
        }
        facts.add(Item.plain(label("citation") + ": " + c.citation()));
        b.add(new Items(facts));
        if (d.neutralised()) {
            b.add(new Para(label("neutralised", d.neutralisedBy(), d.neutralisedBecause())));
        }
        if (!d.described()) {
            b.add(new Para(label("undescribed")));
            return;
        }
        if (!d.quotes().isEmpty()) {
            b.add(new Para(label("quotes") + ":"));
            d.quotes().forEach(q -> b.add(new Quote(q)));
        }
        if (d.ruleKey() != null) {
            b.add(new Para(label("rule") + ": " + text(d.ruleKey())));
        }
        list(b, label("readings"), d.readingKeys().stream().map(this::text).toList());
        List<String> results = new ArrayList<>();
        for (Verdict v : Verdict.values()) {
            String key = d.resultKeys().get(v);
            if (key != null) {
                results.add(text(key));
            }
        }
        list(b, label("results"), results);
        list(b, label("remedies"), d.remedyKeys().stream().map(this::text).toList());
        list(b, label("parameters"), d.parameters().stream().map(k -> k.name() + " = "
                + r.parameters().key(k.name()).map(known -> value(known, r.parameters().values().get(k.name())))
                        .orElse(label("parameter.absent"))
                + " (" + k.source() + ")").toList());
    }

    private static void list(List<Block> b, String title, List<String> items) {
        if (!items.isEmpty()) {
            b.add(new Para(title + ":"));
            b.add(new Items(items.stream().map(Item::plain).toList()));
        }
    }

    /** A message of the catalog in the page's language; a key no provider knows is shown as it is. */
    private String text(String key) {
        return catalog.knows(key) ? catalog.render(language, Message.of(key)) : key;
    }

    private String label(String key, Object... args) {
        String pattern = labels.get(key);
        if (pattern == null) {
            throw new IllegalStateException("no rules-reference label " + key);
        }
        if (args.length == 0) {
            return pattern;
        }
        String[] texts = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            texts[i] = String.valueOf(args[i]);
        }
        return new MessageFormat(pattern, language).format(texts);
    }

    /** A date as the page's language writes it in prose: {@code 01/10/2024} in Italian, ISO in English. */
    private String date(LocalDate d) {
        return language == Locale.ITALIAN ? d.format(DateTimeFormatter.ofPattern("dd/MM/uuuu")) : d.toString();
    }

    /** A value as the page's language writes it: amounts in euro, shares and staff as numbers, others by name. */
    private String value(ParameterKey<?> key, @Nullable Object value) {
        if (value instanceof BigDecimal d) {
            DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(language);
            if (key.kind() == ParameterKey.Kind.AMOUNT) {
                String n = new DecimalFormat("#,##0.00", symbols).format(d);
                return language == Locale.ITALIAN ? n + " EUR" : "EUR " + n;
            }
            DecimalFormat f = new DecimalFormat("#,##0", symbols);
            f.setMaximumFractionDigits(Math.max(0, d.stripTrailingZeros().scale()));
            return f.format(d);
        }
        return value instanceof Enum<?> e ? e.name() : String.valueOf(value);
    }

    // ---- Markdown ----

    private static String markdown(List<Block> blocks) {
        StringBuilder out = new StringBuilder();
        for (Block block : blocks) {
            if (!out.isEmpty()) {
                out.append('\n');
            }
            if (block instanceof Heading h) {
                if (h.anchor() != null) {
                    out.append("<a id=\"").append(h.anchor()).append("\"></a>\n");
                }
                out.append("#".repeat(h.level())).append(' ').append(md(h.text())).append('\n');
            } else if (block instanceof Para p) {
                out.append(md(p.text())).append('\n');
            } else if (block instanceof Quote q) {
                out.append("> “").append(md(q.text())).append("”\n");
            } else if (block instanceof Items l) {
                l.items().forEach(i -> out.append("- ").append(md(i.text()))
                        .append(i.link() == null ? "" : "[" + md(i.link()) + "](#" + anchor(i.link()) + ")")
                        .append(md(i.rest())).append('\n'));
            } else if (block instanceof Table t) {
                out.append("| ").append(t.headers().stream().map(RulesReference::md)
                        .collect(Collectors.joining(" | "))).append(" |\n");
                out.append("|").append("---|".repeat(t.headers().size())).append('\n');
                t.rows().forEach(row -> out.append("| ").append(row.stream().map(RulesReference::md)
                        .collect(Collectors.joining(" | "))).append(" |\n"));
            }
        }
        return out.toString();
    }

    /** Plain text as Markdown that shows it as it is: no emphasis, link, HTML or table cell break. */
    static String md(String text) {
        StringBuilder s = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if ("\\`*_[]<>|#".indexOf(ch) >= 0) {
                s.append('\\');
            }
            s.append(ch == '\n' ? ' ' : ch);
        }
        return s.toString();
    }

    // ---- HTML ----

    private String page(Ruleset ruleset, List<Block> blocks) {
        return "<!DOCTYPE html>\n<html lang=\"" + language.getLanguage() + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + esc(label("title", ruleset.id(), ruleset.version())) + "</title>\n<style>\n" + STYLE
                + "</style>\n</head>\n<body>\n<main>\n" + html(blocks) + "</main>\n</body>\n</html>\n";
    }

    /** The page's style, also what the call report's section relies on. */
    static final String STYLE = """
            body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; margin: 0; color: #1f2933; line-height: 1.45; }
            main { padding: 8px 32px 32px; max-width: 1100px; overflow-wrap: break-word; }
            h1, h2, h3 { color: #0b3d6e; }
            .rules blockquote, main blockquote { margin: 6px 0; padding: 4px 12px; border-left: 4px solid #9fb3c8; font-style: italic; }
            .table-wrap { max-width: 100%; overflow-x: auto; }
            .rules table, main table { border-collapse: collapse; font-size: 13px; }
            .rules th, .rules td, main th, main td { border: 1px solid #d9e2ec; padding: 4px 8px; text-align: left; vertical-align: top; }
            """;

    private static String html(List<Block> blocks) {
        StringBuilder out = new StringBuilder();
        for (Block block : blocks) {
            if (block instanceof Heading h) {
                out.append("<h").append(h.level()).append(h.anchor() == null ? "" : " id=\"" + esc(h.anchor()) + "\"")
                        .append('>').append(esc(h.text())).append("</h").append(h.level()).append(">\n");
            } else if (block instanceof Para p) {
                out.append("<p>").append(esc(p.text())).append("</p>\n");
            } else if (block instanceof Quote q) {
                out.append("<blockquote lang=\"it\">“").append(esc(q.text())).append("”</blockquote>\n");
            } else if (block instanceof Items l) {
                out.append("<ul>\n");
                l.items().forEach(i -> out.append("<li>").append(esc(i.text()))
                        .append(i.link() == null ? "" : "<a href=\"#" + esc(anchor(i.link())) + "\">" + esc(i.link()) + "</a>")
                        .append(esc(i.rest())).append("</li>\n"));
                out.append("</ul>\n");
            } else if (block instanceof Table t) {
                // Wrapped, so that a narrow window scrolls the table rather than the page.
                out.append("<div class=\"table-wrap\">\n<table>\n<thead><tr>");
                t.headers().forEach(h -> out.append("<th scope=\"col\">").append(esc(h)).append("</th>"));
                out.append("</tr></thead>\n<tbody>\n");
                t.rows().forEach(row -> {
                    out.append("<tr>");
                    row.forEach(cell -> out.append("<td>").append(esc(cell)).append("</td>"));
                    out.append("</tr>\n");
                });
                out.append("</tbody>\n</table>\n</div>\n");
            }
        }
        return out.toString();
    }

    /** Text as HTML that shows it as it is, in element content and in quoted attributes. */
    static String esc(String text) {
        StringBuilder s = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '&' -> s.append("&amp;");
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '"' -> s.append("&quot;");
                case '\'' -> s.append("&#39;");
                default -> s.append(ch);
            }
        }
        return s.toString();
    }

    // ---- the difference from a base ----

    /** What a derived ruleset changes: parameters by name, criteria by id, each in its ruleset's order. */
    private record Diff(List<String> changed, List<String> addedParameters, List<String> added,
            List<String> replaced, List<String> neutralised) {

        static Diff of(Ruleset r, Ruleset base) {
            List<String> changed = new ArrayList<>();
            List<String> addedParameters = new ArrayList<>();
            for (String name : new TreeSet<>(r.parameters().values().keySet())) {
                Object was = base.parameters().values().get(name);
                Object is = r.parameters().values().get(name);
                if (was == null) {
                    addedParameters.add(name);
                } else if (!same(was, is)) {
                    changed.add(name);
                }
            }
            List<String> added = new ArrayList<>();
            List<String> replaced = new ArrayList<>();
            List<String> neutralised = new ArrayList<>();
            for (Criterion c : r.criteria()) {
                Optional<Criterion> before = base.criterion(c.id());
                if (before.isEmpty()) {
                    added.add(c.id());
                } else if (c.description().neutralised() && !before.get().description().neutralised()) {
                    neutralised.add(c.id());
                } else if (before.get() != c && before.get().getClass() != c.getClass()) {
                    replaced.add(c.id());
                }
            }
            return new Diff(changed, addedParameters, added, replaced, neutralised);
        }

        private static boolean same(Object a, @Nullable Object b) {
            return a instanceof BigDecimal x && b instanceof BigDecimal y ? x.compareTo(y) == 0 : a.equals(b);
        }
    }
}
