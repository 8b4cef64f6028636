package site.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class ImageSimilarityTest {
    private static BufferedImage page(Color background, Color ink, int textTop) {
        BufferedImage image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(background);
        g.fillRect(0, 0, 640, 480);
        g.setColor(ink);
        for (int line = 0; line < 8; line++) g.fillRect(40, textTop + line * 40, 500, 16);
        return image;
    }

    @Test
    void anImageIsWhollyLikeItself() {
        BufferedImage a = page(Color.WHITE, Color.BLACK, 40);
        assertEquals(1.0, ImageSimilarity.score(a, a));
    }

    @Test
    void theSameLayoutInASlightlyOtherGreyStillMatches() {
        assertEquals(
                1.0,
                ImageSimilarity.score(
                        page(Color.WHITE, Color.BLACK, 40), page(Color.WHITE, new Color(30, 30, 30), 40)));
    }

    @Test
    void shiftedTextScoresLow() {
        double score = ImageSimilarity.score(page(Color.WHITE, Color.BLACK, 40), page(Color.WHITE, Color.BLACK, 60));
        assertTrue(score < 0.3, "score " + score);
    }

    @Test
    void darkAgainstLightScoresLow() {
        double score = ImageSimilarity.score(page(Color.WHITE, Color.BLACK, 40), page(Color.BLACK, Color.WHITE, 40));
        assertTrue(score < 0.1, "score " + score);
    }

    @Test
    void inkShareAndBrightness() {
        BufferedImage a = page(Color.WHITE, Color.BLACK, 40);
        assertEquals(8 * 500 * 16 / (640.0 * 480), ImageSimilarity.inkShare(a), 1e-9);
        assertTrue(ImageSimilarity.meanGrey(a) > 200);
    }
}
