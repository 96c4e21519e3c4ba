package cn.zhicheng.application.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import java.util.logging.Logger;

import javax.imageio.ImageIO;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import cn.zhicheng.application.ApplicantPhotos;
import cn.zhicheng.domain.model.application.material.MaterialKind;
import cn.zhicheng.infrastructure.storage.MaterialStore;

/**
 * The 照片 the forms print (登记表): the application's latest 照片 material, read from the content store. Replaces
 * {@link NoApplicantPhotos}; called by the report service after it checked the caller's scope. A file that passed
 * the upload's content check but is no picture the renderer can draw is left out (the form prints its blank box)
 * rather than making the whole form fail.
 */
@ApplicationScoped
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
public class MaterialApplicantPhotos implements ApplicantPhotos {

    private static final Logger LOG = Logger.getLogger(MaterialApplicantPhotos.class.getName());

    @PersistenceContext(unitName = "zhicheng")
    EntityManager em;

    @Inject
    MaterialStore store;

    @Override
    public Optional<byte[]> photo(long applicationId) {
        return em.createQuery("SELECT m.sha256 FROM MaterialFile m WHERE m.applicationId = :id AND m.kind = :kind "
                        + "ORDER BY m.uploadedAt DESC, m.id DESC", String.class)
                .setParameter("id", applicationId).setParameter("kind", MaterialKind.PHOTO)
                .setMaxResults(1).getResultList().stream().findFirst().flatMap(store::find)
                .filter(bytes -> drawable(bytes, applicationId));
    }

    private static boolean drawable(byte[] bytes, long applicationId) {
        try {
            if (ImageIO.read(new ByteArrayInputStream(bytes)) != null) {
                return true;
            }
        } catch (IOException | RuntimeException e) {
            // an unreadable picture: as below
        }
        LOG.warning("the 照片 of application " + applicationId + " is no drawable picture: the form prints a blank box");
        return false;
    }
}
