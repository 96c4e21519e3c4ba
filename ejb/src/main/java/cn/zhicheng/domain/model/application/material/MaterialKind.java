package cn.zhicheng.domain.model.application.material;

import java.util.Arrays;
import java.util.List;

import cn.zhicheng.domain.shared.Labelled;

/**
 * A line of the materials checklist (事项材料上传, manual 第二章 13 and 第三章/第五章 for the unit side): its label,
 * the content it accepts, its size limit, when it is required and at which stage it is uploaded. The constant's
 * name is stored in {@code material_file.material_kind} (at most 40 characters).
 *
 * <p>SPEC §4 fixes the photo (JPG ≤ 50 KB), achievement materials (PDF ≤ 10 MB) and the unit commitment
 * (≤ 5 MB); the other signed forms follow the unit commitment (PDF ≤ 5 MB) and the other proofs the
 * achievement materials (PDF ≤ 10 MB).
 */
public enum MaterialKind implements Labelled {

    PHOTO("照片", ContentKind.JPEG, 50 * Limits.KB, Requirement.ALWAYS, Stage.APPLICATION, false, false,
            "请上传本人近期（半年内）正面免冠彩色大一寸证件照；照片背景颜色应为红色或蓝色；照片为JPG格式，大小在50K以内。"),
    PERSONAL_COMMITMENT("《广东省深圳市职称申报承诺书》(个人)", ContentKind.PDF, 5 * Limits.MB, Requirement.ALWAYS,
            Stage.APPLICATION, true, false, "请打印承诺书，本人签名后扫描为PDF上传，大小不超过5M。"),
    EDUCATION_PROOF("学历、学位证明材料", ContentKind.PDF, 10 * Limits.MB, Requirement.ALWAYS, Stage.APPLICATION,
            false, true, "请上传学历证书、学位证书（及学历认证材料）的扫描件，PDF格式，每个附件不超过10M。"),
    CERTIFICATES("证书、证明材料", ContentKind.PDF, 10 * Limits.MB, Requirement.OPTIONAL, Stage.APPLICATION,
            false, true, "现专业技术资格证书、聘任证明等，PDF格式，每个附件不超过10M。"),
    PROFESSIONAL_WORK_PROJECT("专业技术工作项目材料", ContentKind.PDF, 10 * Limits.MB, Requirement.OPTIONAL,
            Stage.APPLICATION, false, true, Limits.ACHIEVEMENT_TEXT),
    RESEARCH_PROJECT("课题项目材料", ContentKind.PDF, 10 * Limits.MB, Requirement.OPTIONAL, Stage.APPLICATION,
            false, true, Limits.ACHIEVEMENT_TEXT),
    AWARD("获奖情况", ContentKind.PDF, 10 * Limits.MB, Requirement.OPTIONAL, Stage.APPLICATION, false, true,
            Limits.ACHIEVEMENT_TEXT),
    PAPER("代表性论文材料", ContentKind.PDF, 10 * Limits.MB, Requirement.OPTIONAL, Stage.APPLICATION, false, true,
            Limits.ACHIEVEMENT_TEXT),
    MONOGRAPH("代表性专著材料", ContentKind.PDF, 10 * Limits.MB, Requirement.OPTIONAL, Stage.APPLICATION, false, true,
            Limits.ACHIEVEMENT_TEXT),
    CONFERENCE_PAPER("代表性学术会议宣读的论文材料", ContentKind.PDF, 10 * Limits.MB, Requirement.OPTIONAL,
            Stage.APPLICATION, false, true, Limits.ACHIEVEMENT_TEXT),
    TECHNICAL_REPORT("代表性专项技术分析报告材料", ContentKind.PDF, 10 * Limits.MB, Requirement.OPTIONAL,
            Stage.APPLICATION, false, true, Limits.ACHIEVEMENT_TEXT),
    PATENT("代表性专利材料", ContentKind.PDF, 10 * Limits.MB, Requirement.OPTIONAL, Stage.APPLICATION, false, true,
            Limits.ACHIEVEMENT_TEXT),
    BOOK("代表性著作材料", ContentKind.PDF, 10 * Limits.MB, Requirement.OPTIONAL, Stage.APPLICATION, false, true,
            Limits.ACHIEVEMENT_TEXT),
    AFFILIATION_PROOF("公司隶属关系证明", ContentKind.PDF, 10 * Limits.MB, Requirement.CONDITIONAL,
            Stage.APPLICATION, false, true, "申报单位与工作单位不一致时必传：《公司隶属关系证明》等佐证材料，PDF格式，每个附件不超过10M。"),
    EXCEPTIONAL_RECOMMENDATION("《广东省深圳市职称破格申报推荐表》", ContentKind.PDF, 5 * Limits.MB,
            Requirement.CONDITIONAL, Stage.APPLICATION, true, true,
            "破格申报时必传：按破格申报相关要求上传推荐表或其他破格申报资格证明材料，PDF格式，大小不超过5M。"),

    UNIT_COMMITMENT("《广东省深圳市职称申报承诺书》(单位)", ContentKind.PDF, 5 * Limits.MB, Requirement.ALWAYS,
            Stage.UNIT_REVIEW, true, false, "请打印单位承诺书，签字盖章后扫描为PDF上传，大小不超过5M。"),
    PRE_PUBLICITY_FORM("《资格评审评前公示情况表》(评前)", ContentKind.PDF, 5 * Limits.MB, Requirement.ALWAYS,
            Stage.PRE_PUBLICITY, true, false, "请打印评前公示情况表，签字盖章后扫描为PDF上传，大小不超过5M。"),
    POST_PUBLICITY_FORM("《资格评审评后公示情况表》(评后)", ContentKind.PDF, 5 * Limits.MB, Requirement.ALWAYS,
            Stage.POST_PUBLICITY, true, false, "请打印评后公示情况表，签字盖章后扫描为PDF上传，大小不超过5M。");

    /** The file content a material accepts, recognised by its leading bytes, never by the file name. */
    public enum ContentKind {
        JPEG("image/jpeg", "jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
        PDF("application/pdf", "pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
        /** Recognised (so that the refusal can say what the file is), accepted by no material of SPEC §4. */
        PNG("image/png", "png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});

        private final String mediaType;
        private final String extension;
        private final byte[] magic;

        ContentKind(String mediaType, String extension, byte[] magic) {
            this.mediaType = mediaType;
            this.extension = extension;
            this.magic = magic;
        }

        public String mediaType() {
            return mediaType;
        }

        public String extension() {
            return extension;
        }

        /** The kind whose signature {@code head} starts with; empty when the content is none of them. */
        public static java.util.Optional<ContentKind> detect(byte[] head) {
            return Arrays.stream(values()).filter(kind -> kind.matches(head)).findFirst();
        }

        /** Whether {@code head} (the first bytes of a file) starts with this kind's signature. */
        public boolean matches(byte[] head) {
            return head != null && head.length >= magic.length
                    && Arrays.equals(Arrays.copyOf(head, magic.length), magic);
        }
    }

    /** 是否必传. */
    public enum Requirement implements Labelled {
        ALWAYS("是"),
        /** Required only in a case the validator knows (申报单位与工作单位不一致, 破格申报). */
        CONDITIONAL("视情况"),
        OPTIONAL("否");

        private final String label;

        Requirement(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    /** The step at which a material is uploaded, and so who uploads it. */
    public enum Stage implements Labelled {
        APPLICATION("个人申报"),
        UNIT_REVIEW("单位审核"),
        PRE_PUBLICITY("单位评前公示"),
        POST_PUBLICITY("单位评后公示");

        private final String label;

        Stage(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    private static final class Limits {
        static final long KB = 1024;
        static final long MB = 1024 * KB;
        static final String ACHIEVEMENT_TEXT = "请上传PDF格式文件，每个附件大小不超过10M，较大文件可分割为多个附件上传；"
                + "文件名需与填报的材料信息相对应（同一材料多个附件请在文件名体现关联，并用序号区别）。";
    }

    private final String label;
    private final ContentKind contentKind;
    private final long maxBytes;
    private final Requirement requirement;
    private final Stage stage;
    private final boolean generatedForm;
    private final boolean multipleFiles;
    private final String requirementText;

    MaterialKind(String label, ContentKind contentKind, long maxBytes, Requirement requirement, Stage stage,
                 boolean generatedForm, boolean multipleFiles, String requirementText) {
        this.label = label;
        this.contentKind = contentKind;
        this.maxBytes = maxBytes;
        this.requirement = requirement;
        this.stage = stage;
        this.generatedForm = generatedForm;
        this.multipleFiles = multipleFiles;
        this.requirementText = requirementText;
    }

    /** 材料名称. */
    @Override
    public String label() {
        return label;
    }

    public ContentKind contentKind() {
        return contentKind;
    }

    /** Largest accepted size of one file, in bytes. */
    public long maxBytes() {
        return maxBytes;
    }

    public Requirement requirement() {
        return requirement;
    }

    public Stage stage() {
        return stage;
    }

    /** Whether the system prints this form (报表打印) for signing before it is uploaded. */
    public boolean isGeneratedForm() {
        return generatedForm;
    }

    /** Whether several files may be uploaded for this material (large files split into parts). */
    public boolean allowsMultipleFiles() {
        return multipleFiles;
    }

    /** 查看要求. */
    public String requirementText() {
        return requirementText;
    }

    public boolean isUnitSide() {
        return stage != Stage.APPLICATION;
    }

    /** Whether {@code sizeBytes} is within this material's limit. */
    public boolean accepts(long sizeBytes) {
        return sizeBytes > 0 && sizeBytes <= maxBytes;
    }

    /**
     * The unit-side material a unit decision requires: 单位承诺书 for 单位审核通过, the 评前/评后公示情况表
     * for the result of that publicity. Empty for every other action.
     */
    public static java.util.Optional<MaterialKind> requiredBy(cn.zhicheng.domain.model.application.Action action) {
        if (action == null) {
            return java.util.Optional.empty();
        }
        return switch (action) {
            case UNIT_APPROVE -> java.util.Optional.of(UNIT_COMMITMENT);
            case PRE_PUBLICITY_PASS, PRE_PUBLICITY_FAIL -> java.util.Optional.of(PRE_PUBLICITY_FORM);
            case POST_PUBLICITY_PASS, POST_PUBLICITY_OBJECTION_UPHELD -> java.util.Optional.of(POST_PUBLICITY_FORM);
            default -> java.util.Optional.empty();
        };
    }

    /** The checklist of one stage, in the manual's order. */
    public static List<MaterialKind> ofStage(Stage stage) {
        return Arrays.stream(values()).filter(kind -> kind.stage == stage).toList();
    }
}
