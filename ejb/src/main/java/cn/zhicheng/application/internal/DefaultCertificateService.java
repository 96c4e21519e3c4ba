package cn.zhicheng.application.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import cn.zhicheng.application.CertificateFacts;
import cn.zhicheng.application.CertificateQueryAnswer;
import cn.zhicheng.application.CertificateService;
import cn.zhicheng.application.ReportFile;
import cn.zhicheng.domain.model.application.Actor;
import cn.zhicheng.domain.model.application.Application;
import cn.zhicheng.domain.model.application.ApplicationNotFoundException;
import cn.zhicheng.domain.model.application.ApplicationState;
import cn.zhicheng.domain.model.catalogue.Specialty;
import cn.zhicheng.domain.model.certificate.CertificateNumber;
import cn.zhicheng.domain.model.certificate.CertificateQuery;
import cn.zhicheng.domain.model.certificate.CertificateQueryOutcome;
import cn.zhicheng.domain.model.certificate.QueryChannel;
import cn.zhicheng.domain.model.party.Person;
import cn.zhicheng.domain.model.party.Role;
import cn.zhicheng.domain.shared.MessageKey;
import cn.zhicheng.infrastructure.persistence.QueryWindows;
import cn.zhicheng.reports.CertificateReport;
import cn.zhicheng.reports.QrCode;
import cn.zhicheng.reports.data.CertificateData;

/**
 * 电子证书 and 证书查询. Reads are scoped like 查看 ({@link Application#isVisibleTo}): out of scope, missing and not yet
 * issued are one answer. The public query needs no login and is limited per client address by
 * {@link QueryWindows} (in the database: every node counts together); every query is recorded.
 */
@Stateless
public class DefaultCertificateService implements CertificateService {

    /** Queries per client address and window (system property {@code zhicheng.certificate.query.limit}). */
    public static final int DEFAULT_LIMIT = 10;
    /** The window's length in minutes (system property {@code zhicheng.certificate.query.window}). */
    public static final int DEFAULT_WINDOW_MINUTES = 10;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日", Locale.CHINA);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    @PersistenceContext(unitName = "zhicheng")
    private EntityManager em;

    @Inject
    CurrentActor currentActor;

    @Inject
    QueryWindows windows;

    @Inject
    Clock clock;

    @Override
    @RolesAllowed({Role.INDIVIDUAL_NAME, Role.UNIT_ADMIN_NAME, Role.UNIT_HANDLER_NAME, Role.OFFICE_NAME,
        Role.BUREAU_NAME, Role.SYS_ADMIN_NAME})
    public Optional<CertificateFacts> certificate(long applicationId) {
        Application application = visible(applicationId);
        if (application.getCertificateNo() == null || application.getState() != ApplicationState.APPROVED) {
            return Optional.empty();
        }
        return Optional.of(facts(application, false));
    }

    @Override
    @RolesAllowed({Role.INDIVIDUAL_NAME, Role.UNIT_ADMIN_NAME, Role.UNIT_HANDLER_NAME, Role.OFFICE_NAME,
        Role.BUREAU_NAME, Role.SYS_ADMIN_NAME})
    public ReportFile certificatePdf(long applicationId, String baseUrl) {
        CertificateFacts facts = certificate(applicationId).orElseThrow(ApplicationNotFoundException::new);
        CertificateData data = new CertificateData();
        data.setCertificateNo(facts.certificateNo());
        data.setHolderName(facts.holderName());
        data.setGender(facts.gender());
        data.setIdNumber(facts.idNumber());
        data.setSeriesName(facts.seriesName());
        data.setLevelLabel(facts.levelLabel());
        data.setQualification(facts.qualification());
        data.setCommitteeName(facts.committeeName());
        data.setReviewYearText(facts.reviewYear() + "年度");
        data.setWorkUnit(facts.workUnit());
        data.setIssuer(facts.issuer());
        data.setIssuedOnText(facts.issuedOn() == null ? "" : DAY.format(facts.issuedOn()));
        data.setSerialNo(facts.serialNo());
        String url = verificationUrl(facts.certificateNo(), baseUrl);
        data.setVerifyUrl(url);
        data.setQrCode(QrCode.png(url, 280));
        return ReportFile.pdf(CertificateReport.fileName(data), CertificateReport.render(data));
    }

    @Override
    @PermitAll
    public String verificationUrl(String certificateNo, String baseUrl) {
        String configured = System.getProperty("zhicheng.public.url");
        String base = configured != null && !configured.isBlank() ? configured : baseUrl;
        return (base == null ? "" : base.replaceAll("/+$", "")) + VERIFY_PATH + "?no=" + certificateNo;
    }

    @Override
    @PermitAll
    public CertificateQueryAnswer query(String name, String idNumber, String certificateNo, String clientAddress,
                                        QueryChannel channel) {
        LocalDateTime now = LocalDateTime.now(clock);
        String address = clientAddress == null || clientAddress.isBlank() ? "unknown" : clientAddress.strip();
        String typedName = name == null ? null : name.strip();
        String typedId = idNumber == null ? null : idNumber.strip().toUpperCase(Locale.ROOT);
        String typedNo = CertificateNumber.normalise(certificateNo);

        Duration window = Duration.ofMinutes(Integer.getInteger("zhicheng.certificate.query.window",
                DEFAULT_WINDOW_MINUTES));
        int limit = Integer.getInteger("zhicheng.certificate.query.limit", DEFAULT_LIMIT);
        QueryWindows.Use use = count(address, now, window);
        CertificateQueryAnswer answer;
        Long found = null;
        if (use.count() > limit) {
            answer = new CertificateQueryAnswer(CertificateQueryOutcome.RATE_LIMITED, null,
                    MessageKey.CERTIFICATE_QUERY_RATE_LIMITED, List.of(String.valueOf(window.toMinutes()),
                    String.valueOf(limit), TIME.format(use.windowEnds())));
        } else if (isBlank(typedName) || isBlank(typedId) || isBlank(typedNo)) {
            answer = new CertificateQueryAnswer(CertificateQueryOutcome.INCOMPLETE, null,
                    MessageKey.CERTIFICATE_QUERY_INCOMPLETE, List.of());
        } else {
            Application match = match(typedName, typedId, typedNo);
            if (match == null) {
                answer = notFound();
            } else {
                found = match.getId();
                CertificateFacts facts = facts(match, true);
                answer = new CertificateQueryAnswer(CertificateQueryOutcome.FOUND, facts, null, List.of());
            }
        }
        em.persist(new CertificateQuery(now, address, channel == null ? QueryChannel.PAGE : channel, typedName,
                CertificateQuery.mask(typedId), typedNo, answer.outcome(), found));
        return answer;
    }

    /** The address's use of its window, this query included; the first query of an address opens its row. */
    private QueryWindows.Use count(String address, LocalDateTime now, Duration window) {
        QueryWindows.Use use = windows.count(address, now, window);
        if (use == null) {
            try {
                windows.open(address, now);
                return new QueryWindows.Use(1, now.plus(window));
            } catch (RuntimeException openedConcurrently) {
                // a concurrent first query of the address opened it: count this one in it
                use = windows.count(address, now, window);
            }
        }
        if (use == null) {
            throw new IllegalStateException("no query window for " + address);
        }
        return use;
    }

    /** The issued certificate whose number, holder's name and ID number all equal what was typed; else null. */
    private Application match(String name, String idNumber, String certificateNo) {
        if (!CertificateNumber.isWellFormed(certificateNo)) {
            return null;
        }
        List<Application> found = em.createQuery("SELECT a FROM Application a WHERE a.certificateNo = :no "
                        + "AND a.state = :approved", Application.class)
                .setParameter("no", certificateNo).setParameter("approved", ApplicationState.APPROVED)
                .getResultList();
        if (found.isEmpty()) {
            return null;
        }
        Application a = found.get(0);
        Person holder = a.getApplicant();
        boolean sameName = holder.getName().equals(name);
        boolean sameId = holder.getIdNumber().toUpperCase(Locale.ROOT).equals(idNumber);
        return sameName && sameId ? a : null;
    }

    private static CertificateQueryAnswer notFound() {
        return new CertificateQueryAnswer(CertificateQueryOutcome.NOT_FOUND, null,
                MessageKey.CERTIFICATE_QUERY_NOT_FOUND, List.of());
    }

    private CertificateFacts facts(Application a, boolean masked) {
        Person holder = a.getApplicant();
        Specialty specialty = a.getSpecialty();
        List<LocalDateTime> issued = em.createQuery("SELECT r.decidedAt FROM CertificateRecord r "
                        + "WHERE r.applicationId = :id ORDER BY r.decidedAt DESC", LocalDateTime.class)
                .setParameter("id", a.getId()).setMaxResults(1).getResultList();
        LocalDate issuedOn = issued.isEmpty() ? null : issued.get(0).toLocalDate();
        String workUnit = a.getForm() != null && a.getForm().getBasicInfo() != null
                ? a.getForm().getBasicInfo().getWorkUnit() : null;
        if (workUnit == null && a.getUnit() != null) {
            workUnit = a.getUnit().getName();
        }
        String gender = holder.getGender() == null ? null : genderLabel(holder.getGender());
        return new CertificateFacts(a.getCertificateNo(), holder.getName(), gender,
                masked ? CertificateQuery.mask(holder.getIdNumber()) : holder.getIdNumber(),
                specialty.getTitle().getSeries().getName(), specialty.getTitle().getLevel().label(),
                specialty.getTitle().getName(), specialty.getName(), a.getCommittee().getName(),
                a.getReviewYear().getYear(), workUnit, Application.BUREAU_NAME, issuedOn, a.getSerialNo());
    }

    private static String genderLabel(String gender) {
        return switch (gender) {
            case "MALE", "M", "男" -> "男";
            case "FEMALE", "F", "女" -> "女";
            default -> gender;
        };
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

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
