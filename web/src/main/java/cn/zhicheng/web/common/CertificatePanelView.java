package cn.zhicheng.web.common;

import java.io.Serializable;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.StreamedContent;

import cn.zhicheng.application.CertificateFacts;
import cn.zhicheng.application.CertificateService;
import cn.zhicheng.domain.shared.BusinessException;

/**
 * The 电子证书 panel of 查看 ({@code WEB-INF/includes/certificate-panel.xhtml}): the certificate number of an
 * application at 办结（通过） and the PDF's download, both from the scoped {@link CertificateService}.
 */
@Named
@ViewScoped
public class CertificatePanelView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    CertificateService certificates;

    @Inject
    ApplicationDetailsView details;

    private boolean loaded;
    private CertificateFacts facts;

    public CertificateFacts getFacts() {
        if (!loaded && details.getApplication() != null) {
            loaded = true;
            try {
                facts = certificates.certificate(details.getId()).orElse(null);
            } catch (BusinessException | EJBAccessException noCertificateForTheCaller) {
                facts = null;
            }
        }
        return facts;
    }

    public StreamedContent getDownload() {
        return Downloads.of(certificates.certificatePdf(details.getId(), PageMessages.baseUrl()));
    }
}
