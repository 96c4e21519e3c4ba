package cn.zhicheng.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import cn.zhicheng.application.LoginOutcome;
import cn.zhicheng.domain.model.application.Action;
import cn.zhicheng.domain.model.application.ActionNotPermittedException;
import cn.zhicheng.domain.model.application.ApplicationNotFoundException;
import cn.zhicheng.domain.model.application.ApplicationState;
import cn.zhicheng.domain.model.application.ConcurrentUpdateException;
import cn.zhicheng.domain.model.application.IllegalTransitionException;
import cn.zhicheng.domain.model.application.OutOfScopeException;
import cn.zhicheng.domain.model.application.SubmitRejectedException;
import cn.zhicheng.domain.model.application.material.MaterialKind;
import cn.zhicheng.domain.model.application.material.MaterialRejectedException;
import cn.zhicheng.domain.model.application.validation.FieldError;
import cn.zhicheng.domain.model.party.AccountType;
import cn.zhicheng.domain.model.party.ImportStatus;
import cn.zhicheng.domain.model.party.Role;

/** The bundles and the keys in code agree, and the Chinese texts are those the product always showed. */
class MessagesTest {

    /** The enums whose constants are passed as message arguments: English needs each constant's label. */
    private static final List<Class<? extends Enum<?>>> ENUM_ARGUMENTS = List.of(ApplicationState.class,
            Action.class, Role.class, AccountType.class, MaterialKind.class, ImportStatus.class,
            cn.zhicheng.domain.model.review.MeetingStatus.class, cn.zhicheng.domain.model.review.RecusalReason.class,
            cn.zhicheng.domain.model.review.VoteChoice.class, cn.zhicheng.domain.model.payment.PaymentStatus.class);

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

    @Test
    void everyKeyIsInBothBundlesAndEveryBundleKeyIsAKeyOrAnEnumLabel() {
        Set<String> keys = Arrays.stream(MessageKey.values()).map(Enum::name).collect(Collectors.toCollection(TreeSet::new));
        Set<String> labels = ENUM_ARGUMENTS.stream()
                .flatMap(e -> Arrays.stream(e.getEnumConstants()).map(c -> e.getSimpleName() + "." + c.name()))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> zh = load("messages_zh_CN.properties").stringPropertyNames();
        Set<String> en = load("messages_en.properties").stringPropertyNames();

        assertEquals(keys, new TreeSet<>(zh), "Chinese bundle: its keys must be exactly MessageKey's");
        Set<String> expectedEn = new TreeSet<>(keys);
        expectedEn.addAll(labels);
        assertEquals(expectedEn, new TreeSet<>(en), "English bundle: MessageKey's keys plus a label per enum argument");
    }

    @Test
    void bothLanguagesUseTheSameArguments() {
        Properties zh = load("messages_zh_CN.properties");
        Properties en = load("messages_en.properties");
        for (MessageKey key : MessageKey.values()) {
            assertEquals(placeholders(zh.getProperty(key.name())), placeholders(en.getProperty(key.name())), key.name());
        }
    }

    @Test
    void everyKeyIsUsedByTheCode() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("cn.zhicheng");
        Set<String> used = classes.stream()
                .filter(c -> !c.isEquivalentTo(MessageKey.class))
                .flatMap(c -> c.getFieldAccessesFromSelf().stream())
                .filter(a -> a.getTargetOwner().isEquivalentTo(MessageKey.class))
                .map(a -> a.getTarget().getName())
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> keys = Arrays.stream(MessageKey.values()).map(Enum::name).collect(Collectors.toCollection(TreeSet::new));
        keys.removeAll(used);
        assertTrue(keys.isEmpty(), "keys no code uses: " + keys);
    }

    @Test
    void chineseTextsAreUnchanged() {
        assertEquals("未找到该业务。", new ApplicationNotFoundException().getMessage());
        assertEquals("您的角色「日常工作部门」无权执行「提交」操作。",
                new ActionNotPermittedException(Role.OFFICE, Action.SUBMIT).getMessage());
        assertEquals("业务0032021011000000001已被他人处理，当前环节为「单位审核」，请刷新后重试。",
                new ConcurrentUpdateException("0032021011000000001", ApplicationState.UNIT_REVIEW).getMessage());
        assertEquals("业务0032021011000000001当前环节为「单位评前公示」，不能执行「提交」操作。",
                new IllegalTransitionException("0032021011000000001", ApplicationState.UNIT_PRE_PUBLICITY, Action.SUBMIT)
                        .getMessage());
        assertEquals("业务0032021011000000001当前环节为「单位审核」，申报信息不可修改。",
                new IllegalTransitionException(MessageKey.NOT_EDITABLE, "0032021011000000001", ApplicationState.UNIT_REVIEW)
                        .getMessage());
        assertEquals("业务0032021011000000001已超过评委会办公室受理截止时间（2021-03-31 17:30），不能再报送日常工作部门。",
                new IllegalTransitionException(MessageKey.DEADLINE_PASSED, "0032021011000000001", "2021-03-31 17:30")
                        .getMessage());
        assertEquals("业务当前不在职称申报受理时间内，不能发起申报。",
                new IllegalTransitionException(MessageKey.NO_OPEN_REVIEW_YEAR).getMessage());
        assertEquals("只能办理本人的申报。", new OutOfScopeException(MessageKey.OUT_OF_SCOPE_OWNER).getMessage());
        assertEquals("「照片」文件大小不能超过50K，且不能为空。",
                new MaterialRejectedException(MessageKey.MATERIAL_SIZE, MaterialKind.PHOTO, "50K").getMessage());
        assertEquals("申报信息有2处需要修改：民族：必填；联系电话：必填",
                new SubmitRejectedException(List.of(new FieldError("basicInfo.ethnicity", "民族：必填"),
                        new FieldError("basicInfo.phone", "联系电话：必填"))).getMessage());
        assertEquals("用户名或密码错误。密码连续错误5次后账号将被锁定1小时！", LoginOutcome.badCredentials().message());
        assertEquals("密码连续错误5次，账号已被锁定，请于2021-01-10 10:00后再试。",
                LoginOutcome.locked(LocalDateTime.of(2021, 1, 10, 10, 0)).message());
        assertEquals("该账号请使用「单位登录」页签登录。", LoginOutcome.wrongTab(AccountType.UNIT).message());
    }

    @Test
    void englishTranslatesTheTextAndItsEnumArguments() {
        assertEquals("Your role \"Committee office\" may not take the action \"Submit\".",
                new ActionNotPermittedException(Role.OFFICE, Action.SUBMIT).message(Locale.ENGLISH));
        assertEquals("Application 0032021011000000001: the committee office's deadline (2021-03-31 17:30) has passed; "
                        + "it can no longer be sent to the office.",
                new IllegalTransitionException(MessageKey.DEADLINE_PASSED, "0032021011000000001", "2021-03-31 17:30")
                        .message(Locale.US));
        assertEquals("Please log in to this account on the \"Unit login\" tab.",
                LoginOutcome.wrongTab(AccountType.UNIT).message(Locale.ENGLISH));
    }

    @Test
    void aLocaleWithoutABundleGetsChinese() {
        assertEquals("未找到该业务。", new ApplicationNotFoundException().message(Locale.FRENCH));
        assertEquals("未找到该业务。", new ApplicationNotFoundException().message(null));
    }

    @Test
    void theCodeNamesTheReason() {
        assertEquals("UNIT_FIXED_AFTER_SUBMIT",
                new IllegalTransitionException(MessageKey.UNIT_FIXED_AFTER_SUBMIT, "1").code());
    }

    private static Set<String> placeholders(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static Properties load(String name) {
        try (InputStream in = MessagesTest.class.getResourceAsStream("/cn/zhicheng/" + name)) {
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
