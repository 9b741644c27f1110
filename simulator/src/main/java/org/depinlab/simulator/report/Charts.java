package org.depinlab.simulator.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.CategoryLabelPosition;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.CategoryLabelWidthType;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.entity.CategoryItemEntity;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.entity.XYItemEntity;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYAreaRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.text.TextBlockAnchor;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Charts as inline SVG ({@link SvgChart}): JFreeChart draws in Okabe-Ito colours ({@link Palette}) on
 * white, every value shows on hovering, an axis starts at zero only where the data do, values that
 * span decades get a log axis, and a chart with nothing to draw (no values, all zero, or one
 * constant) is a sentence saying so instead. Series keep the order given, so the same data draws
 * the same bytes.
 */
public final class Charts {

    static final int WIDTH = 720;
    static final int HEIGHT = 300;
    /** The height slanted category names of up to about 25 characters take below a bar chart. */
    private static final int SLANTED_LABELS = 110;
    /** The most hover regions a line chart gets across its x axis (a 720-epoch run would get 720). */
    private static final int HOVER_COLUMNS = 120;
    /** The most hover points a curve of many points (a Lorenz curve of thousands of operators) gets. */
    private static final int HOVER_POINTS = 60;
    /** The most point labels an interval chart draws beside its points; beyond, they show on hover only. */
    private static final int MAX_LABELS = 12;
    /** Positive values whose largest is this many times the smallest get a log axis. */
    private static final double DECADES = 100;

    static {
        System.setProperty("java.awt.headless", "true");
        // JFreeChart's workaround draws rotated text (axis labels, slanted categories) as a TextLayout, which
        // an SVG generator can only record as glyph outlines: kilobytes per label, and no text to select
        TextUtils.setUseDrawRotatedStringWorkaround(false);
    }

    /**
     * How an interval chart draws its points besides the means and intervals.
     *
     * @param replications per series, the individual replications' {x, y}, drawn as small grey dots
     * @param labels       per series, a label per point in the series' order (empty: none), drawn beside
     *                     the points when there are at most 12 in all, and shown on hovering
     * @param logX         whether the x axis is logarithmic (for log-spaced parameters)
     */
    public record IntervalStyle(Map<String, List<double[]>> replications, Map<String, List<String>> labels,
                                boolean logX) {

        public static final IntervalStyle PLAIN = new IntervalStyle(Map.of(), Map.of(), false);
    }

    private Charts() {
    }

    /** Lines over a shared x axis; NaN values leave gaps. A line equal to an earlier one is dashed over it. */
    public static String lines(String id, String title, String xLabel, String yLabel, double[] x, Map<String, double[]> series) {
        String empty = nothingToDraw(title, yLabel, series.values());
        if (empty != null) {
            return empty;
        }
        XYSeriesCollection data = new XYSeriesCollection();
        List<double[]> drawn = new ArrayList<>();
        List<Integer> sameAs = new ArrayList<>();
        List<String> names = new ArrayList<>(series.keySet());
        series.forEach((name, values) -> {
            int earlier = firstEqual(drawn, values);
            sameAs.add(earlier);
            XYSeries s = new XYSeries(earlier < 0 ? name : name + " (= " + names.get(earlier) + ")", false, true);
            for (int i = 0; i < x.length; i++) {
                s.add(x[i], Double.isFinite(values[i]) ? values[i] : null);
            }
            data.addSeries(s);
            drawn.add(values);
        });
        JFreeChart chart = ChartFactory.createXYLineChart(title, xLabel, yLabel, data, PlotOrientation.VERTICAL,
                series.size() > 1, false, false);
        XYPlot plot = chart.getXYPlot();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        // one path per series, not one element per segment
        renderer.setDrawSeriesLineAsPath(true);
        int dashes = 0;
        for (int i = 0; i < series.size(); i++) {
            renderer.setSeriesPaint(i, Palette.colour(i));
            renderer.setSeriesStroke(i, sameAs.get(i) < 0 ? Palette.solid(1.5f) : Palette.dashed(dashes++, 2f));
        }
        plot.setRenderer(renderer);
        // drawn in order, so a dashed line lies on the line it equals
        plot.setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD);
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
        return svg(id, chart, HEIGHT, info -> columns(info, plot, xLabel, x, names, List.copyOf(series.values())));
    }

    /**
     * Areas stacked over a shared x axis, one per series in the order given (the first at the
     * bottom), each in its paint; a NaN value stacks as 0. Each band is drawn as the area under the
     * running total up to it, the tallest first, so every series is one polygon however many points.
     */
    public static String stackedArea(String id, String title, String xLabel, String yLabel, double[] x,
                                     Map<String, double[]> series, List<? extends Paint> paints) {
        String empty = nothingToDraw(title, yLabel, series.values());
        if (empty != null) {
            return empty;
        }
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
        return svg(id, chart, HEIGHT, info -> columns(info, plot, xLabel, x, List.copyOf(series.keySet()),
                List.copyOf(series.values())));
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
        renderer.setSeriesPaint(0, Palette.NEUTRAL);
        renderer.setSeriesStroke(0, Palette.dashed(0, 1f));
        for (int i = 1; i <= curves.size(); i++) {
            renderer.setSeriesPaint(i, Palette.colour(i - 1));
            renderer.setSeriesStroke(i, Palette.solid(1.5f));
        }
        chart.getXYPlot().setRenderer(renderer);
        return svg(id, chart, HEIGHT, info -> points(info, data, "share of operators", "share of the total", 1));
    }

    /**
     * Grouped bars: one group per category, one bar per series. Positive values spanning more than
     * two decades get a log axis (a bar of 0 is then not drawn, and its hover says 0).
     */
    public static String bars(String id, String title, String categoryLabel, String valueLabel, List<String> categories,
                       Map<String, double[]> series) {
        String empty = nothingToDraw(title, valueLabel, series.values());
        if (empty != null) {
            return empty;
        }
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        series.forEach((name, values) -> {
            for (int i = 0; i < categories.size(); i++) {
                data.addValue(values[i], name, categories.get(i));
            }
        });
        boolean log = spansDecades(series.values());
        boolean zeros = series.values().stream().flatMap(v -> Arrays.stream(v).boxed()).anyMatch(v -> v == 0);
        String axisLabel = !log ? valueLabel : valueLabel + (zeros ? " (log scale; 0 not drawn)" : " (log scale)");
        JFreeChart chart = ChartFactory.createBarChart(title, categoryLabel, axisLabel, data, PlotOrientation.VERTICAL, series.size() > 1, false, false);
        CategoryPlot plot = chart.getCategoryPlot();
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        for (int i = 0; i < series.size(); i++) {
            renderer.setSeriesPaint(i, Palette.colour(i));
        }
        if (log) {
            plot.setRangeAxis(logAxis(plot.getRangeAxis().getLabel(), series.values()));
        }
        int height = HEIGHT;
        if (categories.size() > 6) {
            // many long names side by side overlap: slant them at their full length (UP_45 cuts them at half
            // the plot's height) and give the chart the height they take
            plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.replaceBottomPosition(
                    CategoryLabelPositions.UP_45, new CategoryLabelPosition(RectangleAnchor.TOP,
                            TextBlockAnchor.TOP_RIGHT, TextAnchor.TOP_RIGHT, -Math.PI / 4,
                            CategoryLabelWidthType.RANGE, 1.0f)));
            height += SLANTED_LABELS;
        }
        return svg(id, chart, height, info -> {
            List<SvgChart.Hover> hovers = new ArrayList<>();
            for (Object entity : info.getEntityCollection().getEntities()) {
                if (entity instanceof CategoryItemEntity bar) {
                    hovers.add(new SvgChart.Hover(bar.getArea(), bar.getColumnKey() + ", " + bar.getRowKey() + ": "
                            + NumberText.of(data.getValue(bar.getRowKey(), bar.getColumnKey()).doubleValue()) + " "
                            + valueLabel));
                }
            }
            return hovers;
        });
    }

    /**
     * Points with 95 % intervals in x and y (e.g. a sweep's points: mean throughput against mean
     * Gini), one series per label.
     *
     * @param series label → rows of {x, xLow, xHigh, y, yLow, yHigh}; NaN bounds draw no bar
     */
    public static String intervals(String id, String title, String xLabel, String yLabel,
                                   Map<String, List<double[]>> series) {
        return intervals(id, title, xLabel, yLabel, series, IntervalStyle.PLAIN);
    }

    /** {@link #intervals(String, String, String, String, Map)} with replications, point labels and a log x axis. */
    public static String intervals(String id, String title, String xLabel, String yLabel,
                                   Map<String, List<double[]>> series, IntervalStyle style) {
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
        renderer.setErrorPaint(null);
        for (int i = 0; i < series.size(); i++) {
            renderer.setSeriesPaint(i, Palette.colour(i));
            renderer.setSeriesStroke(i, Palette.solid(1.5f));
        }
        ValueAxis xAxis = style.logX() ? logAxis(xLabel + " (log scale)", xValues(series)) : new NumberAxis(xLabel);
        XYPlot plot = new XYPlot(data, xAxis, new NumberAxis(yLabel), renderer);
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
        if (xAxis instanceof NumberAxis numbers) {
            numbers.setAutoRangeIncludesZero(false);
        }
        if (!style.replications().isEmpty()) {
            XYSeriesCollection dots = new XYSeriesCollection();
            style.replications().forEach((name, points) -> {
                XYSeries s = new XYSeries(name + ", replications", false, true);
                points.stream().filter(p -> Double.isFinite(p[0]) && Double.isFinite(p[1])).forEach(p -> s.add(p[0], p[1]));
                dots.addSeries(s);
            });
            XYLineAndShapeRenderer dotRenderer = new XYLineAndShapeRenderer(false, true);
            for (int i = 0; i < dots.getSeriesCount(); i++) {
                dotRenderer.setSeriesPaint(i, Palette.NEUTRAL);
                dotRenderer.setSeriesShape(i, new Rectangle2D.Double(-1.5, -1.5, 3, 3));
            }
            dotRenderer.setDefaultSeriesVisibleInLegend(false);
            plot.setDataset(1, dots);
            plot.setRenderer(1, dotRenderer);
        }
        int labelled = style.labels().values().stream().mapToInt(List::size).sum();
        style.labels().forEach((name, labels) -> {
            List<double[]> rows = series.get(name);
            for (int i = 0; labelled <= MAX_LABELS && i < labels.size() && rows != null && i < rows.size(); i++) {
                XYTextAnnotation label = new XYTextAnnotation("  " + labels.get(i), rows.get(i)[0], rows.get(i)[3]);
                label.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
                label.setTextAnchor(TextAnchor.BOTTOM_LEFT);
                plot.addAnnotation(label);
            }
        });
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, series.size() > 1);
        return svg(id, chart, HEIGHT, info -> {
            List<SvgChart.Hover> hovers = new ArrayList<>();
            for (Object entity : info.getEntityCollection().getEntities()) {
                if (entity instanceof XYItemEntity item && item.getDataset() == data) {
                    int s = item.getSeriesIndex();
                    int i = item.getItem();
                    String label = style.labels().getOrDefault(data.getSeriesKey(s).toString(), List.of()).size() > i
                            ? style.labels().get(data.getSeriesKey(s).toString()).get(i) + ": " : "";
                    hovers.add(new SvgChart.Hover(item.getArea(), data.getSeriesKey(s) + ", " + label + xLabel + " "
                            + interval(data.getXValue(s, i), data.getStartXValue(s, i), data.getEndXValue(s, i)) + ", "
                            + yLabel + " " + interval(data.getYValue(s, i), data.getStartYValue(s, i),
                            data.getEndYValue(s, i))));
                }
            }
            return hovers;
        });
    }

    /** Whether positive values are spread evenly on a log scale rather than a linear one (e.g. 0.01, 0.1, 1). */
    public static boolean logSpaced(double[] values) {
        double[] distinct = Arrays.stream(values).filter(Double::isFinite).distinct().sorted().toArray();
        if (distinct.length < 3 || distinct[0] <= 0 || distinct[distinct.length - 1] / distinct[0] < 10) {
            return false;
        }
        double[] steps = new double[distinct.length - 1];
        double[] ratios = new double[distinct.length - 1];
        for (int i = 1; i < distinct.length; i++) {
            steps[i - 1] = distinct[i] - distinct[i - 1];
            ratios[i - 1] = Math.log(distinct[i] / distinct[i - 1]);
        }
        return spread(ratios) < spread(steps);
    }

    private static double spread(double[] values) {
        double mean = Arrays.stream(values).average().orElse(0);
        return Math.sqrt(Arrays.stream(values).map(v -> (v - mean) * (v - mean)).average().orElse(0)) / mean;
    }

    private static String interval(double value, double low, double high) {
        return low == value && high == value ? NumberText.of(value)
                : NumberText.of(value) + " [" + NumberText.of(low) + ", " + NumberText.of(high) + "]";
    }

    /**
     * A sentence instead of a chart when there is nothing to read from one: no value at all, every
     * value 0, or one value throughout; null when there is.
     */
    static String nothingToDraw(String title, String unit, Iterable<double[]> series) {
        double first = Double.NaN;
        boolean varies = false;
        for (double[] values : series) {
            for (double v : values) {
                if (Double.isFinite(v)) {
                    varies |= Double.isFinite(first) && v != first;
                    first = Double.isFinite(first) ? first : v;
                }
            }
        }
        if (varies) {
            return null;
        }
        String what = Double.isNaN(first) ? "no data in this run."
                : first == 0 ? "0 throughout (nothing to draw)."
                : "constant at " + NumberText.of(first) + " " + unit + " (nothing to draw).";
        return "<p class=\"no-data\"><b>" + ReportHtml.escape(title) + "</b>: " + ReportHtml.escape(what) + "</p>\n";
    }

    private static boolean spansDecades(Iterable<double[]> series) {
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        for (double[] values : series) {
            for (double v : values) {
                if (Double.isFinite(v) && v > 0) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        return max / min >= DECADES;
    }

    private static LogAxis logAxis(String label, Iterable<double[]> series) {
        double min = Double.POSITIVE_INFINITY;
        for (double[] values : series) {
            for (double v : values) {
                if (Double.isFinite(v) && v > 0) {
                    min = Math.min(min, v);
                }
            }
        }
        LogAxis axis = new PlainLogAxis(label);
        axis.setSmallestValue(min / 2);
        return axis;
    }

    /** A log axis whose tick labels are plain text ("1,000"), not the attributed "10^3" an SVG could only outline. */
    private static final class PlainLogAxis extends LogAxis {

        private static final double[] DECADE = {1};
        private static final double[] STEPS = {1, 2, 5};

        PlainLogAxis(String label) {
            super(label);
        }

        @Override
        public List refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
            List<ValueTick> logTicks = new ArrayList<>();
            for (Object tick : super.refreshTicks(g2, state, dataArea, edge)) {
                logTicks.add((ValueTick) tick);
            }
            // powers of ten, or 1, 2 and 5 times them where fewer than three powers show
            boolean decadesOnly = logTicks.stream().filter(t -> t.getTickType() == TickType.MAJOR
                    && nice(t.getValue(), DECADE) != null).count() >= 3;
            List<NumberTick> ticks = new ArrayList<>();
            for (ValueTick log : logTicks) {
                Double nice = log.getTickType() == TickType.MAJOR ? nice(log.getValue(), decadesOnly ? DECADE : STEPS)
                        : null;
                ticks.add(new NumberTick(log.getTickType(), log.getValue(), nice == null ? "" : NumberText.of(nice),
                        log.getTextAnchor(), log.getRotationAnchor(), log.getAngle()));
            }
            return ticks;
        }

        /** The value of {@code steps} times a power of ten within 1 % of {@code value}, or null. */
        private static Double nice(double value, double[] steps) {
            double power = Math.pow(10, Math.floor(Math.log10(value) + 1e-9));
            for (double step : steps) {
                if (Math.abs(value / (step * power) - 1) < 0.01) {
                    return step * power;
                }
            }
            return null;
        }
    }

    private static List<double[]> xValues(Map<String, List<double[]>> series) {
        List<double[]> xs = new ArrayList<>();
        series.values().forEach(rows -> xs.add(rows.stream().mapToDouble(row -> row[0]).toArray()));
        return xs;
    }

    /** The index of the first of {@code earlier} equal to {@code values} at every point, or -1. */
    private static int firstEqual(List<double[]> earlier, double[] values) {
        for (int i = 0; i < earlier.size(); i++) {
            if (Arrays.equals(earlier.get(i), values)) {
                return i;
            }
        }
        return -1;
    }

    /** Hover columns across a line chart's plot: each names the x and every series' value there. */
    private static List<SvgChart.Hover> columns(ChartRenderingInfo info, XYPlot plot, String xLabel, double[] x,
                                                List<String> names, List<double[]> values) {
        Rectangle2D area = info.getPlotInfo().getDataArea();
        int step = Math.max(1, (x.length + HOVER_COLUMNS - 1) / HOVER_COLUMNS);
        List<Integer> shown = new ArrayList<>();
        for (int i = 0; i < x.length; i += step) {
            shown.add(i);
        }
        double[] px = shown.stream().mapToDouble(i -> plot.getDomainAxis().valueToJava2D(x[i], area,
                plot.getDomainAxisEdge())).toArray();
        List<SvgChart.Hover> hovers = new ArrayList<>();
        for (int k = 0; k < px.length; k++) {
            double left = Math.max(area.getMinX(), k == 0 ? area.getMinX() : (px[k - 1] + px[k]) / 2);
            double right = Math.min(area.getMaxX(), k == px.length - 1 ? area.getMaxX() : (px[k] + px[k + 1]) / 2);
            int i = shown.get(k);
            StringBuilder text = new StringBuilder(xLabel).append(' ').append(NumberText.of(x[i]));
            for (int s = 0; s < names.size(); s++) {
                text.append(s == 0 ? ": " : "; ").append(names.get(s)).append(' ').append(NumberText.of(values.get(s)[i]));
            }
            if (right > left) {
                hovers.add(new SvgChart.Hover(new Rectangle2D.Double(left, area.getMinY(), right - left,
                        area.getHeight()), text.toString()));
            }
        }
        return hovers;
    }

    /** Hover points on the curves of an XY chart, at most {@value #HOVER_POINTS} a series, from series {@code from}. */
    private static List<SvgChart.Hover> points(ChartRenderingInfo info, XYSeriesCollection data, String xLabel,
                                               String yLabel, int from) {
        List<SvgChart.Hover> hovers = new ArrayList<>();
        for (Object entity : info.getEntityCollection().getEntities()) {
            if (entity instanceof XYItemEntity item && item.getSeriesIndex() >= from) {
                int s = item.getSeriesIndex();
                int n = data.getItemCount(s);
                int step = Math.max(1, (n + HOVER_POINTS - 1) / HOVER_POINTS);
                if (item.getItem() % step == 0 || item.getItem() == n - 1) {
                    hovers.add(new SvgChart.Hover(item.getArea(), data.getSeriesKey(s) + ": " + xLabel + " "
                            + NumberText.of(data.getXValue(s, item.getItem())) + ", " + yLabel + " "
                            + NumberText.of(data.getYValue(s, item.getItem()))));
                }
            }
        }
        return hovers;
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
        for (int i = 0; i < series.size(); i++) {
            renderer.setSeriesPaint(i, Palette.colour(i));
        }
        XYPlot plot = new XYPlot(data, new NumberAxis(valueLabel), new SymbolAxis(null, reversed.toArray(String[]::new)),
                renderer);
        plot.addDomainMarker(new ValueMarker(0, Palette.NEUTRAL, new BasicStroke(1f)));
        ((NumberAxis) plot.getDomainAxis()).setAutoRangeIncludesZero(true);
        return svg(id, new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, series.size() > 1),
                Math.max(HEIGHT, 90 + 28 * labels.size()), info -> estimates(info, data, reversed));
    }

    /** Hover text of a forest plot's points: the row's label, the estimate and its interval. */
    private static List<SvgChart.Hover> estimates(ChartRenderingInfo info, XYIntervalSeriesCollection data,
                                                  List<String> rows) {
        List<SvgChart.Hover> hovers = new ArrayList<>();
        for (Object entity : info.getEntityCollection().getEntities()) {
            if (entity instanceof XYItemEntity item) {
                int s = item.getSeriesIndex();
                int i = item.getItem();
                String row = rows.get((int) Math.round(data.getYValue(s, i)));
                hovers.add(new SvgChart.Hover(item.getArea(), row + (data.getSeriesCount() > 1 ? " (" + data.getSeriesKey(s)
                        + ")" : "") + ": " + NumberText.of(data.getXValue(s, i)) + " [" + NumberText.of(data.getStartXValue(s, i))
                        + ", " + NumberText.of(data.getEndXValue(s, i)) + "]"));
            }
        }
        return hovers;
    }

    private static double orSelf(double bound, double value) {
        return Double.isFinite(bound) ? bound : value;
    }

    private static String svg(String id, JFreeChart chart, int height,
                              java.util.function.Function<ChartRenderingInfo, List<SvgChart.Hover>> hovers) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.getPlot().setBackgroundPaint(Color.WHITE);
        chart.getPlot().setOutlineVisible(false);
        if (chart.getPlot() instanceof XYPlot xy) {
            xy.setDomainGridlinePaint(Palette.GRID);
            xy.setRangeGridlinePaint(Palette.GRID);
        } else if (chart.getPlot() instanceof CategoryPlot category) {
            category.setRangeGridlinePaint(Palette.GRID);
        }
        return SvgChart.draw(id, chart, WIDTH, height, hovers);
    }
}
