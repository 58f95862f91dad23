package it.esibe.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Where Chromium drew a page: the box of every element and text it laid out, read from a DevTools
 * layout snapshot ({@code DOMSnapshot.captureSnapshot}), and the checks a reader would make by eye
 * on the call report: chart texts that overlap each other or a threshold line or are cut at the
 * chart's edge, and anything that leaves the page or its card.
 *
 * <p>The boxes are the browser's, from the fonts it really used, not an estimate: the checks hold
 * for what a reader sees in this browser.
 */
final class PageLayout {

    /** Sub-pixel differences are rounding, not overlap. */
    private static final double EPS = 0.5;

    /** A rectangle in CSS pixels of the page. */
    record Box(double x, double y, double w, double h) {
        double right() {
            return x + w;
        }

        double bottom() {
            return y + h;
        }

        boolean empty() {
            return w <= 0 && h <= 0;
        }

        boolean overlaps(Box o) {
            return x < o.right() - EPS && o.x < right() - EPS && y < o.bottom() - EPS && o.y < bottom() - EPS;
        }

        boolean containsHorizontally(Box o) {
            return o.x >= x - EPS && o.right() <= right() + EPS;
        }

        boolean contains(Box o) {
            return containsHorizontally(o) && o.y >= y - EPS && o.bottom() <= bottom() + EPS;
        }

        Box union(Box o) {
            double nx = Math.min(x, o.x);
            double ny = Math.min(y, o.y);
            return new Box(nx, ny, Math.max(right(), o.right()) - nx, Math.max(bottom(), o.bottom()) - ny);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "[x %.1f–%.1f, y %.1f–%.1f]", x, right(), y, bottom());
        }
    }

    private final String[] names;
    private final int[] parents;
    private final List<Map<String, String>> attributes;
    private final String[] values;
    private final Map<Integer, Box> boxes = new HashMap<>();
    private final Map<Integer, String> overflowX = new HashMap<>();
    private final double viewportWidth;
    private final double contentWidth;

    private PageLayout(JsonNode snapshot, double viewportWidth) {
        JsonNode strings = snapshot.get("strings");
        JsonNode doc = snapshot.get("documents").get(0);
        JsonNode nodes = doc.get("nodes");
        int n = nodes.get("parentIndex").size();
        names = new String[n];
        parents = new int[n];
        values = new String[n];
        attributes = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            names[i] = string(strings, nodes.get("nodeName").get(i)).toLowerCase(Locale.ROOT);
            parents[i] = nodes.get("parentIndex").get(i).asInt();
            values[i] = string(strings, nodes.get("nodeValue").get(i));
            Map<String, String> attrs = new HashMap<>();
            JsonNode flat = nodes.get("attributes").get(i);
            for (int a = 0; a + 1 < flat.size(); a += 2) {
                attrs.put(string(strings, flat.get(a)), string(strings, flat.get(a + 1)));
            }
            attributes.add(attrs);
        }
        JsonNode layout = doc.get("layout");
        for (int k = 0; k < layout.get("nodeIndex").size(); k++) {
            int node = layout.get("nodeIndex").get(k).asInt();
            JsonNode b = layout.get("bounds").get(k);
            Box box = new Box(b.get(0).asDouble(), b.get(1).asDouble(), b.get(2).asDouble(), b.get(3).asDouble());
            // An element split across lines has one layout object per piece: its box is their union.
            boxes.merge(node, box, Box::union);
            JsonNode style = layout.get("styles").get(k);
            if (style.size() > 0) {
                overflowX.put(node, string(strings, style.get(0)));
            }
        }
        this.viewportWidth = viewportWidth;
        this.contentWidth = doc.get("contentWidth").asDouble();
    }

    /** The snapshot's string at {@code index}; -1 stands for none (a boolean attribute's value). */
    private static String string(JsonNode strings, JsonNode index) {
        int i = index.asInt();
        return i < 0 ? "" : strings.get(i).asText();
    }

    /** The layout in {@code snapshot}, seen in a viewport {@code viewportWidth} CSS pixels wide (scroll bar excluded). */
    static PageLayout of(JsonNode snapshot, double viewportWidth) {
        return new PageLayout(snapshot, viewportWidth);
    }

    /** The box of the element with this {@code id}, if it was laid out. */
    @Nullable Box boxOf(String id) {
        for (int i = 0; i < names.length; i++) {
            if (id.equals(attributes.get(i).get("id"))) {
                return boxes.get(i);
            }
        }
        return null;
    }

    /** How many SVG charts the page lays out. */
    long charts() {
        return java.util.stream.IntStream.range(0, names.length).filter(i -> names[i].equals("svg") && boxes.containsKey(i))
                .count();
    }

    /**
     * One text drawn in a chart.
     *
     * @param text what it shows (without its tooltip)
     * @param cssClass its {@code class} attribute
     * @param box where it was drawn
     */
    record ChartText(String text, String cssClass, Box box) {
    }

    /** Every text drawn in the page's SVG charts. */
    List<ChartText> chartTexts() {
        List<ChartText> texts = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            Box box = boxes.get(i);
            if (names[i].equals("text") && box != null && ancestorNamed(i, "svg") >= 0) {
                texts.add(new ChartText(text(i), attributes.get(i).getOrDefault("class", ""), box));
            }
        }
        return texts;
    }

    /**
     * What a reader of the charts would stumble on: in each SVG, a text whose box overlaps another
     * text's, or a line's (a threshold, an axis, a grid line, or the box of a plotted line), or that
     * the SVG cuts off.
     */
    List<String> chartProblems() {
        List<String> problems = new ArrayList<>();
        for (int svg = 0; svg < names.length; svg++) {
            Box chart = boxes.get(svg);
            if (!names[svg].equals("svg") || chart == null) {
                continue;
            }
            List<Integer> texts = new ArrayList<>();
            List<Integer> lines = new ArrayList<>();
            for (int i = 0; i < names.length; i++) {
                if (boxes.containsKey(i) && !boxes.get(i).empty() && hasAncestor(i, svg)) {
                    if (names[i].equals("text")) {
                        texts.add(i);
                    } else if (names[i].equals("line") || names[i].equals("path") || names[i].equals("polyline")) {
                        // A plotted line counts by its whole box: no text may lie anywhere in its span.
                        lines.add(i);
                    }
                }
            }
            String where = chartName(svg);
            for (int a = 0; a < texts.size(); a++) {
                Box box = boxes.get(texts.get(a));
                if (!chart.contains(box)) {
                    problems.add(where + ": \"" + text(texts.get(a)) + "\" " + box + " is cut off by the chart's edge "
                            + chart);
                }
                for (int b = a + 1; b < texts.size(); b++) {
                    if (box.overlaps(boxes.get(texts.get(b)))) {
                        problems.add(where + ": \"" + text(texts.get(a)) + "\" " + box + " overlaps \""
                                + text(texts.get(b)) + "\" " + boxes.get(texts.get(b)));
                    }
                }
                for (int line : lines) {
                    if (box.overlaps(boxes.get(line))) {
                        problems.add(where + ": \"" + text(texts.get(a)) + "\" " + box + " crosses the line "
                                + boxes.get(line));
                    }
                }
            }
        }
        return problems;
    }

    /**
     * What leaves the page or its card: the page scrolling sideways; any element or text (not
     * inside a scrolling or clipping box, such as a table's scroll wrapper or an SVG, which are
     * checked themselves) reaching past the viewport's width or past the {@code <section>} it sits in.
     */
    List<String> widthProblems() {
        List<String> problems = new ArrayList<>();
        if (contentWidth > viewportWidth + EPS) {
            problems.add(String.format(Locale.ROOT, "the page is %.0f px wide, wider than the window's %.0f px: it"
                    + " scrolls sideways", contentWidth, viewportWidth));
        }
        Box page = new Box(0, 0, viewportWidth, Double.MAX_VALUE);
        // Only the outermost element that leaves is named: its contents leave with it.
        Set<Integer> named = new HashSet<>();
        for (int i = 0; i < names.length; i++) {
            Box box = boxes.get(i);
            // The document's box is the window, scroll bar included.
            if (box == null || box.empty() || names[i].equals("#document") || clipped(i) || hasAncestorIn(i, named)) {
                continue;
            }
            if (!page.containsHorizontally(box)) {
                problems.add(describe(i) + " " + box + " leaves the page (0–" + Math.round(viewportWidth) + ")");
                named.add(i);
            }
            int card = ancestorNamed(i, "section");
            if (card >= 0 && !boxes.get(card).containsHorizontally(box)) {
                problems.add(describe(i) + " " + box + " runs past its card " + describe(card) + " " + boxes.get(card));
                named.add(i);
            }
        }
        return problems;
    }

    /** Whether an ancestor clips or scrolls {@code node}'s overflow, so that it cannot leave the ancestor. */
    private boolean clipped(int node) {
        for (int p = parents[node]; p >= 0; p = parents[p]) {
            String overflow = overflowX.get(p);
            if (overflow != null && !overflow.equals("visible")) {
                return true;
            }
        }
        return false;
    }

    private boolean hasAncestorIn(int node, Set<Integer> ancestors) {
        for (int p = parents[node]; p >= 0; p = parents[p]) {
            if (ancestors.contains(p)) {
                return true;
            }
        }
        return false;
    }

    private boolean hasAncestor(int node, int ancestor) {
        for (int p = parents[node]; p >= 0; p = parents[p]) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    private int ancestorNamed(int node, String name) {
        for (int p = parents[node]; p >= 0; p = parents[p]) {
            if (names[p].equals(name)) {
                return p;
            }
        }
        return -1;
    }

    private String chartName(int svg) {
        for (int i = 0; i < names.length; i++) {
            if (parents[i] == svg && names[i].equals("title")) {
                return "chart \"" + text(i) + "\"";
            }
        }
        return "chart";
    }

    /** The text drawn by an element: its own text children, not those of a tooltip ({@code <title>}) inside it. */
    private String text(int element) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < names.length; i++) {
            if (parents[i] == element && names[i].equals("#text")) {
                s.append(values[i]);
            }
        }
        return s.toString().strip();
    }

    private String describe(int node) {
        if (names[node].equals("#text")) {
            String t = values[node].strip();
            return "text \"" + (t.length() > 40 ? t.substring(0, 39) + "…" : t) + "\" in " + describe(parents[node]);
        }
        Map<String, String> a = attributes.get(node);
        String name = "<" + names[node];
        if (a.containsKey("id")) {
            name += " id=\"" + a.get("id") + "\"";
        } else if (a.containsKey("class")) {
            name += " class=\"" + a.get("class") + "\"";
        }
        return name + ">";
    }
}
