package cn.zhicheng.it.certificate;

import static cn.zhicheng.domain.model.application.ApplicationState.*;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.ejb.EJBAccessException;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wildfly.security.auth.server.SecurityIdentity;

import cn.zhicheng.application.ApplicationSummary;
import cn.zhicheng.application.CertificateFacts;
import cn.zhicheng.application.CertificateQueryAnswer;
import cn.zhicheng.application.CertificateService;
import cn.zhicheng.application.ReportFile;
import cn.zhicheng.application.decision.CertificateIssue;
import cn.zhicheng.domain.model.application.Action;
import cn.zhicheng.domain.model.application.ApplicationNotFoundException;
import cn.zhicheng.domain.model.certificate.CertificateNumber;
import cn.zhicheng.domain.model.certificate.CertificateQueryOutcome;
import cn.zhicheng.domain.model.certificate.QueryChannel;
import cn.zhicheng.it.support.Certificates;
import cn.zhicheng.it.support.Db;
import cn.zhicheng.it.support.Deployments;
import cn.zhicheng.it.support.Journey;
import cn.zhicheng.it.support.Users;

/**
 * 制证 and 证书查询 through the real services, asserted in the database: the number's documented form and the
 * review year's sequence, two issues at once with two numbers; the certificate and its PDF for the holder and the
 * bureau only (another applicant, another committee's office and a certificate not yet issued answer as a missing
 * id; an expert is refused by role); the public query finds the certificate only with name, ID number and number
 * all right, answers every mismatch with the same neutral text, limits each address in its window (in the database)
 * and records every query with the ID number masked.
 */
@ExtendWith(ArquillianExtension.class)
class CertificateIT {

    private static final String NOT_FOUND_TEXT = "未查询到符合条件的证书，请核对姓名、证件号码和证书编号后重试。";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(CertificateIT.class);
    }

    /** An issued certificate of a fresh applicant: the case and its number. */
    private static Journey.Case issued() throws Exception {
        Journey.Case c = Journey.at(CERTIFICATE);
        Journey.act(c, "bureau", Action.ISSUE_CERTIFICATE);
        return c;
    }

    private static String numberOf(Journey.Case c) {
        return Db.string("SELECT certificate_no FROM application WHERE id = ?", c.id());
    }

    private static long sequenceOf(String number) {
        return Long.parseLong(number.substring(number.length() - 5));
    }

    @Test
    void theNumberHasItsDocumentedFormAndFollowsTheYearsSequence() throws Exception {
        Journey.Case first = issued();
        Journey.Case second = issued();
        String a = numberOf(first);
        String b = numberOf(second);
        // 工程师 (中级) of the transport committee 201 in review year 2020
        assertTrue(a.matches("ZC20202201\\d{5}"), a);
        assertTrue(CertificateNumber.isWellFormed(a) && CertificateNumber.isWellFormed(b));
        assertEquals(sequenceOf(a) + 1, sequenceOf(b), "the year's next number: " + a + ", " + b);
        assertEquals(sequenceOf(b), ((Number) Db.value("SELECT last_value FROM certificate_counter WHERE review_year = 2020"))
                .longValue());
        // the number travels with the transition: on the application and in the 制证 record, state 办结（通过）
        assertEquals(a, Db.string("SELECT c.certificate_no FROM decision_certificate c JOIN decision_record d ON d.id = c.id "
                + "WHERE d.application_id = ?", first.id()));
        assertEquals(APPROVED, Journey.state(first.id()));
    }

    @Test
    void twoIssuesAtOnceGetTwoNumbersAndNoneIsLost() throws Exception {
        Journey.Case one = Journey.at(CERTIFICATE);
        Journey.Case two = Journey.at(CERTIFICATE);
        long before = ((Number) Db.value("SELECT last_value FROM certificate_counter WHERE review_year = 2020")).longValue();
        SecurityIdentity bureau = Users.identity("bureau");
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<ApplicationSummary>> done = new ArrayList<>();
            for (Journey.Case c : List.of(one, two)) {
                long version = Journey.version(c.id());
                Callable<ApplicationSummary> issue = () -> {
                    go.await();
                    return Users.as(bureau, () -> Journey.workflow().decide(c.id(), version, new CertificateIssue("制证")));
                };
                done.add(pool.submit(issue));
            }
            go.countDown();
            Set<String> numbers = new HashSet<>();
            for (Future<ApplicationSummary> f : done) {
                numbers.add(f.get(60, TimeUnit.SECONDS).certificateNo());
            }
            assertEquals(2, numbers.size(), "two numbers: " + numbers);
            assertEquals(Set.of(before + 1, before + 2), numbers.stream().map(CertificateIT::sequenceOf)
                    .collect(java.util.stream.Collectors.toSet()), "consecutive, none skipped: " + numbers);
            assertEquals(0, Db.count("SELECT COUNT(*) FROM (SELECT certificate_no FROM application "
                    + "WHERE certificate_no IS NOT NULL GROUP BY certificate_no HAVING COUNT(*) > 1) d"));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theCertificateAndItsPdfAreTheHoldersAndTheBureausOnly() throws Exception {
        Journey.Case c = issued();
        String number = numberOf(c);
        CertificateService service = Certificates.service();
        String base = "http://127.0.0.1:8080/zhicheng";

        CertificateFacts facts = Users.as(c.applicant().username(), () -> service.certificate(c.id())).orElseThrow();
        assertEquals(number, facts.certificateNo());
        assertEquals(c.applicant().name(), facts.holderName());
        assertEquals(Db.string("SELECT p.id_number FROM person p JOIN application a ON a.applicant_id = p.id WHERE a.id = ?",
                c.id()), facts.idNumber(), "the holder reads the whole ID number");
        assertEquals("深圳市人力资源和社会保障局", facts.issuer());
        assertEquals(2020, facts.reviewYear());

        ReportFile pdf = Users.as(c.applicant().username(), () -> service.certificatePdf(c.id(), base));
        assertEquals("application/pdf", pdf.contentType());
        assertEquals("专业技术资格电子证书-" + number + ".pdf", pdf.fileName());
        assertArrayEquals("%PDF".getBytes(), Arrays.copyOf(pdf.content(), 4));
        assertTrue(Users.as("bureau", () -> service.certificatePdf(c.id(), base)).content().length > 1000);
        assertEquals(base + "/certificate-query/index.xhtml?no=" + number, service.verificationUrl(number, base));

        // another applicant, another committee's office: the answer of a missing id
        Journey.Case other = Journey.at(UNIT_REVIEW);
        assertThrows(ApplicationNotFoundException.class,
                () -> Users.as(other.applicant().username(), () -> service.certificatePdf(c.id(), base)));
        assertThrows(ApplicationNotFoundException.class,
                () -> Users.as(other.applicant().username(), () -> service.certificate(c.id())));
        assertThrows(ApplicationNotFoundException.class, () -> Users.as("office-dz", () -> service.certificatePdf(c.id(), base)));
        assertThrows(ApplicationNotFoundException.class, () -> Users.as("bureau", () -> service.certificatePdf(-1L, base)));
        // not issued yet: nothing to show, nothing to download
        Journey.Case pending = Journey.at(CERTIFICATE);
        assertTrue(Users.as(pending.applicant().username(), () -> service.certificate(pending.id())).isEmpty());
        assertThrows(ApplicationNotFoundException.class,
                () -> Users.as(pending.applicant().username(), () -> service.certificatePdf(pending.id(), base)));
        // experts have no certificate door at all
        assertThrows(EJBAccessException.class, () -> Users.as("expert-jt", () -> service.certificate(c.id())));
    }

    @Test
    void thePublicQueryFindsOnlyWithAllThreeAndAnswersEveryMissTheSame() throws Exception {
        Journey.Case c = issued();
        String number = numberOf(c);
        String id = Db.string("SELECT p.id_number FROM person p JOIN application a ON a.applicant_id = p.id WHERE a.id = ?",
                c.id());
        String name = c.applicant().name();
        CertificateService service = Certificates.service();
        String address = "198.51.100." + (c.id() % 200);

        CertificateQueryAnswer hit = service.query(" " + name + " ", id.toLowerCase(), number.toLowerCase(), address,
                QueryChannel.PAGE);
        assertEquals(CertificateQueryOutcome.FOUND, hit.outcome());
        assertEquals(number, hit.facts().certificateNo());
        assertEquals(name, hit.facts().holderName());
        assertEquals(id.substring(0, 6) + "********" + id.substring(14), hit.facts().idNumber(), "the ID masked");
        assertNull(hit.message(java.util.Locale.SIMPLIFIED_CHINESE));

        Journey.Case notIssued = Journey.at(CERTIFICATE);
        String otherId = Db.string("SELECT p.id_number FROM person p JOIN application a ON a.applicant_id = p.id "
                + "WHERE a.id = ?", notIssued.id());
        List<CertificateQueryAnswer> misses = List.of(
                service.query(name + "某", id, number, address, QueryChannel.PAGE),
                service.query(name, otherId, number, address, QueryChannel.PAGE),
                service.query(name, id, "ZC2020220199999", address, QueryChannel.API),
                service.query(name, id, "不是编号", address, QueryChannel.API),
                service.query(notIssued.applicant().name(), otherId, number, address, QueryChannel.PAGE));
        for (CertificateQueryAnswer miss : misses) {
            assertEquals(CertificateQueryOutcome.NOT_FOUND, miss.outcome());
            assertNull(miss.facts());
            assertEquals(NOT_FOUND_TEXT, miss.message(java.util.Locale.SIMPLIFIED_CHINESE), "one neutral answer");
        }
        CertificateQueryAnswer blank = service.query(name, "", number, address, QueryChannel.PAGE);
        assertEquals(CertificateQueryOutcome.INCOMPLETE, blank.outcome());
        assertNull(blank.facts());

        // every query recorded: outcome, channel, the ID only masked, the certificate found
        assertEquals(7, Db.count("SELECT COUNT(*) FROM certificate_query WHERE client_address = ?", address));
        assertEquals(1, Db.count("SELECT COUNT(*) FROM certificate_query WHERE client_address = ? AND outcome = 'FOUND' "
                + "AND application_id = ? AND channel = 'PAGE'", address, c.id()));
        assertEquals(5, Db.count("SELECT COUNT(*) FROM certificate_query WHERE client_address = ? AND outcome = 'NOT_FOUND'",
                address));
        assertEquals(2, Db.count("SELECT COUNT(*) FROM certificate_query WHERE client_address = ? AND channel = 'API'",
                address));
        assertEquals(0, Db.count("SELECT COUNT(*) FROM certificate_query WHERE client_address = ? AND id_number_masked = ?",
                address, id));
        assertEquals(id.substring(0, 6) + "********" + id.substring(14), Db.string("SELECT id_number_masked FROM "
                + "certificate_query WHERE client_address = ? AND outcome = 'FOUND'", address));
    }

    @Test
    void eachAddressHasItsLimitInTheDatabaseWithAClearAnswerAndAFreshWindowAfterIt() throws Exception {
        Journey.Case c = issued();
        String number = numberOf(c);
        String id = Db.string("SELECT p.id_number FROM person p JOIN application a ON a.applicant_id = p.id WHERE a.id = ?",
                c.id());
        String name = c.applicant().name();
        CertificateService service = Certificates.service();
        String address = "203.0.113." + (c.id() % 200);
        String neighbour = "192.0.2." + (c.id() % 200);
        for (int i = 0; i < 10; i++) {
            assertNotEquals(CertificateQueryOutcome.RATE_LIMITED,
                    service.query(name, id, i % 2 == 0 ? number : "ZC2020220100000", address, QueryChannel.API).outcome(),
                    "query " + (i + 1) + " of 10");
        }
        CertificateQueryAnswer limited = service.query(name, id, number, address, QueryChannel.PAGE);
        assertEquals(CertificateQueryOutcome.RATE_LIMITED, limited.outcome());
        assertNull(limited.facts(), "no facts past the limit, even with all three right");
        String text = limited.message(java.util.Locale.SIMPLIFIED_CHINESE);
        assertTrue(text.startsWith("查询过于频繁：同一网络地址每10分钟最多查询10次，请于") && text.endsWith("后再试。"), text);
        assertEquals(11, ((Number) Db.value("SELECT query_count FROM certificate_query_window WHERE client_address = ?",
                address)).intValue(), "counted in the database");
        assertEquals(1, Db.count("SELECT COUNT(*) FROM certificate_query WHERE client_address = ? AND outcome = 'RATE_LIMITED'",
                address), "the refused query is recorded too");
        // another address is not touched
        assertEquals(CertificateQueryOutcome.FOUND, service.query(name, id, number, neighbour, QueryChannel.PAGE)
                .outcome());

        // after the window (platform clock moved 10 minutes on) the address starts afresh
        String shift = System.getProperty("zhicheng.clock.shift");
        long base = shift == null ? 0 : Long.parseLong(shift);
        try {
            System.setProperty("zhicheng.clock.shift", String.valueOf(base + 601));
            CertificateQueryAnswer again = service.query(name, id, number, address, QueryChannel.PAGE);
            assertEquals(CertificateQueryOutcome.FOUND, again.outcome());
            assertEquals(1, ((Number) Db.value("SELECT query_count FROM certificate_query_window WHERE client_address = ?",
                    address)).intValue());
        } finally {
            if (shift == null) {
                System.clearProperty("zhicheng.clock.shift");
            } else {
                System.setProperty("zhicheng.clock.shift", shift);
            }
        }
        assertFalse(Db.count("SELECT COUNT(*) FROM certificate_query WHERE client_address = ?", address) < 12);
    }
}
