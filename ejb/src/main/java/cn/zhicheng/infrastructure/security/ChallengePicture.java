package cn.zhicheng.infrastructure.security;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;

import javax.imageio.ImageIO;

/**
 * Draws the challenge's digits as jittered seven-segment strokes with noise lines, as a PNG. Needs no font (a
 * headless server may have none), and nothing leaves the platform.
 */
public final class ChallengePicture {

    // segments a..g of each digit: top, upper right, lower right, bottom, lower left, upper left, middle
    private static final int[] SEGMENTS = {0b0111111, 0b0000110, 0b1011011, 0b1001111, 0b1100110, 0b1101101,
            0b1111101, 0b0000111, 0b1111111, 0b1101111};
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int WIDTH = 140;
    private static final int HEIGHT = 48;

    private ChallengePicture() {
    }

    public static byte[] png(String digits) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(new Color(240, 244, 250));
            g.fillRect(0, 0, WIDTH, HEIGHT);
            for (int i = 0; i < 6; i++) {
                g.setColor(new Color(150 + RANDOM.nextInt(80), 150 + RANDOM.nextInt(80), 150 + RANDOM.nextInt(80)));
                g.setStroke(new BasicStroke(1f));
                g.drawLine(RANDOM.nextInt(WIDTH), RANDOM.nextInt(HEIGHT), RANDOM.nextInt(WIDTH), RANDOM.nextInt(HEIGHT));
            }
            for (int i = 0; i < digits.length(); i++) {
                g.setColor(new Color(20 + RANDOM.nextInt(60), 40 + RANDOM.nextInt(60), 100 + RANDOM.nextInt(100)));
                g.setStroke(new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                digit(g, digits.charAt(i) - '0', 14 + i * 30 + RANDOM.nextInt(5), 8 + RANDOM.nextInt(6));
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void digit(Graphics2D g, int d, int x, int y) {
        int w = 16;
        int h = 14;
        int slant = RANDOM.nextInt(5) - 2;
        int[][] lines = {
                {x, y, x + w, y}, {x + w, y, x + w, y + h}, {x + w, y + h, x + w, y + 2 * h},
                {x, y + 2 * h, x + w, y + 2 * h}, {x, y + h, x, y + 2 * h}, {x, y, x, y + h}, {x, y + h, x + w, y + h}};
        for (int s = 0; s < 7; s++) {
            if ((SEGMENTS[d] & (1 << s)) != 0) {
                int[] l = lines[s];
                g.drawLine(l[0] + slant * (2 * h - (l[1] - y)) / (2 * h), l[1],
                        l[2] + slant * (2 * h - (l[3] - y)) / (2 * h), l[3]);
            }
        }
    }
}
