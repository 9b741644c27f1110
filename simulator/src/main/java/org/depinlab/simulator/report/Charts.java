package org.depinlab.simulator.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.axis.CategoryLabelPosition;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.CategoryLabelWidthType;
import org.jfree.chart.text.TextBlockAnchor;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYAreaRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;

/**
 * Charts as inline SVG: JFreeChart draws, JFreeSVG records the drawing as an {@code <svg>}
 * element. Series keep the order given, so the same data draws the same bytes.
 */
public final class Charts {

    static final int WIDTH = 720;
    static final int HEIGHT = 300;
    /** The height slanted category names of up to about 25 characters take below a bar chart. */
    private static final int SLANTED_LABELS = 110;

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private Charts() {
    }

    /** Lines over a shared x axis; NaN values leave gaps. */
    public static String lines(String id, String title, String xLabel, String yLabel, double[] x, Map<String, double[]> series) {
        XYSeriesCollection data = new XYSeriesCollection();
        series.forEach((name, values) -> {
            XYSeries s = new XYSeries(name, false, true);
            for (int i = 0; i < x.length; i++) {
                s.add(x[i], Double.isFinite(values[i]) ? values[i] : null);
            }
            data.addSeries(s);
        });
        JFreeChart chart = ChartFactory.createXYLineChart(title, xLabel, yLabel, data, PlotOrientation.VERTICAL,
                series.size() > 1, false, false);
        XYPlot plot = chart.getXYPlot();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        // one path per series, not one element per segment
        renderer.setDrawSeriesLineAsPath(true);
        for (int i = 0; i < series.size(); i++) {
            renderer.setSeriesStroke(i, new BasicStroke(1.5f));
        }
        plot.setRenderer(renderer);
        return svg(id, chart);
    }

    /**
     * Areas stacked over a shared x axis, one per series in the order given (the first at the
     * bottom), each in its paint; a NaN value stacks as 0. Each band is drawn as the area under the
     * running total up to it, the tallest first, so every series is one polygon however many points.
     */
    public static String stackedArea(String id, String title, String xLabel, String yLabel, double[] x,
                                     Map<String, double[]> series, List<? extends Paint> paints) {
        XYSeriesCollection data = new XYSeriesCollection();
        double[] total = new double[x.length];
        series.forEach((name, values) -> {
            XYSeries s = new XYSeries(name, false, true);
            for (int i = 0; i < x.length; i++) {
                total[i] += Double.isFinite(values[i]) ? values[i] : 0;
                s.add(x[i], total[i]);
            }
            data.addSeries(s);
        });
        JFreeChart chart = ChartFactory.createXYAreaChart(title, xLabel, yLabel, data, PlotOrientation.VERTICAL,
                true, false, false);
        XYAreaRenderer renderer = new XYAreaRenderer(XYAreaRenderer.AREA);
        for (int i = 0; i < paints.size(); i++) {
            renderer.setSeriesPaint(i, paints.get(i));
        }
        XYPlot plot = chart.getXYPlot();
        plot.setRenderer(renderer);
        plot.setSeriesRenderingOrder(SeriesRenderingOrder.REVERSE);
        plot.setForegroundAlpha(1f);
        return svg(id, chart);
    }

    /** Lorenz curves: cumulative share of holders (x) against cumulative share of the total (y). */
    public static String lorenz(String id, String title, Map<String, double[][]> curves) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYSeries equality = new XYSeries("equality", false, true);
        equality.add(0, 0);
        equality.add(1, 1);
        data.addSeries(equality);
        curves.forEach((name, points) -> {
            XYSeries s = new XYSeries(name, false, true);
            for (int i = 0; i < points[0].length; i++) {
                s.add(points[0][i], points[1][i]);
            }
            data.addSeries(s);
        });
        JFreeChart chart = ChartFactory.createXYLineChart(title, "share of operators (poorest first)",
                "share of the total", data, PlotOrientation.VERTICAL, true, false, false);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setDrawSeriesLineAsPath(true);
        renderer.setSeriesPaint(0, Color.GRAY);
        chart.getXYPlot().setRenderer(renderer);
        return svg(id, chart);
    }

    /** Grouped bars: one group per category, one bar per series. */
    public static String bars(String id, String title, String categoryLabel, String valueLabel, List<String> categories,
                       Map<String, double[]> series) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        series.forEach((name, values) -> {
            for (int i = 0; i < categories.size(); i++) {
                data.addValue(values[i], name, categories.get(i));
            }
        });
        JFreeChart chart = ChartFactory.createBarChart(title, categoryLabel, valueLabel, data, PlotOrientation.VERTICAL,
                true, false, false);
        if (categories.size() <= 6) {
            return svg(id, chart);
        }
        // many long names side by side overlap: slant them at their full length (UP_45 cuts them at half
        // the plot's height) and give the chart the height they take
        chart.getCategoryPlot().getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.replaceBottomPosition(
                CategoryLabelPositions.UP_45, new CategoryLabelPosition(RectangleAnchor.TOP,
                        TextBlockAnchor.TOP_RIGHT, TextAnchor.TOP_RIGHT, -Math.PI / 4,
                        CategoryLabelWidthType.RANGE, 1.0f)));
        return svg(id, chart, HEIGHT + SLANTED_LABELS);
    }

    private static String tenths(double value) {
        double rounded = Math.round(value * 10) / 10.0;
        return rounded == Math.rint(rounded) ? Long.toString((long) rounded) : Double.toString(rounded);
    }

    /** {@code id} prefixes the SVG's internal ids (JFreeSVG's default uses the clock). */
    /**
     * Points with 95 % intervals in x and y (e.g. a sweep's points: mean throughput against mean
     * Gini), one series per label.
     *
     * @param series label → rows of {x, xLow, xHigh, y, yLow, yHigh}; NaN bounds draw no bar
     */
    public static String intervals(String id, String title, String xLabel, String yLabel,
                                   Map<String, List<double[]>> series) {
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        series.forEach((name, rows) -> {
            XYIntervalSeries s = new XYIntervalSeries(name, false, true);
            for (double[] row : rows) {
                s.add(row[0], orSelf(row[1], row[0]), orSelf(row[2], row[0]), row[3], orSelf(row[4], row[3]),
                        orSelf(row[5], row[3]));
            }
            data.addSeries(s);
        });
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDefaultShapesVisible(true);
        renderer.setDefaultLinesVisible(series.size() == 1 || series.values().stream().allMatch(r -> r.size() > 1));
        XYPlot plot = new XYPlot(data, new NumberAxis(xLabel), new NumberAxis(yLabel), renderer);
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
        ((NumberAxis) plot.getDomainAxis()).setAutoRangeIncludesZero(false);
        return svg(id, new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, series.size() > 1));
    }

    /**
     * A forest plot: each labelled estimate a point with its 95 % interval on the value axis, one row
     * per label, one marker per series, and a line at 0.
     *
     * @param series name → rows of {mean, low, high}, one per label (NaN bounds draw no bar)
     */
    public static String forest(String id, String title, String valueLabel, List<String> labels,
                                Map<String, List<double[]>> series) {
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        int s = 0;
        for (Map.Entry<String, List<double[]>> named : series.entrySet()) {
            XYIntervalSeries points = new XYIntervalSeries(named.getKey(), false, true);
            double offset = series.size() == 1 ? 0 : 0.3 * (s - (series.size() - 1) / 2.0) / series.size();
            for (int i = 0; i < named.getValue().size(); i++) {
                double[] row = named.getValue().get(i);
                double y = labels.size() - 1 - i + offset;
                points.add(row[0], orSelf(row[1], row[0]), orSelf(row[2], row[0]), y, y, y);
            }
            data.addSeries(points);
            s++;
        }
        List<String> reversed = new ArrayList<>(labels);
        Collections.reverse(reversed);
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDrawYError(false);
        renderer.setDefaultShapesVisible(true);
        renderer.setDefaultLinesVisible(false);
        XYPlot plot = new XYPlot(data, new NumberAxis(valueLabel), new SymbolAxis(null, reversed.toArray(String[]::new)),
                renderer);
        plot.addDomainMarker(new ValueMarker(0, Color.GRAY, new BasicStroke(1f)));
        ((NumberAxis) plot.getDomainAxis()).setAutoRangeIncludesZero(true);
        return svg(id, new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, series.size() > 1),
                Math.max(HEIGHT, 90 + 28 * labels.size()));
    }

    private static double orSelf(double bound, double value) {
        return Double.isFinite(bound) ? bound : value;
    }

    private static String svg(String id, JFreeChart chart) {
        return svg(id, chart, HEIGHT);
    }

    private static String svg(String id, JFreeChart chart, int height) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.getPlot().setBackgroundPaint(new Color(0xF7, 0xF7, 0xF7));
        SVGGraphics2D g2 = new SVGGraphics2D(WIDTH, height);
        g2.setDefsKeyPrefix(id);
        // a tenth of a pixel is finer than any screen shows, and keeps a 720-epoch report small
        g2.setGeomDoubleConverter(Charts::tenths);
        chart.draw(g2, new Rectangle(0, 0, WIDTH, height));
        return g2.getSVGElement(id);
    }
}
