package cn.zhicheng.web.office;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import cn.zhicheng.application.MeetingService;
import cn.zhicheng.application.MeetingSummary;

/** 评审会议: the office's meetings, newest first, paged in the database. */
@Named
@ViewScoped
public class MeetingListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MeetingService meetings;

    private MeetingsModel model;

    @PostConstruct
    void init() {
        model = new MeetingsModel(meetings);
    }

    public MeetingsModel getModel() {
        return model;
    }

    /** The office's meetings, a page at a time. */
    public static class MeetingsModel extends LazyDataModel<MeetingSummary> {

        private static final long serialVersionUID = 1L;
        private final MeetingService service;

        MeetingsModel(MeetingService service) {
            this.service = service;
        }

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) service.meetings(0, 1).total();
        }

        @Override
        public List<MeetingSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                         Map<String, FilterMeta> filterBy) {
            var page = service.meetings(first, pageSize);
            setRowCount((int) page.total());
            return page.rows();
        }

        @Override
        public String getRowKey(MeetingSummary row) {
            return String.valueOf(row.id());
        }

        @Override
        public MeetingSummary getRowData(String rowKey) {
            List<MeetingSummary> rows = getWrappedData();
            return rows == null ? null : rows.stream().filter(r -> String.valueOf(r.id()).equals(rowKey)).findFirst()
                    .orElse(null);
        }
    }
}
