package cn.zhicheng.web.publicquery;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Locale;

import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import cn.zhicheng.application.CertificateFacts;
import cn.zhicheng.application.CertificateQueryAnswer;
import cn.zhicheng.application.CertificateService;
import cn.zhicheng.domain.model.certificate.QueryChannel;

/**
 * The public certificate query for other systems (ARCHITECTURE, 证书查询): {@code POST /certificate-query/api} with
 * the form fields {@code name}, {@code idNumber}, {@code certificateNo}; answers JSON (UTF-8). Same service, limit
 * and record as the page; POST only, so that an ID number never sits in a URL or an access log.
 */
@WebServlet(urlPatterns = CertificateQueryServlet.PATH)
public class CertificateQueryServlet extends HttpServlet {

    public static final String PATH = "/certificate-query/api";
    private static final long serialVersionUID = 1L;

    @EJB
    private CertificateService certificates;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        CertificateQueryAnswer answer = certificates.query(request.getParameter("name"),
                request.getParameter("idNumber"), request.getParameter("certificateNo"), request.getRemoteAddr(),
                QueryChannel.API);
        JsonObjectBuilder json = Json.createObjectBuilder().add("outcome", answer.outcome().name())
                .add("found", answer.found());
        if (answer.found()) {
            CertificateFacts f = answer.facts();
            JsonObjectBuilder c = Json.createObjectBuilder()
                    .add("certificateNo", f.certificateNo())
                    .add("name", f.holderName())
                    .add("idNumber", f.idNumber())
                    .add("series", f.seriesName())
                    .add("level", f.levelLabel())
                    .add("qualification", f.qualification())
                    .add("committee", f.committeeName())
                    .add("reviewYear", f.reviewYear())
                    .add("issuer", f.issuer());
            if (f.gender() != null) {
                c.add("gender", f.gender());
            }
            if (f.issuedOn() != null) {
                c.add("issuedOn", f.issuedOn().toString());
            }
            json.add("certificate", c);
        } else {
            Locale locale = Locale.ENGLISH.getLanguage().equals(request.getLocale().getLanguage())
                    ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
            json.add("message", answer.message(locale));
        }
        int status = switch (answer.outcome()) {
            case FOUND -> HttpServletResponse.SC_OK;
            case NOT_FOUND -> HttpServletResponse.SC_NOT_FOUND;
            case INCOMPLETE -> HttpServletResponse.SC_BAD_REQUEST;
            case RATE_LIMITED -> 429;
        };
        if (status == 429) {
            response.setHeader("Retry-After", String.valueOf(60));
        }
        StringWriter out = new StringWriter();
        try (JsonWriter writer = Json.createWriter(out)) {
            writer.writeObject(json.build());
        }
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(out.toString());
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Allow", "POST");
        response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED, "POST name, idNumber, certificateNo");
    }
}
