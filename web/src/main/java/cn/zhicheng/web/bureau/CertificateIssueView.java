package cn.zhicheng.web.bureau;

import java.io.Serializable;
import java.text.MessageFormat;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.StreamedContent;

import cn.zhicheng.application.ApplicationSummary;
import cn.zhicheng.application.WorkListFilter;
import cn.zhicheng.application.WorkListSort;
import cn.zhicheng.application.WorkListService;
import cn.zhicheng.application.WorkflowService;
import cn.zhicheng.application.decision.CertificateIssue;
import cn.zhicheng.application.export.ApplicationColumns;
import cn.zhicheng.domain.model.application.ApplicationState;
import cn.zhicheng.domain.shared.BusinessException;
import cn.zhicheng.web.common.Exports;
import cn.zhicheng.web.common.PageMessages;
import cn.zhicheng.web.facade.WorkListModel;
import cn.zhicheng.web.shell.LocaleView;

/**
 * 制证 ({@code /bureau/certificate.xhtml}): the applications at 制证 with the row action 制证 (the number is allocated
 * by the service), and the issued certificates (办结（通过）) with their numbers and the way to their PDF (查看).
 */
@Named
@ViewScoped
public class CertificateIssueView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    WorkListService workLists;

    @EJB
    WorkflowService workflow;

    @Inject
    LocaleView localeView;

    private WorkListModel pending;
    private WorkListModel issued;

    @PostConstruct
    void init() {
        pending = new WorkListModel(workLists);
        pending.setFilter(WorkListFilter.none().withStates(Set.of(ApplicationState.CERTIFICATE)));
        issued = new WorkListModel(workLists);
        issued.setFilter(WorkListFilter.none().withStates(Set.of(ApplicationState.APPROVED)));
        // the certificates just issued first
        issued.setDefaultSort(new WorkListSort(WorkListSort.Column.UPDATED_AT, false));
    }

    public void issue(long applicationId, long version) {
        try {
            ApplicationSummary done = workflow.decide(applicationId, version,
                    new CertificateIssue(localeView.bundle().getString("certificateIssue.opinion")));
            PageMessages.info(MessageFormat.format(localeView.bundle().getString("certificateIssue.done"),
                    done.serialNo(), done.certificateNo()));
        } catch (BusinessException e) {
            PageMessages.refused(null, e, localeView.getLocale());
        }
    }

    /** 导出Excel of the applications at 制证 (the pending list's filter and scope). */
    public StreamedContent getExport() {
        WorkListFilter shown = pending.getFilter();
        return Exports.xlsx(localeView.bundle().getString("certificateIssue.pending"), ApplicationColumns.CERTIFICATES_PENDING,
                Exports.pages((after, max) -> workLists.exportPage(shown, after, max), ApplicationSummary::id));
    }

    /** 导出Excel of 已制证, with the certificates' numbers. */
    public StreamedContent getExportIssued() {
        WorkListFilter shown = issued.getFilter();
        return Exports.xlsx(localeView.bundle().getString("certificateIssue.issued"), ApplicationColumns.CERTIFICATES_ISSUED,
                Exports.pages((after, max) -> workLists.exportPage(shown, after, max), ApplicationSummary::id));
    }

    public WorkListModel getPending() {
        return pending;
    }

    public WorkListModel getIssued() {
        return issued;
    }
}
