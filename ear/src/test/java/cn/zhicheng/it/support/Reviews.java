package cn.zhicheng.it.support;

import static cn.zhicheng.domain.model.application.ApplicationState.EXPERT_REVIEW;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;

import javax.naming.InitialContext;
import javax.naming.NamingException;

import cn.zhicheng.application.ExpertForm;
import cn.zhicheng.application.ExpertPoolService;
import cn.zhicheng.application.MeetingForm;
import cn.zhicheng.application.MeetingService;
import cn.zhicheng.application.MeetingView;
import cn.zhicheng.application.PaymentNotification;
import cn.zhicheng.application.PaymentService;
import cn.zhicheng.application.PaymentSimulator;
import cn.zhicheng.domain.model.catalogue.TitleLevel;
import cn.zhicheng.domain.model.review.VoteChoice;
import cn.zhicheng.infrastructure.payment.PaymentSignature;
import cn.zhicheng.infrastructure.payment.SimulatedCashier;

/**
 * Payment and expert review through the real services: fresh pool members of the transport committee (201, office-jt)
 * that can log in with the demo password, meetings, attendance, votes and the close, each as the right user; signed
 * notifications posted to the real callback over HTTP.
 */
public final class Reviews {

    /** 交通运输中级评委会: the committee of the fixtures' specialties (Forms.ENGINEER_TRAFFIC, ENGINEER_BRIDGES). */
    public static final long TRANSPORT = 201L;
    public static final String OFFICE = "office-jt";
    /** The demo password: the members log in with it in the browser journeys. */
    public static final String PASSWORD = "Zc@2020demo";

    /** A fresh pool member. */
    public record Member(long id, String username, String name) {
    }

    private Reviews() {
    }

    public static ExpertPoolService pool() {
        return lookup("java:global/zhicheng/zhicheng-ejb/DefaultExpertPoolService!cn.zhicheng.application.ExpertPoolService");
    }

    public static MeetingService meetings() {
        return lookup("java:global/zhicheng/zhicheng-ejb/DefaultMeetingService!cn.zhicheng.application.MeetingService");
    }

    public static PaymentService payments() {
        return lookup("java:global/zhicheng/zhicheng-ejb/DefaultPaymentService!cn.zhicheng.application.PaymentService");
    }

    public static PaymentSimulator simulator() {
        return lookup("java:global/zhicheng/zhicheng-ejb/SimulatedCashier!cn.zhicheng.application.PaymentSimulator");
    }

    /**
     * {@code n} new members of the transport committee's pool, added by office-jt; the first {@code ofTransportCompany}
     * work at the transport company (the fixtures' unit), so they are recused from its applicants.
     */
    public static List<Member> members(int n, int ofTransportCompany) throws Exception {
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            boolean own = i < ofTransportCompany;
            members.add(member(own ? Fixtures.JT_NAME : "深圳市测试专家单位" + i, own ? Fixtures.JT_ORG_CODE : null));
        }
        return members;
    }

    /** One new member of the given unit (a fresh organisation code when null). */
    public static Member member(String unitName, String orgCode) throws Exception {
        long n = Fixtures.nextId();
        ExpertForm form = new ExpertForm();
        form.setCommitteeId(TRANSPORT);
        form.setName("专家" + (n % 100000));
        form.setIdNumber(ResidentIds.of(n));
        form.setUnitName(unitName);
        form.setUnitOrgCode(orgCode != null ? orgCode : "TEST" + n);
        form.setSpecialty("交通运输管理");
        form.setTitleLevel(TitleLevel.SENIOR);
        form.setTermStart(LocalDate.of(2020, 1, 1));
        form.setTermEnd(LocalDate.of(2022, 12, 31));
        form.setUsername("it-expert-" + n);
        form.setInitialPassword(PASSWORD);
        long id = Users.as(OFFICE, () -> pool().add(form)).id();
        // the forced change of an initial password at the first login is not what these journeys are about
        Db.update("UPDATE user_account SET password_change_required = FALSE WHERE username = ?", form.getUsername());
        return new Member(id, form.getUsername(), form.getName());
    }

    /** office-jt convenes a meeting of these members for these applications today; returns its id. */
    public static long meeting(Collection<Member> members, Collection<Long> applicationIds) throws Exception {
        MeetingForm form = new MeetingForm();
        form.setCommitteeId(TRANSPORT);
        form.setDate(LocalDate.of(2021, 1, 10));
        form.setPlace("测试会议室");
        form.setExpertIds(members.stream().map(Member::id).toList());
        form.setApplicationIds(new ArrayList<>(applicationIds));
        return Users.as(OFFICE, () -> meetings().create(form));
    }

    public static MeetingView view(long meetingId) throws Exception {
        return Users.as(OFFICE, () -> meetings().meeting(meetingId));
    }

    /** Records exactly these members present. */
    public static MeetingView attend(long meetingId, Collection<Member> present) throws Exception {
        long version = view(meetingId).version();
        return Users.as(OFFICE, () -> meetings().recordAttendance(meetingId, version,
                new HashSet<>(present.stream().map(Member::id).toList())));
    }

    public static MeetingView open(long meetingId) throws Exception {
        long version = view(meetingId).version();
        return Users.as(OFFICE, () -> meetings().openVoting(meetingId, version));
    }

    public static void vote(long meetingId, Member member, long applicationId, VoteChoice choice) throws Exception {
        Users.run(member.username(), () -> meetings().vote(meetingId, applicationId, choice));
    }

    public static MeetingView close(long meetingId) throws Exception {
        long version = view(meetingId).version();
        return Users.as(OFFICE, () -> meetings().closeBallot(meetingId, version));
    }

    /** A new application at 专家评审 (paid through the platform's identity). */
    public static Journey.Case atExpertReview() throws Exception {
        return Journey.at(EXPERT_REVIEW);
    }

    // ---- payment

    /** The callback as the payment platform reaches it: this server's HTTP port. */
    public static String callbackUrl() {
        return "http://127.0.0.1:" + (8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0))
                + "/zhicheng/payment-platform/notify";
    }

    /** A notification for the order signed with the shared secret (or another secret). */
    public static PaymentNotification notification(String orderNo, String transactionNo, BigDecimal amount,
                                                   String currency, String paidAt, String secret) {
        PaymentNotification unsigned = new PaymentNotification(orderNo, transactionNo, amount.toPlainString(), currency,
                paidAt, null);
        return new PaymentNotification(orderNo, transactionNo, unsigned.amount(), currency, paidAt,
                PaymentSignature.sign(unsigned.signedText(), secret));
    }

    public static PaymentNotification signed(String orderNo, String transactionNo, BigDecimal amount, String paidAt) {
        return notification(orderNo, transactionNo, amount, "CNY", paidAt, PaymentSignature.secret());
    }

    /** Posts the notification to the callback over HTTP; returns its answer (SUCCESS or REFUSED …). */
    public static String post(PaymentNotification notification) {
        return SimulatedCashier.post(callbackUrl(), notification);
    }

    @SuppressWarnings("unchecked")
    private static <T> T lookup(String name) {
        try {
            return (T) InitialContext.doLookup(name);
        } catch (NamingException e) {
            throw new IllegalStateException(name, e);
        }
    }

    /** Valid resident ids that no fixture applicant uses (another region code). */
    static final class ResidentIds {
        static String of(long n) {
            return cn.zhicheng.domain.model.party.ResidentId.of("440306", LocalDate.of(1960, 1, 1).plusDays(n % 10000),
                    (int) ((n / 10000) % 1000));
        }
    }
}
