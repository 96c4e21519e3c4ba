package cn.zhicheng.web.materials;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

import cn.zhicheng.application.ApplicationSummary;
import cn.zhicheng.application.LibraryEntry;
import cn.zhicheng.application.MaterialChecklist;
import cn.zhicheng.application.MaterialRow;
import cn.zhicheng.application.MaterialService;
import cn.zhicheng.application.WorkflowService;
import cn.zhicheng.domain.model.application.material.MaterialKind;
import cn.zhicheng.domain.shared.BusinessException;
import cn.zhicheng.web.common.PageMessages;
import cn.zhicheng.web.shell.LocaleView;

/**
 * 附件 (事项材料上传, manual 第二章 13): the checklist of one application with 本地上传, 共享上传 (from 我的资料库), 查看,
 * 删除 and 范本. Every rule (content, size, caps, one photo, editable, scope) is the service's; this bean keeps the
 * application's id, the checklist it last read and the material a dialog is open for.
 */
@Named
@ViewScoped
public class MaterialsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MaterialService materials;

    @Inject
    WorkflowService workflow;

    @Inject
    LocaleView localeView;

    private Long id;
    private ApplicationSummary application;
    private MaterialChecklist checklist;
    private MaterialKind dialogKind;
    private List<LibraryEntry> library = List.of();

    public void load() {
        if (id == null) {
            return;
        }
        try {
            application = workflow.find(id);
            checklist = materials.checklist(id);
        } catch (BusinessException e) {
            application = null;
            checklist = null;
            PageMessages.refused(null, e, localeView.getLocale());
        }
    }

    /** 本地上传 of one row (the row's kind rides on the component); a refusal is shown next to that row's upload. */
    public void upload(FileUploadEvent event) {
        MaterialKind kind = (MaterialKind) event.getComponent().getAttributes().get("kind");
        UploadedFile file = event.getFile();
        String clientId = event.getComponent().getClientId();
        try {
            if (checklist != null && checklist.applicantMayEdit()) {
                materials.upload(id, kind, file.getFileName(), file.getContent());
            } else {
                materials.uploadForUnit(id, kind, file.getFileName(), file.getContent());
            }
            PageMessages.info(text("materials.uploaded", file.getFileName()));
        } catch (BusinessException e) {
            PageMessages.refused(clientId, e, localeView.getLocale());
        }
        refresh();
    }

    /** 共享上传: the dialog lists the library's files for the row. */
    public void openShare(MaterialKind kind) {
        dialogKind = kind;
        try {
            String type = kind.contentKind().mediaType();
            library = materials.myLibrary().stream().filter(e -> type.equals(e.mediaType())).toList();
        } catch (BusinessException e) {
            library = List.of();
            PageMessages.refused(null, e, localeView.getLocale());
        }
    }

    public void share(long libraryFileId) {
        try {
            materials.share(id, dialogKind, libraryFileId);
            PageMessages.info(text("materials.shared", labelOf(dialogKind)));
        } catch (BusinessException e) {
            PageMessages.refused(null, e, localeView.getLocale());
        }
        refresh();
    }

    /** 范本 / 查看要求: the dialog shows the material's requirement. */
    public void openRequirement(MaterialKind kind) {
        dialogKind = kind;
    }

    public void delete(long materialFileId) {
        try {
            if (checklist != null && checklist.applicantMayEdit()) {
                materials.delete(materialFileId);
            } else {
                materials.deleteForUnit(materialFileId);
            }
            PageMessages.info(text("materials.deleted", ""));
        } catch (BusinessException e) {
            PageMessages.refused(null, e, localeView.getLocale());
        }
        refresh();
    }

    private void refresh() {
        try {
            checklist = materials.checklist(id);
        } catch (BusinessException e) {
            PageMessages.refused(null, e, localeView.getLocale());
        }
    }

    /** The rows a page shows: the applicant's page its own materials (and the unit's once uploaded), others all. */
    public List<MaterialRow> rowsFor(boolean applicantPage) {
        if (checklist == null) {
            return List.of();
        }
        return checklist.rows().stream()
                .filter(r -> !applicantPage || !r.kind().isUnitSide() || !r.files().isEmpty())
                .toList();
    }

    public String fileHref(long materialFileId) {
        return MaterialFileServlet.PATH + "?id=" + materialFileId;
    }

    public String sizeText(long bytes) {
        return format(bytes);
    }

    static String format(long bytes) {
        return bytes >= 1024 * 1024 ? String.format("%.1f MB", bytes / (1024.0 * 1024)) : Math.max(1, bytes / 1024) + " KB";
    }

    private String labelOf(MaterialKind kind) {
        return kind == null ? "" : kind.label();
    }

    private String text(String key, Object argument) {
        String pattern = java.util.ResourceBundle.getBundle("cn.zhicheng.web.i18n.messages", localeView.getLocale())
                .getString(key);
        return java.text.MessageFormat.format(pattern, argument);
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

    public MaterialChecklist getChecklist() {
        return checklist;
    }

    public MaterialKind getDialogKind() {
        return dialogKind;
    }

    public List<LibraryEntry> getLibrary() {
        return library;
    }
}
