package cn.zhicheng.domain.model.party;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import cn.zhicheng.domain.shared.Labelled;

/**
 * The business-item tree of 权限管理 → 业务授权 (manual 1.4.3): the platform's categories as the manual shows them.
 * Only 专技人才 → 资格评审 (code {@value HandlerGrant#TITLE_REVIEW_ITEM}) is handled by this product; the other nodes
 * are shown so that the tree reads as the manual's, and cannot be granted.
 */
public enum BusinessItem implements Labelled {
    POSTDOCTORAL("博士后", null, null),
    PROFESSIONAL("专技人才", null, null),
    TITLE_REVIEW("资格评审", PROFESSIONAL, HandlerGrant.TITLE_REVIEW_ITEM),
    TALENT_SERVICE_AGENCY("人才服务机构", null, null),
    SKILL_TRAINING_SUBSIDY("职业技能培训补贴", null, null),
    TECHNICIAN_SCHOOL("技工学校", null, null),
    SKILL_APPRAISAL("职业技能鉴定", null, null),
    PRIVATE_TRAINING_INSTITUTION("民办职业培训机构", null, null),
    SKILL_APPRAISAL_INSTITUTION("职业技能鉴定机构", null, null);

    private final String label;
    private final BusinessItem parent;
    private final String code;

    BusinessItem(String label, BusinessItem parent, String code) {
        this.label = label;
        this.parent = parent;
        this.code = code;
    }

    @Override
    public String label() {
        return label;
    }

    public BusinessItem parent() {
        return parent;
    }

    /** The business-item code kept in {@code handler_grant}; null for a node this product does not handle. */
    public String code() {
        return code;
    }

    /** Handled by this product, so grantable. */
    public boolean isLive() {
        return code != null;
    }

    public List<BusinessItem> children() {
        return Arrays.stream(values()).filter(i -> i.parent == this).toList();
    }

    public static List<BusinessItem> roots() {
        return Arrays.stream(values()).filter(i -> i.parent == null).toList();
    }

    /** The live item of a code. */
    public static Optional<BusinessItem> ofCode(String code) {
        return Arrays.stream(values()).filter(i -> i.code != null && i.code.equals(code)).findFirst();
    }
}
