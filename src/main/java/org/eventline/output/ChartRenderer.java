package org.eventline.output;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;

/**
 * Draws a chart into an RGB image with the fixed rendering hints and encodes it as PNG with
 * ImageIO, which writes no time or text chunks: the same chart gives the same bytes on every run.
 */
final class ChartRenderer {

  private ChartRenderer() {}

  /** The chart drawn at {@link ChartStyle#WIDTH} x {@link ChartStyle#HEIGHT}. */
  static BufferedImage draw(JFreeChart chart, ChartRenderingInfo info) {
    BufferedImage image =
        new BufferedImage(ChartStyle.WIDTH, ChartStyle.HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g2 = image.createGraphics();
    try {
      g2.setRenderingHints(ChartStyle.hints());
      chart.draw(g2, new Rectangle2D.Double(0, 0, ChartStyle.WIDTH, ChartStyle.HEIGHT), info);
    } finally {
      g2.dispose();
    }
    return image;
  }

  /** The PNG bytes of an image. */
  static byte[] png(BufferedImage image) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
    try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
      writer.setOutput(out);
      writer.write(image);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }

  /** The PNG bytes of a chart. */
  static byte[] png(JFreeChart chart) {
    return png(draw(chart, null));
  }
}
