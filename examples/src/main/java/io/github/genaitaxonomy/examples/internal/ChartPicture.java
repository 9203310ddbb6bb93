package io.github.genaitaxonomy.examples.internal;

import io.github.genaitaxonomy.core.Catalog;
import io.github.genaitaxonomy.core.Category;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;

/**
 * The charts of a catalog's per-year counts, drawn by JFreeChart into SVG by JFreeSVG.
 *
 * <pre>{@code
 * String svg = ChartPicture.modelsPerCategory(catalog);
 * String hhi = ChartPicture.concentration(catalog);
 * }</pre>
 */
public final class ChartPicture {
  private static final int WIDTH = 800;
  private static final int HEIGHT = 450;
  private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

  static {
    System.setProperty("java.awt.headless", "true");
  }

  private ChartPicture() {}

  /** Stacked bars: the models released each year, by the category they are placed in. */
  public static String modelsPerCategory(Catalog catalog) {
    YearCounts counts = YearCounts.of(catalog);
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (Category category : Category.survey()) {
      for (Map.Entry<Integer, Map<Category, Integer>> year : counts.byCategory().entrySet()) {
        data.addValue(
            year.getValue().getOrDefault(category, 0), category.displayName(), year.getKey());
      }
    }
    JFreeChart chart =
        ChartFactory.createStackedBarChart(
            "Models per category per year",
            "Release year",
            "Models",
            data,
            PlotOrientation.VERTICAL,
            true,
            false,
            false);
    CategoryPlot plot = chart.getCategoryPlot();
    BarRenderer renderer = (BarRenderer) plot.getRenderer();
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    Palette palette = new Palette();
    for (int i = 0; i < Category.survey().size(); i++) {
      renderer.setSeriesPaint(i, Color.decode(palette.fill(Category.survey().get(i).id())));
    }
    return svg(chart);
  }

  /** Bars: how concentrated each year's models are among their lead organizations (HHI). */
  public static String concentration(Catalog catalog) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    YearCounts.of(catalog)
        .concentration()
        .forEach((year, index) -> data.addValue(index, "Herfindahl–Hirschman index", year));
    JFreeChart chart =
        ChartFactory.createBarChart(
            "Organization concentration per year",
            "Release year",
            "Sum of squared shares of lead organizations",
            data,
            PlotOrientation.VERTICAL,
            false,
            false,
            false);
    BarRenderer renderer = (BarRenderer) chart.getCategoryPlot().getRenderer();
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setSeriesPaint(0, Color.decode("#77aadd"));
    return svg(chart);
  }

  private static String svg(JFreeChart chart) {
    chart.setBackgroundPaint(Color.WHITE);
    chart.getPlot().setBackgroundPaint(Color.WHITE);
    chart.getTitle().setFont(FONT.deriveFont(Font.BOLD, 16f));
    if (chart.getLegend() != null) {
      chart.getLegend().setItemFont(FONT);
    }
    SVGGraphics2D graphics = new SVGGraphics2D(WIDTH, HEIGHT);
    graphics.setDefsKeyPrefix("chart");
    chart.draw(graphics, new Rectangle(WIDTH, HEIGHT));
    return graphics.getSVGDocument() + "\n";
  }
}
