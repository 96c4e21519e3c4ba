package cn.zhicheng.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.beans.IntrospectionException;
import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.io.ByteArrayOutputStream;
import java.io.ObjectOutputStream;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import cn.zhicheng.application.form.ApplicationFormView;
import cn.zhicheng.application.form.AwardRow;
import cn.zhicheng.application.form.BasicInfoSection;
import cn.zhicheng.application.form.ContinuingEducationRow;
import cn.zhicheng.application.form.CurrentQualificationSection;
import cn.zhicheng.application.form.DeclaredQualificationSection;
import cn.zhicheng.application.form.EducationRow;
import cn.zhicheng.application.form.ExamResultSection;
import cn.zhicheng.application.form.FormList;
import cn.zhicheng.application.form.FormListRow;
import cn.zhicheng.application.form.FurtherStudyRow;
import cn.zhicheng.application.form.NegativeRecordSection;
import cn.zhicheng.application.form.OrganisationPostRow;
import cn.zhicheng.application.form.PatentRow;
import cn.zhicheng.application.form.ProjectRow;
import cn.zhicheng.application.form.PublicationRow;
import cn.zhicheng.application.form.SelfEvaluationSection;
import cn.zhicheng.application.form.WorkExperienceRow;
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
    void everyFieldOfEveryRowSurvivesTheRoundTrip() throws Exception {
        for (Class<? extends FormListRow> type : List.of(EducationRow.class, WorkExperienceRow.class,
                OrganisationPostRow.class, FurtherStudyRow.class, ContinuingEducationRow.class, ProjectRow.class,
                AwardRow.class, PublicationRow.class, PatentRow.class)) {
            FormListRow row = filled(type);
            assertEquals(properties(row), properties(FormAssembler.toRow(FormAssembler.toEntity(row))),
                    type.getSimpleName());
        }
    }

    @Test
    void everyFieldOfEverySectionSurvivesTheRoundTrip() throws Exception {
        BasicInfoSection basic = filled(BasicInfoSection.class);
        assertEquals(properties(basic), properties(FormAssembler.toBasicInfoSection(FormAssembler.toEntity(basic))));
        CurrentQualificationSection current = filled(CurrentQualificationSection.class);
        assertEquals(properties(current),
                properties(FormAssembler.toCurrentQualificationSection(FormAssembler.toEntity(current))));
        ExamResultSection exam = filled(ExamResultSection.class);
        assertEquals(properties(exam), properties(FormAssembler.toExamResultSection(FormAssembler.toEntity(exam))));
        SelfEvaluationSection self = filled(SelfEvaluationSection.class);
        assertEquals(properties(self), properties(FormAssembler.toSelfEvaluationSection(FormAssembler.toEntity(self))));
        NegativeRecordSection negative = filled(NegativeRecordSection.class);
        assertEquals(properties(negative),
                properties(FormAssembler.toNegativeRecordSection(FormAssembler.toEntity(negative))));

        DeclaredQualificationSection declared = filled(DeclaredQualificationSection.class);
        declared.setSpecialtyId(SampleForms.TRAFFIC.getId());
        DeclaredQualificationSection back = FormAssembler.toDeclaredQualificationSection(
                FormAssembler.toEntity(declared, SampleForms.TRAFFIC));
        assertEquals(List.of(declared.getDeclarationType(), declared.getSpecialtyId(), declared.getOtherDeclarations(),
                        declared.getOtherDeclarationNames()),
                List.of(back.getDeclarationType(), back.getSpecialtyId(), back.getOtherDeclarations(),
                        back.getOtherDeclarationNames()));
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

    /** A DTO with every writable property set to a non-null value of its type (enums: the last constant). */
    private static <T> T filled(Class<T> type) throws Exception {
        T bean = type.getConstructor().newInstance();
        for (PropertyDescriptor p : Introspector.getBeanInfo(type).getPropertyDescriptors()) {
            Method setter = p.getWriteMethod();
            if (setter == null || p.getName().equals("id")) {
                continue;
            }
            Type param = setter.getGenericParameterTypes()[0];
            Object value = param instanceof ParameterizedType list
                    ? List.of(sample((Class<?>) list.getActualTypeArguments()[0]))
                    : sample(p.getPropertyType());
            setter.invoke(bean, value);
        }
        return bean;
    }

    private static Object sample(Class<?> type) {
        if (type == String.class) {
            return "值";
        } else if (type == Boolean.class || type == boolean.class) {
            return Boolean.TRUE;
        } else if (type == Integer.class) {
            return 7;
        } else if (type == Long.class) {
            return 9L;
        } else if (type == BigDecimal.class) {
            return new BigDecimal("88.50");
        } else if (type == LocalDate.class) {
            return LocalDate.of(2019, 5, 6);
        } else if (type == LocalDateTime.class) {
            return LocalDateTime.of(2019, 5, 6, 9, 30);
        } else if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            return constants[constants.length - 1];
        }
        throw new IllegalArgumentException("no sample value for " + type);
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
