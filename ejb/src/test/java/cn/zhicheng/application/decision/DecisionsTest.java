package cn.zhicheng.application.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import cn.zhicheng.domain.model.application.Action;

/** The one declaration {@link Decisions#KINDS} covers every action once, and every decision type agrees with it. */
class DecisionsTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(Action.class)
    void everyActionTakesExactlyOneDecisionType(Action action) {
        assertNotNull(Decisions.typeOf(action), action + " has no decision type");
        assertTrue(Decision.class.isAssignableFrom(Decisions.typeOf(action)));
    }

    @Test
    void everyDecisionTypeTakesSomeActionAndNoOtherTypeExists() {
        Set<Class<?>> permitted = Arrays.stream(Decision.class.getPermittedSubclasses()).collect(Collectors.toSet());
        assertEquals(permitted, Set.copyOf(Decisions.KINDS.values()));
    }

    @Test
    void aDecisionWithItsOwnActionAgreesWithTheDeclaration() {
        List<Decision> fixed = List.of(
                new UnitApproval("a", "b", List.of(), "c", false),
                new UnitReturn("r"),
                new OfficeReturn("o", List.of()),
                new PaymentConfirmation("n", BigDecimal.ONE, LocalDateTime.now()),
                new CertificateIssue(null),
                new DeadlineClosure());
        for (Decision d : fixed) {
            assertEquals(d.getClass(), Decisions.typeOf(d.action()), d.toString());
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Action.class)
    void aDecisionTypeRefusesAnActionOfAnotherType(Action action) {
        Class<? extends Decision> type = Decisions.typeOf(action);
        if (type != Submission.class) {
            assertThrows(IllegalArgumentException.class, () -> new Submission(action, null));
        }
        if (type != Opinion.class) {
            assertThrows(IllegalArgumentException.class, () -> new Opinion(action, null));
        }
        if (type != PublicityResult.class) {
            assertThrows(IllegalArgumentException.class, () -> new PublicityResult(action, null, null, null));
        }
        if (type != MeetingResult.class) {
            assertThrows(IllegalArgumentException.class, () -> new MeetingResult(action, 1, 1, 0, 0, null));
        }
    }

    @Test
    void aPublicityResultWithoutTextGetsTheOpinionGeneratedFromItsDates() {
        PublicityResult p = new PublicityResult(Action.POST_PUBLICITY_PASS, LocalDate.of(2021, 3, 1),
                LocalDate.of(2021, 3, 5), " ");
        assertEquals("经2021-03-01至2021-03-05公示，无异议。", p.opinion());
    }
}
