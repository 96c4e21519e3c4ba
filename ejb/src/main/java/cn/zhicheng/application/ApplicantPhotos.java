package cn.zhicheng.application;

import java.util.Optional;

/**
 * The applicant's 照片 of one application (the material 照片, JPEG or PNG), for the forms that print it.
 * Called only after the caller's scope has been checked. The platform's default knows no photo (the form then
 * prints a framed blank box to paste one in); the materials module provides the real one.
 */
public interface ApplicantPhotos {

    /** The photo's bytes, or empty when none has been uploaded. */
    Optional<byte[]> photo(long applicationId);
}
