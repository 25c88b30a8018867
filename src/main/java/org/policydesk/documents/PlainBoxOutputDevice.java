package org.policydesk.documents;

import java.awt.BasicStroke;
import java.awt.Rectangle;
import java.awt.geom.Path2D;

import org.xhtmlrenderer.css.constants.CSSName;
import org.xhtmlrenderer.css.constants.IdentValue;
import org.xhtmlrenderer.css.parser.FSColor;
import org.xhtmlrenderer.css.parser.FSRGBColor;
import org.xhtmlrenderer.css.style.CalculatedStyle;
import org.xhtmlrenderer.css.style.derived.BorderPropertySet;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.render.BorderPainter;
import org.xhtmlrenderer.render.Box;
import org.xhtmlrenderer.render.RenderingContext;
import org.xhtmlrenderer.util.Configuration;

/**
 * Paints the plain boxes that make up nearly all of PolicyDesk's documents (a flat background
 * colour, solid borders of one colour, square corners) straight from the box's edges. Flying Saucer
 * intersects each background with the page's clip through {@code java.awt.geom.Area} and builds each
 * border side through its rounded-corner geometry, which was half of the time and most of the
 * garbage of painting a long register. The page looks the same: the PDF's own clip still applies, and where
 * all sides are one colour each side is the same mitred outline drawn straight from the box's edges. Anything else
 * (rounded corners, dashed, double or multi-coloured borders, background images, gradients) is left
 * to Flying Saucer.
 */
final class PlainBoxOutputDevice extends ITextOutputDevice {

    private static final String DRAW_BACKGROUNDS = "xr.renderer.draw.backgrounds";
    /** The stroke Flying Saucer leaves set after a solid border, so that what is drawn next finds it as before. */
    private static final BasicStroke SOLID_BORDER_STROKE = new BasicStroke(1f);

    PlainBoxOutputDevice(float dotsPerPoint) {
        super(dotsPerPoint);
    }

    @Override
    public void paintBackground(RenderingContext c, Box box) {
        if (!box.getStyle().isVisible()) {
            return;
        }
        Rectangle bounds = box.getPaintingBorderEdge(c);
        if (!paintedPlainBackground(box.getStyle(), bounds, box.getStyle().getBorder(c))) {
            super.paintBackground(c, box);
        }
    }

    @Override
    public void paintBackground(RenderingContext c, CalculatedStyle style, Rectangle bounds, Rectangle bgImageContainer,
                                BorderPropertySet border) {
        if (!paintedPlainBackground(style, bounds, border)) {
            super.paintBackground(c, style, bounds, bgImageContainer, border);
        }
    }

    @Override
    public void paintBorder(RenderingContext c, Box box) {
        if (!box.getStyle().isVisible()) {
            return;
        }
        if (!paintedPlainBorder(box.getPaintingBorderEdge(c), box.getBorderSides(), box.getBorder(c))) {
            super.paintBorder(c, box);
        }
    }

    @Override
    public void paintBorder(RenderingContext c, CalculatedStyle style, Rectangle edge, int sides) {
        if (!paintedPlainBorder(edge, sides, style.getBorder(c))) {
            super.paintBorder(c, style, edge, sides);
        }
    }

    /** True when the background was plain and is now painted (or there was none); false to leave it to Flying Saucer. */
    private boolean paintedPlainBackground(CalculatedStyle style, Rectangle bounds, BorderPropertySet border) {
        if (!Configuration.isTrue(DRAW_BACKGROUNDS, true) || style.isLinearGradient()
            || !style.isIdent(CSSName.BACKGROUND_IMAGE, IdentValue.NONE) || (border != null && border.hasBorderRadius())) {
            return false;
        }
        setOpacity(style.getOpacity());
        FSColor color = style.getBackgroundColor();
        if (color != null && color != FSRGBColor.TRANSPARENT) {
            setColor(color);
            fill(new Rectangle(bounds));
        }
        return true;
    }

    /**
     * True when every border side that shows is solid, in the same colour, with square corners, and
     * all of them are to be painted (a side left out, as on a box split over two pages, is left to
     * Flying Saucer): each side is then one four-cornered shape.
     */
    private boolean paintedPlainBorder(Rectangle bounds, int sides, BorderPropertySet border) {
        if (border == null || border.hasBorderRadius()) {
            return false;
        }
        int showing = showing(border);
        if (showing == 0) {
            return true;
        }
        if ((sides & showing) != showing) {
            return false;
        }
        FSColor color = null;
        for (int side : new int[] {BorderPainter.TOP, BorderPainter.RIGHT, BorderPainter.BOTTOM, BorderPainter.LEFT}) {
            if ((showing & side) == 0) {
                continue;
            }
            if (style(border, side) != IdentValue.SOLID || (color != null && !color.equals(color(border, side)))) {
                return false;
            }
            color = color(border, side);
        }
        setStroke(SOLID_BORDER_STROKE);
        setColor(color);
        float left = bounds.x;
        float top = bounds.y;
        float right = bounds.x + bounds.width;
        float bottom = bounds.y + bounds.height;
        float innerLeft = left + border.left();
        float innerTop = top + border.top();
        float innerRight = right - border.right();
        float innerBottom = bottom - border.bottom();
        if ((showing & BorderPainter.TOP) != 0) {
            fill(quadrilateral(left, top, right, top, innerRight, innerTop, innerLeft, innerTop));
        }
        if ((showing & BorderPainter.RIGHT) != 0) {
            fill(quadrilateral(right, top, right, bottom, innerRight, innerBottom, innerRight, innerTop));
        }
        if ((showing & BorderPainter.BOTTOM) != 0) {
            fill(quadrilateral(right, bottom, left, bottom, innerLeft, innerBottom, innerRight, innerBottom));
        }
        if ((showing & BorderPainter.LEFT) != 0) {
            fill(quadrilateral(left, bottom, left, top, innerLeft, innerTop, innerLeft, innerBottom));
        }
        return true;
    }

    /** One side of a border: the outer edge, then the inner edge, with mitred ends as Flying Saucer draws them. */
    private static Path2D quadrilateral(float x1, float y1, float x2, float y2, float x3, float y3, float x4, float y4) {
        Path2D.Float side = new Path2D.Float(Path2D.WIND_NON_ZERO, 5);
        side.moveTo(x1, y1);
        side.lineTo(x2, y2);
        side.lineTo(x3, y3);
        side.lineTo(x4, y4);
        side.closePath();
        return side;
    }

    /** The sides Flying Saucer would paint: some width, a style other than none, a colour. */
    private static int showing(BorderPropertySet border) {
        int sides = 0;
        if (!border.noTop() && border.topColor() != FSRGBColor.TRANSPARENT) {
            sides |= BorderPainter.TOP;
        }
        if (!border.noRight() && border.rightColor() != FSRGBColor.TRANSPARENT) {
            sides |= BorderPainter.RIGHT;
        }
        if (!border.noBottom() && border.bottomColor() != FSRGBColor.TRANSPARENT) {
            sides |= BorderPainter.BOTTOM;
        }
        if (!border.noLeft() && border.leftColor() != FSRGBColor.TRANSPARENT) {
            sides |= BorderPainter.LEFT;
        }
        return sides;
    }

    private static IdentValue style(BorderPropertySet border, int side) {
        return switch (side) {
            case BorderPainter.TOP -> border.topStyle();
            case BorderPainter.RIGHT -> border.rightStyle();
            case BorderPainter.BOTTOM -> border.bottomStyle();
            default -> border.leftStyle();
        };
    }

    private static FSColor color(BorderPropertySet border, int side) {
        return switch (side) {
            case BorderPainter.TOP -> border.topColor();
            case BorderPainter.RIGHT -> border.rightColor();
            case BorderPainter.BOTTOM -> border.bottomColor();
            default -> border.leftColor();
        };
    }
}
