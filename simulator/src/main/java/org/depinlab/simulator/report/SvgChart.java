package org.depinlab.simulator.report;

import java.awt.Rectangle;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * A JFreeChart drawn as an inline {@code <svg>} by Apache Batik's SVG generator, written compactly
 * (presentation attributes, one decimal, no comment, no canvas-wide clip on every element) and
 * deterministically (ids are counters, prefixed with the chart's id so that several charts share a
 * page; attributes in name order). Each hover area becomes a transparent shape with a
 * {@code <title>}, in one {@code <g class="data">} that the browser check reads: a chart without
 * one drew no data.
 */
final class SvgChart {

    static final String NS = "http://www.w3.org/2000/svg";

    /** A region of the drawn chart and the text a reader sees on hovering over it. */
    record Hover(Shape area, String text) {
    }

    private SvgChart() {
    }

    /** Draws {@code chart} at {@code width} x {@code height}; {@code hovers} reads the drawing's entities. */
    static String draw(String id, JFreeChart chart, int width, int height,
                       Function<ChartRenderingInfo, List<Hover>> hovers) {
        Document document = document();
        SVGGeneratorContext context = SVGGeneratorContext.createDefault(document);
        context.setComment(null);
        context.setPrecision(1);
        context.setEmbeddedFontsOn(false);
        SVGGraphics2D g2 = new CanvasGraphics(context, width, height);
        ChartRenderingInfo info = new ChartRenderingInfo();
        chart.draw(g2, new Rectangle(0, 0, width, height), info);
        Element root = g2.getRoot();
        root.setAttribute("id", id);
        root.setAttribute("class", "chart");
        root.setAttribute("viewBox", "0 0 " + width + " " + height);
        Element data = document.createElementNS(NS, "g");
        data.setAttribute("class", "data");
        data.setAttribute("fill", "#000");
        data.setAttribute("fill-opacity", "0");
        data.setAttribute("stroke", "none");
        for (Hover hover : hovers.apply(info)) {
            Rectangle2D box = hover.area().getBounds2D();
            Element rect = document.createElementNS(NS, "rect");
            rect.setAttribute("x", tenths(box.getX()));
            rect.setAttribute("y", tenths(box.getY()));
            rect.setAttribute("width", tenths(Math.max(box.getWidth(), 1)));
            rect.setAttribute("height", tenths(Math.max(box.getHeight(), 1)));
            Element title = document.createElementNS(NS, "title");
            title.setTextContent(hover.text());
            rect.appendChild(title);
            data.appendChild(rect);
        }
        root.appendChild(data);
        StringBuilder svg = new StringBuilder();
        write(root, root, id, svg);
        return svg.toString();
    }

    private static Document document() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().getDOMImplementation().createDocument(NS, "svg", null);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser is not configured", e);
        }
    }

    static String tenths(double value) {
        double rounded = Math.round(value * 10) / 10.0;
        return rounded == Math.rint(rounded) ? Long.toString((long) rounded) : Double.toString(rounded);
    }

    private static void write(Node node, Element root, String id, StringBuilder out) {
        if (node.getNodeType() == Node.TEXT_NODE) {
            out.append(ReportHtml.escape(node.getNodeValue()));
            return;
        }
        if (node.getNodeType() != Node.ELEMENT_NODE) {
            return;
        }
        Element element = (Element) node;
        if (element.getTagName().equals("defs") && !element.hasChildNodes()) {
            return;
        }
        out.append('<').append(element.getTagName());
        if (element == root) {
            // its own namespace, so that the page parses as XHTML and the chart alone as an SVG file
            out.append(" xmlns=\"").append(NS).append('"');
        }
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            out.append(' ').append(attribute.getName()).append("=\"")
                    .append(ReportHtml.escape(attribute(attribute, element == root, id)))
                    .append('"');
        }
        if (!element.hasChildNodes()) {
            out.append("/>\n");
            return;
        }
        out.append('>');
        boolean text = element.getFirstChild().getNodeType() == Node.TEXT_NODE;
        if (!text) {
            out.append('\n');
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            write(child, root, id, out);
        }
        out.append("</").append(element.getTagName()).append(">\n");
    }

    /** An attribute's value, its ids prefixed with the chart's and Java's logical fonts named for a browser. */
    private static String attribute(Attr attribute, boolean root, String id) {
        String name = attribute.getName();
        String value = attribute.getValue();
        if (name.equals("id") && !root) {
            return id + "-" + value;
        }
        if (name.equals("font-family")) {
            return value.toLowerCase(Locale.ROOT).matches("'?(dialog|sansserif)'?") ? "sans-serif" : value;
        }
        return value.replace("url(#", "url(#" + id + "-");
    }

    /**
     * Batik's graphics without the clip to the whole canvas that JFreeChart sets first: it clips
     * nothing, and Batik would repeat it on every element.
     */
    private static final class CanvasGraphics extends SVGGraphics2D {

        private final Rectangle canvas;

        CanvasGraphics(SVGGeneratorContext context, int width, int height) {
            super(context, false);
            this.canvas = new Rectangle(0, 0, width, height);
            setSVGCanvasSize(canvas.getSize());
        }

        @Override
        public void clip(Shape s) {
            if (getClip() == null && s.getBounds2D().contains(canvas)) {
                return;
            }
            super.clip(s);
        }
    }
}
