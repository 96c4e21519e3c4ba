package cn.zhicheng.web.unit;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;

import cn.zhicheng.application.Page;
import cn.zhicheng.application.PublicityCandidate;
import cn.zhicheng.application.export.ApplicationColumns;
import cn.zhicheng.application.PublicityNotice;
import cn.zhicheng.application.ReportService;
import cn.zhicheng.domain.shared.BusinessException;
import cn.zhicheng.web.common.Downloads;
import cn.zhicheng.web.common.Exports;
import cn.zhicheng.web.shell.LocaleView;

/**
 * 打印评前公示名单 / 打印评后公示名单 (manual chapter 4): the applicants at that publicity with their 打印状态, rows
 * selected, 查看报表 opens the notice form, 报表打印 downloads the list (the service records who was printed).
 * Scope, filter and paging are the service's.
 */
@Named
@ViewScoped
public class PublicityListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReportService reports;

    @Inject
    LocaleView localeView;

    private boolean pre = true;
    /** 打印状态: null 全部, false 未打印, true 已打印. */
    private Boolean printed;
    private String applicant;
    private List<PublicityCandidate> selected = new ArrayList<>();
    private PublicityNotice notice = new PublicityNotice();
    private Model model;
    private String refused;

    @PostConstruct
    void init() {
        model = new Model(this);
    }

    /** {@code ?stage=post} opens the 评后 list. */
    public void setStage(String stage) {
        pre = !"post".equals(stage);
    }

    public String getStage() {
        return pre ? "pre" : "post";
    }

    public void search() {
        selected = new ArrayList<>();
    }

    /** 报表打印: the PDF of the selected rows (nothing selected: a message, nothing printed). */
    public StreamedContent getReport() {
        if (selected.isEmpty()) {
            refused = localeView.bundle().getString("publicityList.noneSelected");
            return null;
        }
        try {
            List<Long> ids = selected.stream().map(PublicityCandidate::applicationId).toList();
            return Downloads.of(reports.publicityList(pre, notice, ids));
        } catch (BusinessException e) {
            refused = e.message(localeView.getLocale());
            return null;
        }
    }

    /** 导出Excel: every row of the list as searched (stage, 打印状态, applicant), its columns. */
    public StreamedContent getExport() {
        boolean stage = pre;
        Boolean state = printed;
        String who = applicant;
        return Exports.xlsx(localeView.bundle().getString(pre ? "publicityList.export.pre" : "publicityList.export.post"),
                ApplicationColumns.PUBLICITY_CANDIDATES,
                Exports.pages((after, max) -> reports.publicityCandidatesAfter(stage, state, who, after, max),
                        PublicityCandidate::applicationId));
    }

    Page<PublicityCandidate> page(int first, int pageSize) {
        try {
            refused = null;
            return reports.publicityCandidates(pre, printed, applicant, first, pageSize);
        } catch (BusinessException e) {
            refused = e.message(localeView.getLocale());
            return new Page<>(List.of(), 0);
        }
    }

    public boolean isPre() {
        return pre;
    }

    public Boolean getPrinted() {
        return printed;
    }

    public void setPrinted(Boolean printed) {
        this.printed = printed;
    }

    public String getApplicant() {
        return applicant;
    }

    public void setApplicant(String applicant) {
        this.applicant = applicant;
    }

    public List<PublicityCandidate> getSelected() {
        return selected;
    }

    public void setSelected(List<PublicityCandidate> selected) {
        this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
    }

    public PublicityNotice getNotice() {
        return notice;
    }

    public LazyDataModel<PublicityCandidate> getModel() {
        return model;
    }

    public String getRefused() {
        return refused;
    }

    /** The service's paged query as PrimeFaces' lazy model; the row key is the application id. */
    static final class Model extends LazyDataModel<PublicityCandidate> {

        private static final long serialVersionUID = 1L;
        private final PublicityListView view;
        private List<PublicityCandidate> rows = List.of();
        private Long total;

        Model(PublicityListView view) {
            this.view = view;
        }

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            if (total == null) {
                total = view.page(0, 1).total();
            }
            return total.intValue();
        }

        @Override
        public List<PublicityCandidate> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                             Map<String, FilterMeta> filterBy) {
            Page<PublicityCandidate> page = view.page(first, pageSize);
            total = page.total();
            setRowCount((int) page.total());
            rows = page.rows();
            return rows;
        }

        @Override
        public String getRowKey(PublicityCandidate row) {
            return String.valueOf(row.applicationId());
        }

        @Override
        public PublicityCandidate getRowData(String rowKey) {
            return rows.stream().filter(r -> String.valueOf(r.applicationId()).equals(rowKey)).findFirst()
                    .orElseGet(() -> view.selected.stream().filter(r -> String.valueOf(r.applicationId()).equals(rowKey))
                            .findFirst().orElse(null));
        }
    }
}
