package cn.zhicheng.web.publicquery;

import java.io.Serializable;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import cn.zhicheng.application.CertificateFacts;
import cn.zhicheng.application.CertificateQueryAnswer;
import cn.zhicheng.application.CertificateService;
import cn.zhicheng.domain.model.certificate.QueryChannel;
import cn.zhicheng.web.shell.LocaleView;

/**
 * 证书查询 ({@code /certificate-query/index.xhtml}, no login; the certificate's QR code opens it with {@code ?no=}):
 * 姓名 + 证件号码 + 证书编号 → the certificate's facts with the ID masked, or the service's one neutral answer.
 * The client address is the connection's (a header the client sets could be anything).
 */
@Named
@ViewScoped
public class CertificateQueryView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    CertificateService certificates;

    @Inject
    LocaleView localeView;

    private String name;
    private String idNumber;
    private String certificateNo;
    private CertificateFacts facts;
    private String answer;

    public void query() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                .getRequest();
        CertificateQueryAnswer result = certificates.query(name, idNumber, certificateNo, request.getRemoteAddr(),
                QueryChannel.PAGE);
        facts = result.facts();
        answer = result.message(localeView.getLocale());
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber;
    }

    public String getCertificateNo() {
        return certificateNo;
    }

    public void setCertificateNo(String certificateNo) {
        this.certificateNo = certificateNo;
    }

    public CertificateFacts getFacts() {
        return facts;
    }

    public String getAnswer() {
        return answer;
    }
}
