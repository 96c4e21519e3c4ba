package cn.zhicheng.it.support;

import javax.naming.InitialContext;
import javax.naming.NamingException;

import cn.zhicheng.application.CertificateService;

/** The certificate service as the tests call it (inside the server). */
public final class Certificates {

    private Certificates() {
    }

    public static CertificateService service() {
        try {
            return (CertificateService) InitialContext.doLookup(
                    "java:global/zhicheng/zhicheng-ejb/DefaultCertificateService!cn.zhicheng.application.CertificateService");
        } catch (NamingException e) {
            throw new IllegalStateException(e);
        }
    }
}
