package cn.zhicheng.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.beans.IntrospectionException;
import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.io.ByteArrayOutputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import cn.zhicheng.application.form.ApplicationFormView;
import cn.zhicheng.application.form.FormList;
import cn.zhicheng.application.form.FormListRow;
import cn.zhicheng.domain.model.application.form.ApplicationForm;
import cn.zhicheng.domain.model.application.validation.SampleForms;

class FormAssemblerTest {

    @Test
    void aFormWrittenBackFromItsDtosReadsTheSame() throws Exception {
        ApplicationFormView view = FormAssembler.toView(SampleForms.validForm());

        ApplicationForm copy = ApplicationForm.newDraft();
        copy.acceptCommitment(view.getCommitment().getAcceptedAt());
        copy.updateBasicInfo(FormAssembler.toEntity(view.getBasicInfo()));
        copy.updateCurrentQualification(FormAssembler.toEntity(view.getCurrentQualification()));
        copy.declare(FormAssembler.toEntity(view.getDeclaredQualification(), SampleForms.TRAFFIC));
        copy.recordExamResult(FormAssembler.toEntity(view.getExamResult()));
        copy.evaluateSelf(FormAssembler.toEntity(view.getSelfEvaluation()));
        copy.stateNegativeRecord(FormAssembler.toEntity(view.getNegativeRecord()));
        view.rows().forEach(row -> copy.addRow(FormAssembler.toEntity(row)));

        assertEquals(properties(view), properties(FormAssembler.toView(copy)));
    }

    @Test
    void theSampleFillsEveryListSoTheRoundTripCoversEachKindOfRow() {
        ApplicationFormView view = FormAssembler.toView(SampleForms.validForm());
        EnumSet<FormList> seen = EnumSet.noneOf(FormList.class);
        view.rows().forEach(row -> seen.add(row.list()));
        assertEquals(EnumSet.allOf(FormList.class), seen);
    }

    @Test
    void eachRowDtoBecomesAnEntityOfItsOwnList() {
        for (FormListRow row : FormAssembler.toView(SampleForms.validForm()).rows()) {
            assertEquals(FormAssembler.entityKind(row.list()), FormAssembler.toEntity(row).getClass(), row.list().name());
            assertEquals(row.getClass(), FormAssembler.toRow(FormAssembler.toEntity(row)).getClass());
        }
    }

    @Test
    void theDeclaredSpecialtyTravelsByIdWithItsLabelsForDisplay() {
        var declared = FormAssembler.toView(SampleForms.validForm()).getDeclaredQualification();
        assertEquals(SampleForms.TRAFFIC.getId(), declared.getSpecialtyId());
        assertEquals("工程技术", declared.getSeriesName());
        assertEquals("深圳市交通运输专业职称评审委员会办公室", declared.getOfficeName());
    }

    @Test
    void theWholeViewIsSerializableForAViewScopedBean() throws Exception {
        ApplicationFormView view = FormAssembler.toView(SampleForms.validForm());
        try (ObjectOutputStream out = new ObjectOutputStream(new ByteArrayOutputStream())) {
            out.writeObject(view);
        }
        assertFalse(view.rows().isEmpty());
    }

    /** Every readable JavaBean property, deeply, except row ids (a detached copy has none yet). */
    private static Object properties(Object bean) throws IntrospectionException, ReflectiveOperationException {
        if (bean == null || bean instanceof Enum || bean instanceof String || bean instanceof Number
                || bean instanceof Boolean || bean.getClass().getName().startsWith("java.time")) {
            return bean;
        }
        if (bean instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            for (Object item : list) {
                out.add(properties(item));
            }
            return out;
        }
        Map<String, Object> out = new TreeMap<>();
        for (PropertyDescriptor p : Introspector.getBeanInfo(bean.getClass()).getPropertyDescriptors()) {
            if (p.getReadMethod() == null || Arrays.asList("class", "id").contains(p.getName())) {
                continue;
            }
            out.put(p.getName(), properties(p.getReadMethod().invoke(bean)));
        }
        return out;
    }
}
