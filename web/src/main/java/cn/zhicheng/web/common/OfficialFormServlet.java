package cn.zhicheng.web.common;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import cn.zhicheng.application.OfficialForm;
import cn.zhicheng.application.ReportFile;
import cn.zhicheng.application.ReportService;
import cn.zhicheng.domain.shared.BusinessException;

/**
 * 报表打印's download links: {@code /common/forms?id=<application>&form=<OfficialForm>} answers the PDF as an
 * attachment, named by the service. A plain GET, so that any screen can link a form with an {@code h:outputLink}.
 * The service decides who may have it: out of scope and a missing id both answer 404, a role that prints no
 * forms 403. Under {@code /common/*}, so only a logged-in user gets this far.
 */
@WebServlet(OfficialFormServlet.PATH)
public class OfficialFormServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    public static final String PATH = "/common/forms";

    @EJB
    ReportService reports;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        OfficialForm form;
        try {
            id = Long.parseLong(request.getParameter("id"));
            form = OfficialForm.valueOf(request.getParameter("form"));
        } catch (RuntimeException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        ReportFile file;
        try {
            file = reports.form(id, form);
        } catch (BusinessException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, e.code());
            return;
        } catch (EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.setContentType(file.contentType());
        response.setContentLength(file.content().length);
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Disposition", disposition(file.fileName()));
        response.getOutputStream().write(file.content());
    }

    /** RFC 6266: an ASCII fallback and the UTF-8 name (the titles are Chinese). */
    static String disposition(String fileName) {
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        String ascii = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
