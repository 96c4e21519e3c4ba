/**
 * 制证 and the public certificate query: the certificate number's format ({@link CertificateNumber}), the record of
 * every public query ({@link CertificateQuery}) and its outcomes.
 */
package cn.zhicheng.domain.model.certificate;
