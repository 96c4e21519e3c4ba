package cn.zhicheng.web.materials;

import java.io.Serializable;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

import cn.zhicheng.application.MaterialChecklist;
import cn.zhicheng.application.MaterialRow;
import cn.zhicheng.application.MaterialService;
import cn.zhicheng.domain.model.application.material.MaterialKind;
import cn.zhicheng.domain.shared.BusinessException;
import cn.zhicheng.web.common.PageMessages;
import cn.zhicheng.web.shell.LocaleView;

/**
 * The unit's upload of its own material on 单位审核 and the publicity pages (单位承诺书, 评前/评后公示情况表): one row
 * of the checklist with 上传, 查看 and 删除. The application is the page's {@code ?id=}; the service checks the unit,
 * the grant, the stage and the content; the transition itself requires the material.
 */
@Named
@ViewScoped
public class UnitMaterialsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MaterialService materials;

    @Inject
    LocaleView localeView;

    private Long id;
    private MaterialChecklist checklist;

    @PostConstruct
    void init() {
        String param = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
        try {
            id = param == null ? null : Long.valueOf(param);
        } catch (NumberFormatException e) {
            id = null;
        }
        refresh();
    }

    /** The row of that material, or null when the application cannot be read. */
    public MaterialRow row(String kind) {
        if (checklist == null) {
            return null;
        }
        MaterialKind k = MaterialKind.valueOf(kind);
        return checklist.rows().stream().filter(r -> r.kind() == k).findFirst().orElse(null);
    }

    public void upload(FileUploadEvent event) {
        MaterialKind kind = MaterialKind.valueOf((String) event.getComponent().getAttributes().get("kind"));
        UploadedFile file = event.getFile();
        try {
            materials.uploadForUnit(id, kind, file.getFileName(), file.getContent());
        } catch (BusinessException e) {
            PageMessages.refused(event.getComponent().getClientId(), e, localeView.getLocale());
        }
        refresh();
    }

    public void delete(long materialFileId) {
        try {
            materials.deleteForUnit(materialFileId);
        } catch (BusinessException e) {
            PageMessages.refused(null, e, localeView.getLocale());
        }
        refresh();
    }

    public String fileHref(long materialFileId) {
        return MaterialFileServlet.PATH + "?id=" + materialFileId;
    }

    private void refresh() {
        if (id == null) {
            checklist = null;
            return;
        }
        try {
            checklist = materials.checklist(id);
        } catch (BusinessException e) {
            checklist = null;
        }
    }
}
