package cn.zhicheng.web.materials;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import cn.zhicheng.application.LibraryEntry;
import cn.zhicheng.application.MaterialService;
import cn.zhicheng.domain.shared.BusinessException;
import cn.zhicheng.web.common.PageMessages;
import cn.zhicheng.web.shell.LocaleView;

/** 我的资料库: every file the applicant uploaded, with 查看 and 删除 (only a file no application uses). */
@Named
@ViewScoped
public class LibraryView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MaterialService materials;

    @Inject
    LocaleView localeView;

    private List<LibraryEntry> files = List.of();

    public void load() {
        try {
            files = materials.myLibrary();
        } catch (BusinessException e) {
            files = List.of();
            PageMessages.refused(null, e, localeView.getLocale());
        }
    }

    public void delete(long libraryFileId) {
        try {
            materials.deleteLibraryFile(libraryFileId);
        } catch (BusinessException e) {
            PageMessages.refused(null, e, localeView.getLocale());
        }
        load();
    }

    public String fileHref(long libraryFileId) {
        return MaterialFileServlet.PATH + "?library=" + libraryFileId;
    }

    public String sizeText(long bytes) {
        return MaterialsView.format(bytes);
    }

    public List<LibraryEntry> getFiles() {
        return files;
    }
}
