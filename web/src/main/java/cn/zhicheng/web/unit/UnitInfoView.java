package cn.zhicheng.web.unit;

import java.io.Serializable;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import cn.zhicheng.application.UnitAccountService;
import cn.zhicheng.application.UnitContact;
import cn.zhicheng.application.UnitInfo;
import cn.zhicheng.application.UnitService;
import cn.zhicheng.domain.model.party.UnitRefusedException;
import cn.zhicheng.domain.shared.BusinessException;
import cn.zhicheng.web.shell.LocaleView;

/**
 * 单位信息: the unit's registered name and code, its contact data and the size of its lists; the unit admin edits
 * the contact data (联系人, 联系电话, 传真, 地址, 邮编, 电子邮箱), each refusal shown next to its field, nothing typed
 * lost.
 */
@Named
@ViewScoped
public class UnitInfoView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "info-form:";

    @Inject
    UnitService units;

    @Inject
    UnitAccountService accounts;

    @Inject
    LocaleView localeView;

    private UnitInfo info;
    private UnitContact editing;
    private boolean admin;
    private String refused;

    @PostConstruct
    void init() {
        try {
            info = units.info();
            admin = accounts.myAccess().isAdmin();
        } catch (BusinessException e) {
            refused = e.message(localeView.getLocale());
        }
    }

    public void edit() {
        editing = info.contact();
    }

    public void cancel() {
        editing = null;
    }

    public void save() {
        try {
            info = units.updateContact(editing);
            editing = null;
            Refusals.info(localeView.bundle().getString("info.saved"));
        } catch (UnitRefusedException e) {
            Refusals.show(e.field() == null ? null : FORM + "info-" + e.field(), e, localeView.getLocale());
        } catch (BusinessException e) {
            Refusals.show(null, e, localeView.getLocale());
        }
    }

    public UnitInfo getInfo() {
        return info;
    }

    /** The contact as shown (a copy: the record hands out copies). */
    public UnitContact getContact() {
        return info == null ? null : info.contact();
    }

    public UnitContact getEditing() {
        return editing;
    }

    public boolean isEditingNow() {
        return editing != null;
    }

    public boolean isAdmin() {
        return admin;
    }

    public String getRefused() {
        return refused;
    }
}
