package cn.zhicheng.web.payment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import cn.zhicheng.application.PaymentNotification;
import cn.zhicheng.application.PaymentService;
import cn.zhicheng.domain.model.payment.PaymentNotificationOutcome;
import cn.zhicheng.domain.shared.BusinessException;

/**
 * The payment platform's callback (HTTP POST, form fields, no login): hands the notification to
 * {@link PaymentService#receive}, which verifies it. Answers {@code SUCCESS} (200) when it was confirmed or is a
 * replay of a confirmed one, so the platform stops resending; {@code REFUSED <reason>} (400) otherwise.
 */
@WebServlet(PaymentCallbackServlet.PATH)
public class PaymentCallbackServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    public static final String PATH = "/payment-platform/notify";

    @Inject
    PaymentService payments;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding(StandardCharsets.UTF_8.name());
        PaymentNotification notification = new PaymentNotification(request.getParameter("orderNo"),
                request.getParameter("transactionNo"), request.getParameter("amount"), request.getParameter("currency"),
                request.getParameter("paidAt"), request.getParameter("signature"));
        response.setContentType("text/plain;charset=UTF-8");
        try {
            PaymentNotificationOutcome outcome = payments.receive(notification, request.getRemoteAddr());
            response.setStatus(outcome.accepted() ? HttpServletResponse.SC_OK : HttpServletResponse.SC_BAD_REQUEST);
            response.getWriter().write(outcome.accepted() ? "SUCCESS" : "REFUSED " + outcome);
        } catch (BusinessException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            response.getWriter().write("REFUSED " + e.code());
        }
    }
}
