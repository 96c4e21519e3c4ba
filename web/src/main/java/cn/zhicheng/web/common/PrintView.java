package cn.zhicheng.web.common;

import java.io.Serializable;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import cn.zhicheng.application.ApplicationSummary;
import cn.zhicheng.application.OfficialForm;
import cn.zhicheng.application.ReportService;
import cn.zhicheng.application.WorkflowService;
import cn.zhicheng.domain.shared.BusinessException;
import cn.zhicheng.web.shell.LocaleView;

/**
 * 报表打印 ({@code /common/print.xhtml?id=}): the official forms the caller may print for the application, each
 * a download link to {@link OfficialFormServlet}. Out of scope reads as a missing id (the service's answer).
 */
@Named
@ViewScoped
public class PrintView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    WorkflowService workflow;

    @EJB
    ReportService reports;

    @Inject
    LocaleView localeView;

    private Long id;
    private ApplicationSummary application;
    private List<OfficialForm> forms = List.of();
    private String notFound;

    public void load() {
        if (id == null) {
            notFound = localeView.bundle().getString("application.notFound");
            return;
        }
        try {
            application = workflow.find(id);
            forms = reports.printableForms(id);
        } catch (BusinessException refused) {
            application = null;
            forms = List.of();
            notFound = refused.message(localeView.getLocale());
        } catch (EJBAccessException noFormsForThisRole) {
            // an expert or the administrator may view an application but prints no forms: the same answer
            application = null;
            forms = List.of();
            notFound = localeView.bundle().getString("application.notFound");
        }
    }

    /** The form's download address, relative to the context root. */
    public String link(OfficialForm form) {
        return OfficialFormServlet.PATH + "?id=" + id + "&form=" + form.name();
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

    public List<OfficialForm> getForms() {
        return forms;
    }

    public String getNotFound() {
        return notFound;
    }
}
