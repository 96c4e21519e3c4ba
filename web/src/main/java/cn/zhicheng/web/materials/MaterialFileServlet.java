package cn.zhicheng.web.materials;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import cn.zhicheng.application.MaterialDownload;
import cn.zhicheng.application.MaterialService;
import cn.zhicheng.domain.shared.BusinessException;

/**
 * 查看 / download of one attachment ({@code ?id=}) or one 我的资料库 file ({@code ?library=}): always as an
 * attachment, typed as the service found from the content (never as the uploader's browser claimed), with
 * {@code nosniff}. Under {@code /common/}: a logged-in user of any role; the service decides the scope, and a file
 * out of scope answers 404 exactly as a missing one.
 */
@WebServlet(MaterialFileServlet.PATH)
public class MaterialFileServlet extends HttpServlet {

    public static final String PATH = "/common/material-file";

    private static final long serialVersionUID = 1L;

    @Inject
    MaterialService materials;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        MaterialDownload file;
        try {
            String library = request.getParameter("library");
            file = library != null ? materials.downloadLibraryFile(Long.parseLong(library))
                    : materials.download(Long.parseLong(request.getParameter("id")));
        } catch (NumberFormatException | NullPointerException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (BusinessException | jakarta.ejb.EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] content = file.content();
        String encoded = URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        response.setContentType(file.mediaType());
        response.setContentLengthLong(content.length);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + ascii(file.fileName())
                + "\"; filename*=UTF-8''" + encoded);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        response.getOutputStream().write(content);
    }

    private static String ascii(String name) {
        return name.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
