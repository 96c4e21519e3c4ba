package cn.zhicheng.reports;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperExportManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRBeanCollectionDataSource;
import net.sf.jasperreports.engine.util.JRLoader;

/**
 * Fills a template compiled at build time ({@code reports/<name>.jasper}, see {@code TemplateCompiler}) with
 * report beans and exports it as PDF. Templates are loaded once per class loader and shared: a compiled
 * report is immutable, each fill has its own state.
 */
final class PdfRenderer {

    private static final Map<String, JasperReport> TEMPLATES = new ConcurrentHashMap<>();

    private PdfRenderer() {
    }

    static byte[] render(String template, List<?> beans, Map<String, Object> parameters) {
        try {
            JasperPrint print = JasperFillManager.fillReport(template(template), new HashMap<>(parameters),
                    new JRBeanCollectionDataSource(beans));
            return JasperExportManager.exportReportToPdf(print);
        } catch (JRException e) {
            throw new ReportRenderingException("cannot render report " + template, e);
        }
    }

    private static JasperReport template(String name) {
        return TEMPLATES.computeIfAbsent(name, PdfRenderer::load);
    }

    private static JasperReport load(String name) {
        String resource = "reports/" + name + ".jasper";
        try (InputStream in = PdfRenderer.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new ReportRenderingException("no compiled template " + resource + " (built by TemplateCompiler)", null);
            }
            return (JasperReport) JRLoader.loadObject(in);
        } catch (IOException | JRException e) {
            throw new ReportRenderingException("cannot load " + resource, e);
        }
    }
}
