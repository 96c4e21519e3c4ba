package cn.zhicheng.batch.personnel;

/** Names of the {@code personnel-import} job. */
final class ImportJob {

    static final String NAME = "personnel-import";
    static final String IMPORT = "importId";
    static final String ITEM_COUNT = "itemCount";
    static final String FAIL_AFTER = "failAfterItems";

    private ImportJob() {
    }
}
