package cn.zhicheng.reports.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;

/**
 * Build step (exec-maven-plugin, a forked java): compiles every {@code .jrxml} of a folder into the
 * {@code .jasper} beside it, so that a template error fails the build and the server needs no Java compiler.
 * Not packaged in the jar.
 */
public final class TemplateCompiler {

    private TemplateCompiler() {
    }

    public static void main(String[] args) throws IOException, JRException {
        Path folder = Path.of(args[0]);
        List<Path> templates;
        try (Stream<Path> files = Files.list(folder)) {
            templates = files.filter(f -> f.getFileName().toString().endsWith(".jrxml")).sorted().toList();
        }
        if (templates.isEmpty()) {
            throw new IllegalStateException("no .jrxml under " + folder);
        }
        for (Path jrxml : templates) {
            Path jasper = jrxml.resolveSibling(jrxml.getFileName().toString().replace(".jrxml", ".jasper"));
            JasperCompileManager.compileReportToFile(jrxml.toString(), jasper.toString());
            System.out.println("compiled " + jrxml.getFileName() + " -> " + jasper.getFileName());
        }
    }
}
