package cn.zhicheng.domain.model.certificate;

/** Where a public certificate query came from: the page or the JSON endpoint for other systems. */
public enum QueryChannel {
    PAGE, API
}
