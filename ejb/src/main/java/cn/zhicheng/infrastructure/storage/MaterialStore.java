package cn.zhicheng.infrastructure.storage;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import cn.zhicheng.domain.model.application.material.MaterialContent;
import cn.zhicheng.domain.model.application.material.MaterialKind.ContentKind;

/**
 * Uploaded files in the database (table {@code material_content}), content-addressed by SHA-256: the bytes are
 * written in the caller's transaction, so a file and the rows naming it commit or roll back together (no orphan,
 * and every node of a cluster reads the same store). The same content uploaded twice is stored once.
 */
@ApplicationScoped
public class MaterialStore {

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    @Inject
    Clock clock;

    /** Stores the content (if not there yet) in the current transaction; answers its SHA-256. */
    public String put(byte[] content) {
        String sha = sha256(content);
        if (!exists(sha)) {
            String type = ContentKind.detect(head(content)).map(ContentKind::mediaType)
                    .orElse("application/octet-stream");
            em.persist(new MaterialContent(sha, type, content, LocalDateTime.now(clock)));
            em.flush();
        }
        return sha;
    }

    public byte[] get(String sha) {
        MaterialContent content = em.find(MaterialContent.class, checked(sha));
        if (content == null) {
            throw new IllegalStateException("no material content " + sha);
        }
        return content.getContent();
    }

    public Optional<byte[]> find(String sha) {
        return Optional.ofNullable(em.find(MaterialContent.class, checked(sha))).map(MaterialContent::getContent);
    }

    public boolean exists(String sha) {
        return em.createQuery("SELECT COUNT(c) FROM MaterialContent c WHERE c.sha256 = :sha", Long.class)
                .setParameter("sha", checked(sha)).getSingleResult() > 0;
    }

    /** Removes the content when no library file and no attachment names it any more. */
    public void removeIfUnused(String sha) {
        long libraries = em.createQuery("SELECT COUNT(l) FROM LibraryFile l WHERE l.sha256 = :sha", Long.class)
                .setParameter("sha", checked(sha)).getSingleResult();
        long attachments = em.createQuery("SELECT COUNT(m) FROM MaterialFile m WHERE m.sha256 = :sha", Long.class)
                .setParameter("sha", sha).getSingleResult();
        if (libraries == 0 && attachments == 0) {
            em.createQuery("DELETE FROM MaterialContent c WHERE c.sha256 = :sha").setParameter("sha", sha)
                    .executeUpdate();
        }
    }

    public static byte[] head(byte[] content) {
        return java.util.Arrays.copyOf(content, Math.min(content.length, 16));
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String checked(String sha) {
        if (sha == null || !sha.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a sha-256: " + sha);
        }
        return sha;
    }
}
