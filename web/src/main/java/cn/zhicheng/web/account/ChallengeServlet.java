package cn.zhicheng.web.account;

import java.io.IOException;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import cn.zhicheng.application.account.ChallengeService;

/** Serves the picture of an open challenge ({@code /challenge?t=<token>}); never cached. */
@WebServlet("/challenge")
public class ChallengeServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    transient ChallengeService challenges;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String token = request.getParameter("t");
        byte[] png = token == null || !token.matches("[0-9a-f]{48}") ? null : challenges.picture(token);
        response.setHeader("Cache-Control", "no-store");
        if (png == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("image/png");
        response.setContentLength(png.length);
        response.getOutputStream().write(png);
    }
}
