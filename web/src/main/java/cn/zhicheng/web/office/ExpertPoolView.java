package cn.zhicheng.web.office;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.PrimeFaces;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;

import cn.zhicheng.application.CatalogueChoice;
import cn.zhicheng.application.ExpertForm;
import cn.zhicheng.application.ExpertPoolService;
import cn.zhicheng.application.ExpertView;
import cn.zhicheng.application.export.UnitColumns;
import cn.zhicheng.domain.model.catalogue.TitleLevel;
import cn.zhicheng.domain.shared.BusinessException;
import cn.zhicheng.domain.shared.MessageKey;
import cn.zhicheng.web.common.Exports;
import cn.zhicheng.web.common.PageMessages;
import cn.zhicheng.web.shell.LocaleView;

/**
 * 专家库 (人社部令第40号): the pool of each committee of the office, paged in the database, and the dialog that adds a
 * member (with their EXPERT account and an initial password) or corrects one.
 */
@Named
@ViewScoped
public class ExpertPoolView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The dialog's field for each label a refusal names (EXPERT_FIELD_REQUIRED's argument). */
    private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("姓名", "name"),
            Map.entry("证件号码", "idNumber"), Map.entry("工作单位", "unitName"), Map.entry("组织机构码", "unitOrgCode"),
            Map.entry("专业", "specialty"), Map.entry("职称级别", "titleLevel"), Map.entry("任期开始日期", "termStart"),
            Map.entry("任期结束日期", "termEnd"), Map.entry("用户名", "username"), Map.entry("初始密码", "password"));

    @Inject
    ExpertPoolService pool;

    @Inject
    LocaleView localeView;

    private List<CatalogueChoice> committees = List.of();
    private Long committeeId;
    private PoolModel model;
    private ExpertForm form = new ExpertForm();
    private Long editingId;

    @PostConstruct
    void init() {
        committees = pool.committees();
        committeeId = committees.isEmpty() ? null : committees.get(0).id();
        model = new PoolModel(pool, committeeId);
    }

    /** 导出Excel: the committee's pool the list shows, every page, the screen's columns. */
    public StreamedContent getExport() {
        Long shown = model.committeeId;
        return Exports.xlsx(localeView.bundle().getString("experts.title"), UnitColumns.EXPERTS,
                Exports.<ExpertView>pages((after, max) -> shown == null ? List.of() : pool.poolAfter(shown, after, max),
                        ExpertView::id));
    }

    public void committeeChanged() {
        model = new PoolModel(pool, committeeId);
    }

    public void openNew() {
        form = pool.blank(committeeId == null ? -1 : committeeId);
        editingId = null;
    }

    public void openEdit(long expertId) {
        try {
            form = pool.edit(expertId);
            editingId = expertId;
        } catch (BusinessException e) {
            PageMessages.refused(null, e, localeView.getLocale());
        }
    }

    public void save() {
        try {
            if (editingId == null) {
                pool.add(form);
                PageMessages.info(localeView.bundle().getString("experts.added"));
            } else {
                pool.update(editingId, form);
                PageMessages.info(localeView.bundle().getString("experts.updated"));
            }
            PrimeFaces.current().executeScript("PF('expertDialog').hide()");
        } catch (BusinessException e) {
            PageMessages.refused("expert-form:" + field(e), e, localeView.getLocale());
        }
    }

    private static String field(BusinessException e) {
        MessageKey key = e.key();
        return switch (key) {
            case EXPERT_ID_INVALID -> "idNumber";
            case EXPERT_USERNAME_TAKEN -> "username";
            case EXPERT_PASSWORD_WEAK -> "password";
            case EXPERT_TERM_INVALID -> "termEnd";
            case EXPERT_FIELD_REQUIRED -> FIELDS.getOrDefault(String.valueOf(e.arguments()[0]), "name");
            default -> "name";
        };
    }

    public List<TitleLevel> getTitleLevels() {
        return List.of(TitleLevel.values());
    }

    public boolean isEditing() {
        return editingId != null;
    }

    public List<CatalogueChoice> getCommittees() {
        return committees;
    }

    public Long getCommitteeId() {
        return committeeId;
    }

    public void setCommitteeId(Long committeeId) {
        this.committeeId = committeeId;
    }

    public PoolModel getModel() {
        return model;
    }

    public ExpertForm getForm() {
        return form;
    }

    /** One committee's pool, a page at a time from the service. */
    public static class PoolModel extends LazyDataModel<ExpertView> {

        private static final long serialVersionUID = 1L;
        private final ExpertPoolService service;
        private final Long committeeId;

        PoolModel(ExpertPoolService service, Long committeeId) {
            this.service = service;
            this.committeeId = committeeId;
        }

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return committeeId == null ? 0 : (int) service.pool(committeeId, 0, 1).total();
        }

        @Override
        public List<ExpertView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                     Map<String, FilterMeta> filterBy) {
            if (committeeId == null) {
                return List.of();
            }
            var page = service.pool(committeeId, first, pageSize);
            setRowCount((int) page.total());
            return page.rows();
        }

        @Override
        public String getRowKey(ExpertView row) {
            return String.valueOf(row.id());
        }

        @Override
        public ExpertView getRowData(String rowKey) {
            List<ExpertView> rows = getWrappedData();
            return rows == null ? null : rows.stream().filter(r -> String.valueOf(r.id()).equals(rowKey)).findFirst()
                    .orElse(null);
        }
    }
}
