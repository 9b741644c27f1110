package org.depinlab.simulator.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Stroke;
import java.util.List;

/**
 * The charts' colours: Okabe and Ito's palette (2008), told apart by readers with any common
 * colour-vision deficiency, darkest first and its yellow last (it is faint on white); and dash
 * patterns that keep a line visible when it lies on another.
 */
final class Palette {

    static final List<Color> COLOURS = List.of(new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73),
            new Color(0xCC79A7), new Color(0xE69F00), new Color(0x56B4E9), new Color(0x000000),
            new Color(0xF0E442));
    /** Warm colours for allocation holders and cool ones for operator classes, in a stacked chart. */
    static final List<Color> WARM = List.of(new Color(0xD55E00), new Color(0xE69F00), new Color(0xCC79A7),
            new Color(0xF0E442));
    static final List<Color> COOL = List.of(new Color(0x0072B2), new Color(0x009E73), new Color(0x56B4E9),
            new Color(0x000000));
    static final Color GRID = new Color(0xDDDDDD);
    static final Color NEUTRAL = new Color(0x999999);

    private static final float[][] DASHES = {{6f, 4f}, {2f, 3f}, {8f, 3f, 2f, 3f}, {12f, 4f}};

    private Palette() {
    }

    static Color colour(int series) {
        return COLOURS.get(series % COLOURS.size());
    }

    static Stroke solid(float width) {
        return new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    /** The {@code n}-th dash pattern, for a line drawn over another. */
    static Stroke dashed(int n, float width) {
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                DASHES[n % DASHES.length], 0f);
    }
}
