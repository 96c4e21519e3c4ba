package cn.zhicheng.web.individual;

import java.beans.IntrospectionException;
import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.PrimeFaces;

import cn.zhicheng.application.ApplicantService;
import cn.zhicheng.application.ApplicationSummary;
import cn.zhicheng.application.CatalogueChoice;
import cn.zhicheng.application.CatalogueService;
import cn.zhicheng.application.FormService;
import cn.zhicheng.application.HistoryView;
import cn.zhicheng.application.LevelChoice;
import cn.zhicheng.application.SpecialtyDetails;
import cn.zhicheng.application.UnitOption;
import cn.zhicheng.application.WorkflowService;
import cn.zhicheng.application.decision.Submission;
import cn.zhicheng.application.form.ApplicationFormView;
import cn.zhicheng.application.form.AwardRow;
import cn.zhicheng.application.form.ContinuingEducationRow;
import cn.zhicheng.application.form.EducationRow;
import cn.zhicheng.application.form.ExamResultSection;
import cn.zhicheng.application.form.FormList;
import cn.zhicheng.application.form.FormListRow;
import cn.zhicheng.application.form.FormSaved;
import cn.zhicheng.application.form.FormSection;
import cn.zhicheng.application.form.FormValueRejectedException;
import cn.zhicheng.application.form.FurtherStudyRow;
import cn.zhicheng.application.form.OrganisationPostRow;
import cn.zhicheng.application.form.PatentRow;
import cn.zhicheng.application.form.ProjectRow;
import cn.zhicheng.application.form.PublicationRow;
import cn.zhicheng.application.form.WorkExperienceRow;
import cn.zhicheng.domain.model.application.ApplicationState;
import cn.zhicheng.domain.model.application.SubmitRejectedException;
import cn.zhicheng.domain.model.application.form.NegativeCircumstance;
import cn.zhicheng.domain.model.application.validation.FieldError;
import cn.zhicheng.domain.model.catalogue.TitleLevel;
import cn.zhicheng.domain.shared.BusinessException;
import cn.zhicheng.web.shell.LocaleView;

/**
 * 申报表 (manual 3.1, SPEC §3): every section as a panel in the manual's order, bound to the form's section DTOs; list
 * rows added, edited and deleted in one dialog (新增 / 编辑 / 删除 / 保存 / 重置 / 关闭); 获取 from the education and exam
 * registries; 暂存 saves every section; 提交 (重新提交 after a return) saves, then takes the submission through the
 * workflow, whose refusal names every failing field: each message is shown next to its field (rows: next to their
 * list) and the first is scrolled into view. No rule is checked here: the services decide.
 */
@Named
@ViewScoped
public class FormView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The field keys of the submit rules that the page shows next to a field of their own. */
    private static final Map<FormList, String> LIST_FIELDS = Map.of(
            FormList.EDUCATION, "educations", FormList.WORK_EXPERIENCE, "workExperiences",
            FormList.ORGANISATION_POST, "organisationPosts", FormList.FURTHER_STUDY, "furtherStudies",
            FormList.CONTINUING_EDUCATION, "continuingEducations", FormList.PROJECT, "projects",
            FormList.AWARD, "awards", FormList.PUBLICATION, "publications", FormList.PATENT, "patents");

    @EJB
    FormService forms;

    @EJB
    ApplicantService applicants;

    @EJB
    CatalogueService catalogue;

    @EJB
    WorkflowService workflow;

    @Inject
    LocaleView localeView;

    private long id;
    private ApplicationFormView form;
    private String returnOpinion;
    /** The submit rules' messages by field key, in the rules' order. */
    private Map<String, List<String>> errors = new LinkedHashMap<>();

    private Long seriesId;
    private TitleLevel level;
    private Long titleId;
    private SpecialtyDetails specialty;
    private Long unitId;
    private List<UnitOption> units = List.of();

    private FormList editingList;
    private FormListRow editing;
    private FormListRow editingOriginal;
    private String dialogMessage;
    private String examMessage;

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    /** View action: the form (scoped: another person's id is answered as a missing one). */
    public void load() {
        if (form != null) {
            return;
        }
        try {
            form = forms.form(id);
        } catch (BusinessException missing) {
            FacesContext.getCurrentInstance().addMessage("form-messages", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    missing.message(localeView.getLocale()), null));
            return;
        }
        if (form.getSelfEvaluation() == null) {
            form.setSelfEvaluation(new cn.zhicheng.application.form.SelfEvaluationSection());
        }
        if (form.getExamResult() == null) {
            form.setExamResult(new ExamResultSection());
        }
        Long chosen = form.getDeclaredQualification() == null ? null : form.getDeclaredQualification().getSpecialtyId();
        if (chosen != null) {
            specialty = catalogue.specialty(chosen);
            seriesId = specialty.seriesId();
            level = specialty.level();
            titleId = specialty.titleId();
        }
        if (form.isEditable()) {
            units = applicants.unitsForMe();
            // the unit chosen before (a withdrawn draft, a return), else the social-insurance unit (the first offered)
            unitId = applicants.chosenUnit(id);
            if (unitId == null && !units.isEmpty()) {
                unitId = units.get(0).id();
            }
        }
        if (form.getState() == ApplicationState.RETURNED) {
            List<HistoryView> history = workflow.history(id);
            for (HistoryView h : history) {
                if (h.toState() == ApplicationState.RETURNED) {
                    returnOpinion = h.opinion();
                }
            }
        }
    }

    public ApplicationFormView getForm() {
        return form;
    }

    public boolean isEditable() {
        return form != null && form.isEditable();
    }

    public boolean isReturned() {
        return form != null && form.getState() == ApplicationState.RETURNED;
    }

    public String getReturnOpinion() {
        return returnOpinion;
    }

    // ------------------------------------------------------------------ messages next to their fields

    /** The messages of one field key, of its sub-fields ("key.x") and of its rows ("key[i]..."), joined. */
    public String err(String key) {
        List<String> found = new ArrayList<>();
        errors.forEach((field, messages) -> {
            if (field.equals(key) || field.startsWith(key + ".") || field.startsWith(key + "[")) {
                found.addAll(messages);
            }
        });
        return String.join("；", found);
    }

    public boolean hasErr(String key) {
        return !err(key).isEmpty();
    }

    public int getErrorCount() {
        return errors.values().stream().mapToInt(List::size).sum();
    }

    // ------------------------------------------------------------------ 暂存 / 提交

    /** 暂存: every section as it is on the screen, and the unit; nothing is checked for completeness. */
    public void save() {
        if (saveAll()) {
            info("form.saved");
        }
    }

    /** 提交 / 重新提交: 暂存, then the workflow's submission, which names every failing field at once. */
    public String submit() {
        if (!saveAll()) {
            return null;
        }
        boolean returned = isReturned();
        try {
            ApplicationSummary done = workflow.decide(id, form.getVersion(),
                    returned ? Submission.resubmit(null) : Submission.submit());
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().getFlash().setKeepMessages(true);
            faces.addMessage("items-messages", new FacesMessage(FacesMessage.SEVERITY_INFO,
                    java.text.MessageFormat.format(localeView.bundle().getString("form.submitted"), done.serialNo()), null));
            return "/individual/items.xhtml?faces-redirect=true&tab=IN_PROGRESS";
        } catch (SubmitRejectedException refused) {
            errors = new LinkedHashMap<>();
            for (FieldError e : refused.errors()) {
                errors.computeIfAbsent(e.field(), k -> new ArrayList<>()).add(e.message());
            }
            FacesContext.getCurrentInstance().addMessage("form-messages", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    java.text.MessageFormat.format(localeView.bundle().getString("form.submit.refused"), getErrorCount()),
                    null));
            PrimeFaces.current().executeScript("zcScrollToFirstError()");
        } catch (BusinessException refused) {
            error(refused);
        }
        reloadVersion();
        return null;
    }

    private boolean saveAll() {
        errors = new LinkedHashMap<>();
        try {
            if (form.getDeclaredQualification() != null) {
                form.getDeclaredQualification().setSpecialtyId(specialty == null ? null : specialty.specialtyId());
            }
            long version = form.getVersion();
            for (FormSection section : form.sections()) {
                if (section != null) {
                    version = forms.saveSection(id, version, section).version();
                }
            }
            // the unit is chosen while a draft; once submitted it stays (a return goes back to it)
            if (unitId != null && form.getState() == ApplicationState.DRAFT) {
                version = applicants.sendTo(id, version, unitId).version();
            }
            form.setVersion(version);
            return true;
        } catch (FormValueRejectedException rejected) {
            rejected.messages().forEach(m -> FacesContext.getCurrentInstance().addMessage("form-messages",
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, m, null)));
        } catch (BusinessException refused) {
            error(refused);
        }
        reloadVersion();
        return false;
    }

    private void reloadVersion() {
        form.setVersion(forms.form(id).getVersion());
    }

    // ------------------------------------------------------------------ 申报的专业技术资格信息: cascading selects

    public List<CatalogueChoice> getSeriesChoices() {
        return catalogue.series();
    }

    public List<LevelChoice> getLevelChoices() {
        return seriesId == null ? List.of() : catalogue.levels(seriesId);
    }

    public List<CatalogueChoice> getTitleChoices() {
        return seriesId == null || level == null ? List.of() : catalogue.titles(seriesId, level);
    }

    public List<CatalogueChoice> getSpecialtyChoices() {
        return titleId == null ? List.of() : catalogue.specialties(titleId);
    }

    public void seriesChanged() {
        level = null;
        titleId = null;
        specialty = null;
    }

    public void levelChanged() {
        titleId = null;
        specialty = null;
    }

    public void titleChanged() {
        specialty = null;
    }

    public Long getSpecialtyId() {
        return specialty == null ? null : specialty.specialtyId();
    }

    public void setSpecialtyId(Long specialtyId) {
        specialty = specialtyId == null ? null : catalogue.specialty(specialtyId);
    }

    public SpecialtyDetails getSpecialty() {
        return specialty;
    }

    public boolean isExamRequired() {
        return specialty != null && specialty.examRequired();
    }

    public Long getSeriesId() {
        return seriesId;
    }

    public void setSeriesId(Long seriesId) {
        this.seriesId = seriesId;
    }

    public TitleLevel getLevel() {
        return level;
    }

    public void setLevel(TitleLevel level) {
        this.level = level;
    }

    public Long getTitleId() {
        return titleId;
    }

    public void setTitleId(Long titleId) {
        this.titleId = titleId;
    }

    /** 户籍, 民族, 政治面貌 are asked when 国籍 is 中国 (or not yet typed). */
    public boolean isChineseNationality() {
        String nationality = form == null || form.getBasicInfo() == null ? null : form.getBasicInfo().getNationality();
        return nationality == null || nationality.isBlank()
                || cn.zhicheng.domain.model.application.form.BasicInfo.CHINA.equals(nationality.trim());
    }

    // ------------------------------------------------------------------ 申报下一环节信息

    public List<UnitOption> getUnits() {
        return units;
    }

    /** The unit can be chosen while a draft only. */
    public boolean isUnitChoosable() {
        return form != null && form.getState() == ApplicationState.DRAFT;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    // ------------------------------------------------------------------ 工作负面情况说明

    public List<NegativeCircumstance> getCircumstanceChoices() {
        return List.of(NegativeCircumstance.values());
    }

    public List<String> getCircumstances() {
        // a mutable list: the checkboxes' converter creates one of the same type
        List<String> names = new ArrayList<>();
        if (form.getNegativeRecord() != null) {
            form.getNegativeRecord().getCircumstances().forEach(c -> names.add(c.name()));
        }
        return names;
    }

    public void setCircumstances(List<String> names) {
        List<NegativeCircumstance> chosen = new ArrayList<>();
        (names == null ? List.<String>of() : names).forEach(n -> chosen.add(NegativeCircumstance.valueOf(n)));
        List<NegativeCircumstance> previous = form.getNegativeRecord().getCircumstances();
        form.getNegativeRecord().setCircumstances(NegativeCircumstance.afterChange(
                previous == null ? List.of() : previous, chosen));
    }

    /** A box shown disabled: 无上述情况 is ticked and excludes it. */
    public boolean circumstanceExcluded(NegativeCircumstance box) {
        List<NegativeCircumstance> ticked = form.getNegativeRecord() == null ? null
                : form.getNegativeRecord().getCircumstances();
        return ticked != null && box.excludedBy(ticked);
    }

    // ------------------------------------------------------------------ 现专业技术资格职务信息

    /** The chosen 现资格类型's name (the suffix of its variant's labels), or null while none is chosen. */
    public String getQualificationVariant() {
        var q = form.getCurrentQualification();
        return q == null || q.getQualificationType() == null ? null : q.getQualificationType().name();
    }

    // ------------------------------------------------------------------ 获取

    /** 专业实践能力考试成绩 › 获取: saves the declared specialty first (the registry checks it), then fills the section. */
    public void fetchExam() {
        examMessage = null;
        String ticket = form.getExamResult().getAdmissionTicketNo();
        String venue = form.getExamResult().getVenue();
        if (!saveAll()) {
            return;
        }
        try {
            ExamResultSection found = applicants.examResultByTicket(id, ticket);
            found.setVenue(venue);
            form.setExamResult(found);
        } catch (BusinessException refused) {
            examMessage = refused.message(localeView.getLocale());
        }
    }

    public String getExamMessage() {
        return examMessage;
    }

    /** 教育经历 dialog › 获取: the registry's row replaces the dialog's values (the row keeps its id). */
    public void fetchEducation() {
        dialogMessage = null;
        EducationRow current = (EducationRow) editing;
        try {
            EducationRow found = applicants.educationByCertificate(current.getCertificateNo());
            found.setId(current.getId());
            found.setUsedForApplication(current.getUsedForApplication());
            editing = found;
        } catch (BusinessException refused) {
            dialogMessage = refused.message(localeView.getLocale());
        }
    }

    // ------------------------------------------------------------------ list rows in the dialog

    public void openNew(String listName) {
        editingList = FormList.valueOf(listName);
        editing = newRow(editingList);
        editingOriginal = null;
        dialogMessage = null;
    }

    public void edit(FormListRow row) {
        editingList = row.list();
        editingOriginal = row;
        editing = copy(row);
        dialogMessage = null;
    }

    /** 重置: the values the row had when the dialog opened (a new row: empty). */
    public void reset() {
        editing = editingOriginal == null ? newRow(editingList) : copy(editingOriginal);
        dialogMessage = null;
    }

    /** 保存 in the dialog: adds or updates the row, then shows the list as stored. */
    public void saveRow() {
        dialogMessage = null;
        try {
            FormSaved saved = editing.getId() == null ? forms.addRow(id, form.getVersion(), editing)
                    : forms.updateRow(id, form.getVersion(), editing);
            form.setVersion(saved.version());
            refreshLists();
            PrimeFaces.current().ajax().addCallbackParam("saved", true);
        } catch (FormValueRejectedException rejected) {
            dialogMessage = String.join("；", rejected.messages());
        } catch (BusinessException refused) {
            dialogMessage = refused.message(localeView.getLocale());
        }
    }

    /** 删除: one row; the others keep their ids. */
    public void deleteRow(FormListRow row) {
        try {
            form.setVersion(forms.deleteRow(id, form.getVersion(), row.list(), row.getId()).version());
            refreshLists();
        } catch (BusinessException refused) {
            error(refused);
        }
    }

    public String getEditingList() {
        return editingList == null ? "" : editingList.name();
    }

    public String getEditingListField() {
        return editingList == null ? "" : LIST_FIELDS.get(editingList);
    }

    public FormListRow getEditing() {
        return editing;
    }

    public String getDialogMessage() {
        return dialogMessage;
    }

    /** The choices of an enum-typed property of a section or row (for its select). */
    public List<Object> choices(Object bean, String property) {
        if (bean == null) {
            return List.of();
        }
        try {
            for (PropertyDescriptor p : Introspector.getBeanInfo(bean.getClass()).getPropertyDescriptors()) {
                if (p.getName().equals(property) && p.getPropertyType().isEnum()) {
                    return Arrays.asList(p.getPropertyType().getEnumConstants());
                }
            }
        } catch (IntrospectionException e) {
            throw new IllegalStateException(e);
        }
        return List.of();
    }

    /** Keeps the sections as typed; the lists and the version as stored. */
    private void refreshLists() {
        ApplicationFormView stored = forms.form(id);
        form.setEducations(stored.getEducations());
        form.setWorkExperiences(stored.getWorkExperiences());
        form.setOrganisationPosts(stored.getOrganisationPosts());
        form.setFurtherStudies(stored.getFurtherStudies());
        form.setContinuingEducations(stored.getContinuingEducations());
        form.setProjects(stored.getProjects());
        form.setAwards(stored.getAwards());
        form.setPublications(stored.getPublications());
        form.setPatents(stored.getPatents());
        form.setVersion(stored.getVersion());
    }

    private static FormListRow newRow(FormList list) {
        return switch (list) {
            case EDUCATION -> new EducationRow();
            case WORK_EXPERIENCE -> new WorkExperienceRow();
            case ORGANISATION_POST -> new OrganisationPostRow();
            case FURTHER_STUDY -> new FurtherStudyRow();
            case CONTINUING_EDUCATION -> new ContinuingEducationRow();
            case PROJECT -> new ProjectRow();
            case AWARD -> new AwardRow();
            case PUBLICATION -> new PublicationRow();
            case PATENT -> new PatentRow();
        };
    }

    /** A detached copy, property by property (the dialog edits it; 关闭 leaves the row as it was). */
    private static FormListRow copy(FormListRow row) {
        try {
            FormListRow copy = row.getClass().getDeclaredConstructor().newInstance();
            for (PropertyDescriptor p : Introspector.getBeanInfo(row.getClass()).getPropertyDescriptors()) {
                if (p.getReadMethod() != null && p.getWriteMethod() != null) {
                    p.getWriteMethod().invoke(copy, p.getReadMethod().invoke(row));
                }
            }
            return copy;
        } catch (ReflectiveOperationException | IntrospectionException e) {
            throw new IllegalStateException(e);
        }
    }

    private void info(String key) {
        FacesContext.getCurrentInstance().addMessage("form-messages", new FacesMessage(FacesMessage.SEVERITY_INFO,
                localeView.bundle().getString(key), null));
    }

    private void error(BusinessException refused) {
        FacesContext.getCurrentInstance().addMessage("form-messages", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                refused.message(localeView.getLocale()), null));
    }

    static Set<String> listFields() {
        return Set.copyOf(LIST_FIELDS.values());
    }
}
