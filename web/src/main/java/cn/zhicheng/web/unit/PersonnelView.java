package cn.zhicheng.web.unit;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

import cn.zhicheng.application.ImportProgress;
import cn.zhicheng.application.Page;
import cn.zhicheng.application.PersonnelImportService;
import cn.zhicheng.application.PersonnelRow;
import cn.zhicheng.application.PersonnelService;
import cn.zhicheng.application.export.UnitColumns;
import cn.zhicheng.domain.shared.BusinessException;
import cn.zhicheng.web.common.Downloads;
import cn.zhicheng.web.common.Exports;
import cn.zhicheng.web.shell.LocaleView;

/**
 * 人员管理 (manual 1.4.5, 4.3): the unit's personnel list (search 姓名 / 证件号码, paged in the database, 删除), 导入模板,
 * and 导入人员: the upload starts the import job; a progress bar polls it until it ends, then shows the counts and the
 * error report. The services check the grant and the unit; this bean keeps the search, the import's id and its last
 * progress.
 */
@Named
@ViewScoped
public class PersonnelView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String UPLOAD = "personnel:upload";

    @Inject
    PersonnelService personnel;

    @Inject
    PersonnelImportService importer;

    @Inject
    LocaleView localeView;

    private final Model model = new Model();
    private String refused;
    private String name;
    private String idNumber;
    private ImportProgress progress;

    @PostConstruct
    void init() {
        try {
            progress = importer.latest().orElse(null);
        } catch (BusinessException e) {
            refused = e.message(localeView.getLocale());
        }
    }

    public void search() {
        // the table's lazy load reads the fields
    }

    public void reset() {
        name = null;
        idNumber = null;
    }

    public void delete(long personnelId, String who) {
        try {
            personnel.delete(personnelId);
            Refusals.info(MessageFormat.format(localeView.bundle().getString("personnel.deleted"), who));
        } catch (BusinessException e) {
            Refusals.show(null, e, localeView.getLocale());
        }
    }

    /** 导出Excel: the list as searched (姓名, 证件号码), every page, the screen's columns. */
    public StreamedContent getExport() {
        String who = name;
        String id = idNumber;
        return Exports.xlsx(localeView.bundle().getString("personnel.title"), UnitColumns.PERSONNEL,
                Exports.pages((after, max) -> personnel.listAfter(who, id, after, max), PersonnelRow::id));
    }

    public StreamedContent getTemplate() {
        return Downloads.of(personnel.template());
    }

    /** 导入人员: the upload is checked and staged by the service, which starts the job; a refusal is shown at the field. */
    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        try (InputStream in = file.getInputStream()) {
            progress = importer.start(file.getFileName(), in, PersonnelImportService.Options.DEFAULT);
        } catch (BusinessException e) {
            Refusals.show(UPLOAD, e, localeView.getLocale());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The progress bar's poll. */
    public void refresh() {
        if (progress != null) {
            progress = importer.progress(progress.importId());
        }
    }

    /** 继续导入: a failed or stopped import goes on from its last committed chunk. */
    public void restart() {
        if (progress == null) {
            return;
        }
        try {
            progress = importer.restart(progress.importId());
        } catch (BusinessException e) {
            Refusals.show(null, e, localeView.getLocale());
        }
    }

    public StreamedContent getErrorReport() {
        return progress == null ? null : Downloads.of(personnel.errorReport(progress.importId()));
    }

    public boolean isRunning() {
        return progress != null && progress.running();
    }

    public LazyDataModel<PersonnelRow> getModel() {
        return model;
    }

    public String getRefused() {
        return refused;
    }

    public ImportProgress getProgress() {
        return progress;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber;
    }

    /** The list, a page at a time from the service (rows are records: read with their accessors in the page). */
    private class Model extends LazyDataModel<PersonnelRow> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) personnel.list(name, idNumber, 0, 1).total();
        }

        @Override
        public List<PersonnelRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                       Map<String, FilterMeta> filterBy) {
            Page<PersonnelRow> page = personnel.list(name, idNumber, first, pageSize);
            setRowCount((int) page.total());
            return page.rows();
        }

        @Override
        public String getRowKey(PersonnelRow row) {
            return String.valueOf(row.id());
        }

        @Override
        public PersonnelRow getRowData(String rowKey) {
            List<PersonnelRow> rows = getWrappedData();
            return rows == null ? null : rows.stream().filter(r -> String.valueOf(r.id()).equals(rowKey))
                    .findFirst().orElse(null);
        }
    }
}
