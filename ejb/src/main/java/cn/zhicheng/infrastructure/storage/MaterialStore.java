package cn.zhicheng.infrastructure.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Uploaded files, content-addressed by SHA-256 under the server's data directory (a shared volume when the
 * platform runs on several nodes). The same file uploaded twice is stored once.
 */
@ApplicationScoped
public class MaterialStore {

    private final Path root = Path.of(System.getProperty("zhicheng.materials.dir",
            System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir")) + "/zhicheng-materials"));

    public String put(byte[] content) {
        String sha = sha256(content);
        Path target = pathOf(sha);
        try {
            if (!Files.exists(target)) {
                Files.createDirectories(target.getParent());
                Path tmp = Files.createTempFile(target.getParent(), sha, ".part");
                Files.write(tmp, content);
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
            return sha;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store material " + sha, e);
        }
    }

    public byte[] get(String sha) {
        try {
            return Files.readAllBytes(pathOf(sha));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read material " + sha, e);
        }
    }

    private Path pathOf(String sha) {
        if (!sha.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a sha-256: " + sha);
        }
        return root.resolve(sha.substring(0, 2)).resolve(sha);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
