package cn.zhicheng.web.bureau;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import cn.zhicheng.application.WorkListService;
import cn.zhicheng.domain.model.application.ApplicationState;
import cn.zhicheng.web.facade.StagedWorkList;
import cn.zhicheng.web.shell.LocaleView;

/** 受理审核审批 (issue 8): the bureau's work list with its stage bar, search and paging in the database. */
@Named
@ViewScoped
public class BureauReviewListView implements Serializable {

    private static final long serialVersionUID = 1L;

    static final List<ApplicationState> BUREAU_STAGES = List.of(ApplicationState.BUREAU_REVIEW,
            ApplicationState.BUREAU_PUBLICITY, ApplicationState.CERTIFICATE, ApplicationState.APPROVED);

    @Inject
    WorkListService workLists;

    @Inject
    LocaleView localeView;

    private StagedWorkList list;
    private String stageName = ApplicationState.BUREAU_REVIEW.name();

    @PostConstruct
    void init() {
        list = new StagedWorkList(workLists, BUREAU_STAGES);
    }

    /** View action: the stage of the link, 人社审核 by default. */
    public void open() {
        list.chooseStageNamed(stageName);
        list.apply();
    }

    public void search() {
        list.apply();
    }

    public void reset() {
        list.reset();
    }

    public void chooseStage(ApplicationState stage) {
        list.chooseStage(stage);
    }

    public String stageLabel(ApplicationState state) {
        return localeView.bundle().getString("review.state." + state.name());
    }

    public StagedWorkList getList() {
        return list;
    }

    public String getStageName() {
        return stageName;
    }

    public void setStageName(String stageName) {
        if (stageName != null && !stageName.isBlank()) {
            this.stageName = stageName;
        }
    }
}
