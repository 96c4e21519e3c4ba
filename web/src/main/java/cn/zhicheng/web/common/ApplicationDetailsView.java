package cn.zhicheng.web.common;

import java.io.Serializable;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import cn.zhicheng.application.ApplicationSummary;
import cn.zhicheng.application.FormService;
import cn.zhicheng.application.WorkflowService;
import cn.zhicheng.application.form.ApplicationFormView;
import cn.zhicheng.domain.shared.BusinessException;
import cn.zhicheng.web.shell.LocaleView;

/**
 * 查看 ({@code /common/view.xhtml?id=}): the whole application read-only, with its header, for whoever may see it.
 * Out of scope reads as a missing id (the service's answer).
 */
@Named
@ViewScoped
public class ApplicationDetailsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    FormService forms;

    @EJB
    WorkflowService workflow;

    @Inject
    LocaleView localeView;

    private Long id;
    private ApplicationSummary application;
    private ApplicationFormView form;
    private String notFound;

    public void load() {
        if (id == null) {
            notFound = localeView.bundle().getString("application.notFound");
            return;
        }
        try {
            application = workflow.find(id);
            form = forms.form(id);
        } catch (BusinessException refused) {
            application = null;
            form = null;
            notFound = refused.message(localeView.getLocale());
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ApplicationSummary getApplication() {
        return application;
    }

    public ApplicationFormView getForm() {
        return form;
    }

    public String getNotFound() {
        return notFound;
    }
}
