package cn.zhicheng.web.unit;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import cn.zhicheng.application.ImportProgress;
import cn.zhicheng.application.PersonnelImportService;
import cn.zhicheng.application.UnitAccess;
import cn.zhicheng.application.UnitAccountService;
import cn.zhicheng.application.WorkListFilter;
import cn.zhicheng.application.WorkListService;
import cn.zhicheng.domain.model.application.ApplicationState;
import cn.zhicheng.domain.model.party.HandlerGrant;
import cn.zhicheng.domain.model.party.UnitMenu;

/**
 * The unit's 首页: the count of 资格评审 applications per stage (the unit's own stages first, each a link into the
 * filtered work list), and the latest personnel import; only what the account was granted is asked for, so that a
 * handler's landing page never trips a refusal.
 */
@Named
@ViewScoped
public class UnitHomeView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The unit acts on these (待办); the others are shown after them. */
    private static final List<ApplicationState> UNIT_STAGES = List.of(ApplicationState.UNIT_REVIEW,
            ApplicationState.UNIT_PRE_PUBLICITY, ApplicationState.UNIT_POST_PUBLICITY);
    private static final List<ApplicationState> LATER_STAGES = List.of(ApplicationState.OFFICE_PRE_AUDIT,
            ApplicationState.AWAITING_PAYMENT, ApplicationState.EXPERT_REVIEW, ApplicationState.OFFICE_POST_AUDIT,
            ApplicationState.BUREAU_REVIEW, ApplicationState.BUREAU_PUBLICITY, ApplicationState.CERTIFICATE,
            ApplicationState.RETURNED);

    @Inject
    UnitAccountService accounts;

    @Inject
    WorkListService workLists;

    @Inject
    PersonnelImportService importer;

    private UnitAccess access;
    private Map<ApplicationState, Long> counts = new EnumMap<>(ApplicationState.class);
    private ImportProgress latestImport;

    @PostConstruct
    void init() {
        access = accounts.myAccess();
        if (access.holdsItem(HandlerGrant.TITLE_REVIEW_ITEM)) {
            counts = new EnumMap<>(workLists.list(WorkListFilter.none(), null, 0, 1).countsByState());
        }
        if (access.mayOpen(UnitMenu.PERSONNEL)) {
            latestImport = importer.latest().orElse(null);
        }
    }

    public boolean isReviewGranted() {
        return access.holdsItem(HandlerGrant.TITLE_REVIEW_ITEM);
    }

    public boolean isPersonnelGranted() {
        return access.mayOpen(UnitMenu.PERSONNEL);
    }

    /** Nothing at all granted yet: the page says whom to ask. */
    public boolean isNothingGranted() {
        return !isReviewGranted() && access.menus().isEmpty() && !access.isAdmin();
    }

    public List<ApplicationState> getUnitStages() {
        return UNIT_STAGES;
    }

    public List<ApplicationState> getLaterStages() {
        return LATER_STAGES;
    }

    public long count(ApplicationState state) {
        return counts.getOrDefault(state, 0L);
    }

    public long getToDo() {
        return UNIT_STAGES.stream().mapToLong(this::count).sum();
    }

    public long getFinished() {
        return counts.entrySet().stream().filter(e -> e.getKey().isFinal()).mapToLong(Map.Entry::getValue).sum();
    }

    public ImportProgress getLatestImport() {
        return latestImport;
    }
}
