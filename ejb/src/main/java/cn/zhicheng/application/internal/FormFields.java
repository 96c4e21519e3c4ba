package cn.zhicheng.application.internal;

import java.beans.BeanInfo;
import java.beans.IntrospectionException;
import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.lang.reflect.InvocationTargetException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import cn.zhicheng.application.FieldChange;
import cn.zhicheng.application.form.ApplicationFormView;
import cn.zhicheng.application.form.FormList;
import cn.zhicheng.application.form.FormListRow;
import cn.zhicheng.application.form.FormSection;
import cn.zhicheng.domain.shared.Labelled;

/**
 * The form as flat fields, to keep it as it stood at a return and to tell what changed since: a single section's
 * field is {@code basicInfo.phone}; a list row's field is {@code educations#<row id>.school}, and
 * {@code educations#<row id>} holds the row's number, so that an edited row is matched by its id (not its place)
 * and a row added or removed shows as one change.
 */
final class FormFields {

    /** The form's sections in its order, with their titles (the DTOs' properties of ApplicationFormView). */
    static final Map<String, String> SECTIONS;
    /** The list sections and their FormList. */
    private static final Map<String, FormList> LISTS;

    static {
        Map<String, String> s = new LinkedHashMap<>();
        Map<String, FormList> l = new LinkedHashMap<>();
        s.put("commitment", new cn.zhicheng.application.form.CommitmentSection().label());
        s.put("basicInfo", new cn.zhicheng.application.form.BasicInfoSection().label());
        l.put("educations", FormList.EDUCATION);
        l.put("workExperiences", FormList.WORK_EXPERIENCE);
        l.put("organisationPosts", FormList.ORGANISATION_POST);
        s.put("currentQualification", new cn.zhicheng.application.form.CurrentQualificationSection().label());
        s.put("declaredQualification", new cn.zhicheng.application.form.DeclaredQualificationSection().label());
        s.put("examResult", new cn.zhicheng.application.form.ExamResultSection().label());
        l.put("furtherStudies", FormList.FURTHER_STUDY);
        l.put("continuingEducations", FormList.CONTINUING_EDUCATION);
        l.put("projects", FormList.PROJECT);
        l.put("awards", FormList.AWARD);
        l.put("publications", FormList.PUBLICATION);
        l.put("patents", FormList.PATENT);
        s.put("selfEvaluation", new cn.zhicheng.application.form.SelfEvaluationSection().label());
        s.put("negativeRecord", new cn.zhicheng.application.form.NegativeRecordSection().label());
        LISTS = l;
        // every section in the form's order, single and list alike
        Map<String, String> all = new LinkedHashMap<>();
        for (String key : List.of("commitment", "basicInfo", "educations", "workExperiences", "organisationPosts",
                "currentQualification", "declaredQualification", "examResult", "furtherStudies", "continuingEducations",
                "projects", "awards", "publications", "patents", "selfEvaluation", "negativeRecord")) {
            all.put(key, s.containsKey(key) ? s.get(key) : l.get(key).label());
        }
        SECTIONS = java.util.Collections.unmodifiableMap(all);
    }

    /** A property that identifies, not describes (never a change the applicant made). */
    private static final Set<String> SKIPPED = Set.of("id", "applicationId", "version");
    static final int VALUE_MAX = 4000;
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private FormFields() {
    }

    /** Every field of the form with a value, in the form's order (empty fields are left out). */
    static Map<String, String> flatten(ApplicationFormView form) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String section : SECTIONS.keySet()) {
            if ("commitment".equals(section)) {
                continue; // accepted again at every submission: not a change of the applicant's data
            }
            Object value = read(form, section);
            if (LISTS.containsKey(section)) {
                int n = 0;
                for (Object row : (Collection<?>) value) {
                    n++;
                    String prefix = section + "#" + ((FormListRow) row).getId();
                    fields.put(prefix, String.valueOf(n));
                    properties(prefix + ".", row, fields);
                }
            } else if (value instanceof FormSection) {
                properties(section + ".", value, fields);
            }
        }
        return fields;
    }

    /** The changes from {@code before} to {@code now}, in the form's order. */
    static List<FieldChange> changes(Map<String, String> before, Map<String, String> now) {
        List<FieldChange> changes = new ArrayList<>();
        Set<String> rowsDone = new HashSet<>();
        Set<String> keys = new java.util.LinkedHashSet<>(now.keySet());
        keys.addAll(before.keySet());
        for (String key : keys) {
            int dot = key.indexOf('.');
            String head = dot < 0 ? key : key.substring(0, dot);
            String field = dot < 0 ? null : key.substring(dot + 1);
            int hash = head.indexOf('#');
            String section = hash < 0 ? head : head.substring(0, hash);
            String label = SECTIONS.getOrDefault(section, section);
            if (hash < 0) {
                if (!Objects.equals(before.get(key), now.get(key))) {
                    changes.add(new FieldChange(section, label, null, field, before.get(key), now.get(key),
                            FieldChange.Kind.CHANGED));
                }
                continue;
            }
            boolean wasThere = before.containsKey(head);
            boolean isThere = now.containsKey(head);
            if (wasThere && isThere) {
                if (field != null && !Objects.equals(before.get(key), now.get(key))) {
                    changes.add(new FieldChange(section, label, Integer.valueOf(now.get(head)), field, before.get(key),
                            now.get(key), FieldChange.Kind.CHANGED));
                }
            } else if (rowsDone.add(head)) {
                changes.add(isThere
                        ? new FieldChange(section, label, Integer.valueOf(now.get(head)), null, null, null,
                                FieldChange.Kind.ROW_ADDED)
                        : new FieldChange(section, label, Integer.valueOf(before.get(head)), null, null, null,
                                FieldChange.Kind.ROW_REMOVED));
            }
        }
        List<String> order = new ArrayList<>(SECTIONS.keySet());
        changes.sort(Comparator.comparingInt((FieldChange c) -> order.indexOf(c.section()))
                .thenComparingInt(c -> c.row() == null ? 0 : c.row()));
        return changes;
    }

    private static void properties(String prefix, Object bean, Map<String, String> into) {
        try {
            BeanInfo info = Introspector.getBeanInfo(bean.getClass(), Object.class);
            for (PropertyDescriptor p : info.getPropertyDescriptors()) {
                if (p.getReadMethod() == null || SKIPPED.contains(p.getName())) {
                    continue;
                }
                String text = text(p.getReadMethod().invoke(bean));
                if (text != null) {
                    into.put(prefix + p.getName(), text.length() > VALUE_MAX ? text.substring(0, VALUE_MAX) : text);
                }
            }
        } catch (IntrospectionException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + bean.getClass().getSimpleName(), e);
        }
    }

    private static Object read(Object bean, String property) {
        try {
            for (PropertyDescriptor p : Introspector.getBeanInfo(bean.getClass(), Object.class).getPropertyDescriptors()) {
                if (p.getName().equals(property)) {
                    return p.getReadMethod().invoke(bean);
                }
            }
            throw new IllegalStateException("no property " + property);
        } catch (IntrospectionException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + property, e);
        }
    }

    /** A value as the applicant reads it: labels for choices, 是/否, dates as yyyy-MM-dd; null when empty. */
    static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Labelled l) {
            return l.label();
        }
        if (value instanceof Boolean b) {
            return b ? "是" : "否";
        }
        if (value instanceof LocalDateTime t) {
            return t.format(MINUTE);
        }
        if (value instanceof TemporalAccessor) {
            return value.toString();
        }
        if (value instanceof Collection<?> c) {
            String joined = c.stream().map(FormFields::text).filter(Objects::nonNull).collect(Collectors.joining("、"));
            return joined.isEmpty() ? null : joined;
        }
        String s = value.toString();
        return s.isBlank() ? null : s;
    }
}
