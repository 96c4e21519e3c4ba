package cn.zhicheng.application.internal;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import cn.zhicheng.application.ReportFile;
import cn.zhicheng.application.ReportService;
import cn.zhicheng.domain.model.application.Actor;
import cn.zhicheng.domain.model.application.Application;
import cn.zhicheng.domain.model.application.ApplicationNotFoundException;
import cn.zhicheng.domain.model.party.Person;
import cn.zhicheng.domain.model.party.Role;
import cn.zhicheng.reports.PersonalCommitmentReport;
import cn.zhicheng.reports.data.PersonalCommitmentData;

/**
 * Builds the report beans of the reports module from the database, under the caller's scope
 * ({@link Application#isVisibleTo}), and lets the module's renderers turn them into PDF. The renderers live
 * in the EAR's lib/ and cannot see this module's classes, so nothing but their own beans crosses over.
 */
@Stateless
@RolesAllowed({Role.INDIVIDUAL_NAME, Role.UNIT_ADMIN_NAME, Role.UNIT_HANDLER_NAME, Role.OFFICE_NAME, Role.BUREAU_NAME})
public class DefaultReportService implements ReportService {

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    @Inject
    CurrentActor currentActor;

    @Inject
    Clock clock;

    @Override
    public ReportFile personalCommitment(long applicationId) {
        Application application = visible(applicationId);
        Person applicant = application.getApplicant();
        PersonalCommitmentData data = new PersonalCommitmentData(application.getSerialNo(), applicant.getName(),
                applicant.getIdType() == null ? null : applicant.getIdType().label(), applicant.getIdNumber(),
                application.getUnit() == null ? null : application.getUnit().getName(),
                application.getSpecialty() == null ? null : application.getSummary(),
                application.getSpecialty() == null ? null : application.getSpecialty().getName(),
                LocalDate.now(clock));
        return ReportFile.pdf(PersonalCommitmentReport.fileName(data), PersonalCommitmentReport.render(data));
    }

    /** The application, if it exists and the caller may see it; otherwise the one answer for both. */
    private Application visible(long applicationId) {
        Actor actor = currentActor.get();
        Application application = em.find(Application.class, applicationId);
        if (application == null || !application.isVisibleTo(actor)) {
            throw new ApplicationNotFoundException();
        }
        return application;
    }
}
