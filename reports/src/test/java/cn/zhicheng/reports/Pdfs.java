package cn.zhicheng.reports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

/** Reads rendered PDFs back: with OpenPDF (always) and with poppler's pdftotext (where installed, as CI has it). */
public final class Pdfs {

    private Pdfs() {
    }

    public static String javaText(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            StringBuilder text = new StringBuilder();
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        } finally {
            reader.close();
        }
    }

    /** The base names (subset prefix removed) of the fonts whose program is embedded in the file. */
    public static Set<String> embeddedFontNames(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            Set<String> names = new HashSet<>();
            for (int i = 0; i < reader.getXrefSize(); i++) {
                PdfObject object = reader.getPdfObjectRelease(i);
                if (object instanceof PdfDictionary dict && PdfName.FONTDESCRIPTOR.equals(dict.get(PdfName.TYPE))
                        && (dict.contains(PdfName.FONTFILE2) || dict.contains(PdfName.FONTFILE3) || dict.contains(PdfName.FONTFILE))) {
                    String name = PdfName.decodeName(dict.getAsName(PdfName.FONTNAME).toString());
                    names.add(name.replaceFirst("^[A-Z]{6}\\+", ""));
                }
            }
            return names;
        } finally {
            reader.close();
        }
    }

    public static boolean hasPoppler() {
        try {
            return new ProcessBuilder("pdftotext", "-v").redirectErrorStream(true).start().waitFor(10, TimeUnit.SECONDS);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public static String pdftotext(byte[] pdf) throws IOException, InterruptedException {
        return pdftotext(pdf, 0);
    }

    /** The text of one page (1-based), or of every page for 0. */
    public static String pdftotext(byte[] pdf, int page) throws IOException, InterruptedException {
        Path file = Files.createTempFile("zhicheng-report", ".pdf");
        try {
            Files.write(file, pdf);
            java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of("pdftotext", "-enc", "UTF-8", "-layout"));
            if (page > 0) {
                command.addAll(java.util.List.of("-f", String.valueOf(page), "-l", String.valueOf(page)));
            }
            command.addAll(java.util.List.of(file.toString(), "-"));
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException("pdftotext failed: " + out);
            }
            return out;
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
