package cn.zhicheng.web.individual;

import java.io.Serializable;
import java.text.MessageFormat;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import cn.zhicheng.application.ApplicantService;
import cn.zhicheng.application.ApplicationSummary;
import cn.zhicheng.application.FormService;
import cn.zhicheng.application.form.CommitmentSection;
import cn.zhicheng.application.form.InsuredUnit;
import cn.zhicheng.domain.model.application.material.MaterialKind;
import cn.zhicheng.domain.shared.BusinessException;
import cn.zhicheng.web.shell.LocaleView;

/**
 * 我要申报 (manual 2, 3.1): the business item's intro (申请条件, 温馨提示, 申报材料清单 with 查看要求, 经办人基本信息), the
 * commitment and its 本人已阅读并同意, then 下一步 starts a draft (its 申报承诺 accepted) and opens its 申报表.
 */
@Named
@ViewScoped
public class ApplyView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ApplicantService applicants;

    @EJB
    FormService forms;

    @Inject
    LocaleView localeView;

    private boolean agreed;
    private InsuredUnit insuredUnit;
    private String insuredUnitMessage;

    /** View action: 经办人基本信息's 现参保单位, from the social-insurance registry. */
    public void load() {
        try {
            insuredUnit = applicants.myInsuredUnit();
        } catch (BusinessException notInsured) {
            insuredUnitMessage = notInsured.message(localeView.getLocale());
        }
    }

    /** 申报材料清单: the materials the applicant uploads, in checklist order. */
    public List<MaterialKind> getMaterials() {
        return MaterialKind.ofStage(MaterialKind.Stage.APPLICATION);
    }

    public boolean isAgreed() {
        return agreed;
    }

    public void setAgreed(boolean agreed) {
        this.agreed = agreed;
    }

    public InsuredUnit getInsuredUnit() {
        return insuredUnit;
    }

    public String getInsuredUnitMessage() {
        return insuredUnitMessage;
    }

    /** 下一步: a new draft; lands on 我的事项 › 草稿箱. */
    public String next() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (!agreed) {
            faces.addMessage("agreed", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    localeView.bundle().getString("apply.agree.required"), null));
            return null;
        }
        try {
            ApplicationSummary draft = applicants.startDraft();
            // the commitment just accepted is the form's 申报承诺
            forms.saveSection(draft.id(), draft.version(), new CommitmentSection(true));
            faces.getExternalContext().getFlash().setKeepMessages(true);
            faces.addMessage("form-messages", new FacesMessage(FacesMessage.SEVERITY_INFO,
                    MessageFormat.format(localeView.bundle().getString("apply.started"), draft.serialNo()), null));
            return "/individual/form.xhtml?faces-redirect=true&id=" + draft.id();
        } catch (BusinessException refused) {
            faces.addMessage("apply-messages", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    refused.message(localeView.getLocale()), null));
            return null;
        }
    }
}
