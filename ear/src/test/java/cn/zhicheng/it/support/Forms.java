package cn.zhicheng.it.support;

import cn.zhicheng.application.form.ApplicationFormView;
import cn.zhicheng.application.internal.FormAssembler;
import cn.zhicheng.domain.model.application.form.ApplicationForm;
import cn.zhicheng.infrastructure.demo.DemoForms;

/** A complete, valid 申报表 for a fixture applicant: 工程师 (工程技术), 交通运输管理, sent to the transport company. */
public final class Forms {

    /** 工程技术 · 中级 · 工程师 · 交通运输管理 → 交通运输专业中级评委会 (201), office 101. */
    public static final long ENGINEER_TRAFFIC = 502L;
    /** 工程技术 · 中级 · 工程师 · 道路桥梁: same series, same committee. */
    public static final long ENGINEER_BRIDGES = 503L;
    /** 档案 · 中级 · 馆员 · 档案管理 → 档案中级评委会 (213), office 107. */
    public static final long ARCHIVIST = 520L;

    private Forms() {
    }

    /** The demo's complete form as the screens' DTOs, declaring the specialty by id (saved by {@link Journey#fill}). */
    public static ApplicationFormView valid(Fixtures.Applicant who, long specialtyId, String workUnit) {
        ApplicationForm form = ApplicationForm.newDraft();
        DemoForms.fill(form, who.name(), who.idNumber(), workUnit);
        form.declare(DemoForms.declaration(null));
        ApplicationFormView view = FormAssembler.toView(form);
        view.getDeclaredQualification().setSpecialtyId(specialtyId);
        return view;
    }

    /** A tiny but real JPEG (starts FF D8 FF) and PDF (starts %PDF-) for the required materials. */
    public static byte[] jpeg() {
        return new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0, 1, 1, 0, 0, 1};
    }

    public static byte[] pdf() {
        return "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }
}
