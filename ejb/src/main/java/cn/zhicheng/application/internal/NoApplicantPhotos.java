package cn.zhicheng.application.internal;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import cn.zhicheng.application.ApplicantPhotos;

/**
 * The default {@link ApplicantPhotos}: no photo, so the forms print a framed blank 照片 box. The materials module
 * replaces it with a bean of its own annotated {@code @Alternative @Priority(Interceptor.Priority.APPLICATION)}
 * that reads the 照片 material (see ARCHITECTURE "Official forms").
 */
@ApplicationScoped
public class NoApplicantPhotos implements ApplicantPhotos {

    @Override
    public Optional<byte[]> photo(long applicationId) {
        return Optional.empty();
    }
}
