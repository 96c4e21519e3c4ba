package cn.zhicheng.infrastructure.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import cn.zhicheng.domain.model.application.material.LibraryFile;
import cn.zhicheng.domain.model.application.material.MaterialFile;

/**
 * materials' demo data: the demo applicants' uploaded files (written by {@link DemoApplications}) appear in their
 * 我的资料库, one library file per person and content, and the attachments point at it, as an upload through the
 * service leaves them.
 */
@Dependent
public class MaterialsDemo {

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    void load() {
        List<MaterialFile> files = em.createQuery("SELECT m FROM MaterialFile m WHERE m.ownerPersonId IS NOT NULL "
                + "AND m.libraryFileId IS NULL ORDER BY m.id", MaterialFile.class).getResultList();
        Map<String, MaterialFile> first = new LinkedHashMap<>();
        files.forEach(f -> first.putIfAbsent(f.getOwnerPersonId() + "/" + f.getSha256(), f));
        for (MaterialFile f : first.values()) {
            LibraryFile library = new LibraryFile(f.getOwnerPersonId(), f.getSha256(), f.getFileName(),
                    f.getContentType(), f.getSizeBytes(), f.getUploadedAt());
            em.persist(library);
            em.flush();
            em.createQuery("UPDATE MaterialFile m SET m.libraryFileId = :lib WHERE m.ownerPersonId = :p "
                            + "AND m.sha256 = :sha AND m.libraryFileId IS NULL")
                    .setParameter("lib", library.getId()).setParameter("p", f.getOwnerPersonId())
                    .setParameter("sha", f.getSha256()).executeUpdate();
        }
        em.flush();
    }
}
