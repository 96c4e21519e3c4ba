package cn.zhicheng.it.reports;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.lowagie.text.pdf.PdfReader;

/** A PDF read back as poppler's pdftotext sees it (installed in CI), page by page, whitespace removed. */
public final class PdfText {

    private PdfText() {
    }

    public static int pages(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            return reader.getNumberOfPages();
        } finally {
            reader.close();
        }
    }

    /** The whole text (page 0) or one page's, without whitespace, so that table cells read as one string. */
    public static String of(byte[] pdf, int page) throws Exception {
        Path file = Files.createTempFile("official-form", ".pdf");
        try {
            Files.write(file, pdf);
            List<String> command = new ArrayList<>(List.of("pdftotext", "-enc", "UTF-8"));
            if (page > 0) {
                command.addAll(List.of("-f", String.valueOf(page), "-l", String.valueOf(page)));
            }
            command.addAll(List.of(file.toString(), "-"));
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0, "pdftotext failed: " + out);
            return out.replaceAll("[\\s\\u3000\\u00A0]", "");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    public static String of(byte[] pdf) throws Exception {
        return of(pdf, 0);
    }

    /** How many images the PDF holds (poppler's pdfimages -list: two heading lines, then one line per image). */
    public static int images(byte[] pdf) throws Exception {
        Path file = Files.createTempFile("official-form", ".pdf");
        try {
            Files.write(file, pdf);
            Process process = new ProcessBuilder("pdfimages", "-list", file.toString()).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0, "pdfimages failed: " + out);
            return (int) Math.max(0, out.lines().count() - 2);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    public static void assertContainsAll(String text, List<String> expected) {
        for (String e : expected) {
            assertTrue(text.contains(e.replaceAll("[\\s\\u3000\\u00A0]", "")), "missing «" + e + "» in:\n" + text);
        }
    }
}
