package cn.zhicheng.web.security;

import java.io.IOException;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The error page of ViewExpiredException: back to the login page, which then says why. */
@WebServlet("/session-expired")
public class SessionExpiredServlet extends HttpServlet {

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.reset();
        response.sendRedirect(request.getContextPath() + "/login.xhtml?expired=true");
    }
}
