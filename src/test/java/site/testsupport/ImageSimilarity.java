package site.testsupport;

import java.awt.Image;
import java.awt.image.BufferedImage;

/**
 * How alike two screenshots look: both scaled to the same size and turned grey, the share of pixels that are not
 * background in either image whose grey levels match within a tolerance. The background is the most common grey
 * level of the reference. An image compared with itself scores 1.
 */
public final class ImageSimilarity {
    public static final int TOLERANCE = 32;
    private static final int WIDTH = 320;

    private ImageSimilarity() {}

    public static double score(BufferedImage reference, BufferedImage candidate) {
        int height = Math.max(1, reference.getHeight() * WIDTH / reference.getWidth());
        int[] a = greys(scaled(reference, WIDTH, height)), b = greys(scaled(candidate, WIDTH, height));
        int background = mostCommon(a);
        int counted = 0, matching = 0;
        for (int i = 0; i < a.length; i++) {
            if (Math.abs(a[i] - background) <= TOLERANCE / 4 && Math.abs(b[i] - background) <= TOLERANCE / 4) continue;
            counted++;
            if (Math.abs(a[i] - b[i]) <= TOLERANCE) matching++;
        }
        return counted == 0 ? 1 : (double) matching / counted;
    }

    /** The share of pixels that differ from the image's most common grey level. */
    public static double inkShare(BufferedImage image) {
        int[] g = greys(image);
        int background = mostCommon(g);
        int ink = 0;
        for (int v : g) if (Math.abs(v - background) > TOLERANCE / 4) ink++;
        return (double) ink / g.length;
    }

    public static double meanGrey(BufferedImage image) {
        long sum = 0;
        int[] g = greys(image);
        for (int v : g) sum += v;
        return (double) sum / g.length;
    }

    private static BufferedImage scaled(BufferedImage image, int width, int height) {
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        out.getGraphics().drawImage(image.getScaledInstance(width, height, Image.SCALE_AREA_AVERAGING), 0, 0, null);
        return out;
    }

    private static int[] greys(BufferedImage image) {
        int[] out = new int[image.getWidth() * image.getHeight()];
        int i = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                out[i++] = (299 * ((rgb >> 16) & 255) + 587 * ((rgb >> 8) & 255) + 114 * (rgb & 255)) / 1000;
            }
        }
        return out;
    }

    private static int mostCommon(int[] greys) {
        int[] counts = new int[256];
        for (int v : greys) counts[v]++;
        int best = 0;
        for (int v = 1; v < 256; v++) if (counts[v] > counts[best]) best = v;
        return best;
    }
}
