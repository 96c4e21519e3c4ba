-- The application form (申报表) of SPEC §3: one row per form, single sections as columns, list sections as child
-- tables ordered by position. Portable SQL: the same file migrates H2 (2.x) and PostgreSQL (15).
-- Columns are nullable on purpose: a draft may be saved at any time; SubmitValidator checks completeness at submit.
-- Enumerated columns hold the enum constant names of cn.zhicheng.domain.model.application.form.

CREATE TABLE application_form (
    id                              BIGINT PRIMARY KEY,
    version                         BIGINT NOT NULL DEFAULT 0,
    -- 本人已阅读并同意 (the personal commitment)
    commitment_accepted             BOOLEAN NOT NULL DEFAULT FALSE,
    commitment_accepted_at          TIMESTAMP,
    -- 基本信息
    applicant_name                  VARCHAR(50),
    gender                          VARCHAR(10),
    id_type                         VARCHAR(40),
    id_number                       VARCHAR(30),
    birth_date                      DATE,
    phone                           VARCHAR(30),
    nationality                     VARCHAR(50),
    work_start_date                 DATE,
    insured_unit_name               VARCHAR(200),
    insured_unit_org_code           VARCHAR(30),
    work_unit                       VARCHAR(200),
    email                           VARCHAR(100),
    household_registration          VARCHAR(100),
    ethnicity                       VARCHAR(30),
    political_status                VARCHAR(30),
    -- 现专业技术资格职务信息
    current_qualification_type      VARCHAR(30),
    current_qualification_name      VARCHAR(100),
    current_series                  VARCHAR(100),
    current_level                   VARCHAR(20),
    current_obtained_date           DATE,
    current_obtain_mode             VARCHAR(30),
    current_issuer                  VARCHAR(200),
    current_post                    VARCHAR(100),
    current_hired_date              DATE,
    current_outside_province        BOOLEAN,
    current_specialty               VARCHAR(100),
    years_in_specialty              INTEGER,
    -- 申报的专业技术资格信息
    declaration_type                VARCHAR(30),
    specialty_id                    BIGINT REFERENCES specialty (id),
    has_other_declarations          BOOLEAN,
    other_declaration_names         VARCHAR(500),
    -- 专业实践能力考试成绩
    exam_ticket_no                  VARCHAR(50),
    exam_start                      TIMESTAMP,
    exam_end                        TIMESTAMP,
    exam_subject                    VARCHAR(100),
    exam_score                      DECIMAL(6, 2),
    exam_venue                      VARCHAR(200),
    -- 个人自我评价
    self_ability_items              VARCHAR(200),
    self_achievement_items          VARCHAR(200),
    self_statement                  VARCHAR(2000),
    -- 工作负面情况说明: negative_circumstances is a comma-separated list of NegativeCircumstance codes
    negative_circumstances          VARCHAR(500),
    negative_description            VARCHAR(2000),
    negative_statement              VARCHAR(2000)
);
CREATE INDEX ix_application_form_specialty ON application_form (specialty_id);

-- Child rows: form_id and position are written by the form's @OneToMany @JoinColumn / @OrderColumn mapping
-- (after the row's insert), so they stay nullable.

-- 教育经历
CREATE TABLE form_education (
    id                          BIGINT PRIMARY KEY,
    form_id                     BIGINT REFERENCES application_form (id),
    position                    INTEGER,
    certificate_no              VARCHAR(50),
    school                      VARCHAR(200),
    enrolment_date              DATE,
    graduation_date             DATE,
    degree                      VARCHAR(20),
    major_name                  VARCHAR(100),
    education_level             VARCHAR(40),
    study_mode                  VARCHAR(30),
    region                      VARCHAR(30),
    used_for_application        BOOLEAN
);
CREATE INDEX ix_form_education_form ON form_education (form_id);

-- 工作经历
CREATE TABLE form_work_experience (
    id                          BIGINT PRIMARY KEY,
    form_id                     BIGINT REFERENCES application_form (id),
    position                    INTEGER,
    start_date                  DATE,
    end_date                    DATE,
    workplace                   VARCHAR(300),
    post                        VARCHAR(100),
    main_content                VARCHAR(1000),
    witness                     VARCHAR(50)
);
CREATE INDEX ix_form_work_experience_form ON form_work_experience (form_id);

-- 专业行业组织职务
CREATE TABLE form_organisation_post (
    id                          BIGINT PRIMARY KEY,
    form_id                     BIGINT REFERENCES application_form (id),
    position                    INTEGER,
    start_date                  DATE,
    end_date                    DATE,
    organisation_name           VARCHAR(200),
    post                        VARCHAR(100)
);
CREATE INDEX ix_form_organisation_post_form ON form_organisation_post (form_id);

-- 国内外进修情况
CREATE TABLE form_further_study (
    id                          BIGINT PRIMARY KEY,
    form_id                     BIGINT REFERENCES application_form (id),
    position                    INTEGER,
    start_date                  DATE,
    end_date                    DATE,
    institution                 VARCHAR(200),
    country_or_region           VARCHAR(100),
    content                     VARCHAR(1000)
);
CREATE INDEX ix_form_further_study_form ON form_further_study (form_id);

-- 完成继续教育任务情况
CREATE TABLE form_continuing_education (
    id                          BIGINT PRIMARY KEY,
    form_id                     BIGINT REFERENCES application_form (id),
    position                    INTEGER,
    start_date                  DATE,
    end_date                    DATE,
    course_name                 VARCHAR(200),
    organiser                   VARCHAR(200),
    hours                       INTEGER
);
CREATE INDEX ix_form_continuing_education_form ON form_continuing_education (form_id);

-- 业绩成果-项目情况
CREATE TABLE form_project (
    id                          BIGINT PRIMARY KEY,
    form_id                     BIGINT REFERENCES application_form (id),
    position                    INTEGER,
    category                    VARCHAR(30),
    project_name                VARCHAR(200),
    project_level               VARCHAR(30),
    project_role                VARCHAR(30),
    start_date                  DATE,
    end_date                    DATE,
    completion_status           VARCHAR(20),
    representative              BOOLEAN,
    summary                     VARCHAR(1000),
    project_source              VARCHAR(200),
    project_no                  VARCHAR(100)
);
CREATE INDEX ix_form_project_form ON form_project (form_id);

-- 业绩成果-获奖情况
CREATE TABLE form_award (
    id                          BIGINT PRIMARY KEY,
    form_id                     BIGINT REFERENCES application_form (id),
    position                    INTEGER,
    project_name                VARCHAR(200),
    award_name                  VARCHAR(200),
    award_level                 VARCHAR(30),
    award_grade                 VARCHAR(50),
    award_date                  DATE,
    issuer                      VARCHAR(200),
    author_rank                 INTEGER,
    representative              BOOLEAN
);
CREATE INDEX ix_form_award_form ON form_award (form_id);

-- 学术成果-论文/著作/技术分析报告
CREATE TABLE form_publication (
    id                          BIGINT PRIMARY KEY,
    form_id                     BIGINT REFERENCES application_form (id),
    position                    INTEGER,
    publication_type            VARCHAR(30),
    title                       VARCHAR(300),
    published_date              DATE,
    publisher                   VARCHAR(200),
    serial_no                   VARCHAR(100),
    author_role                 VARCHAR(30),
    words_written               INTEGER,
    representative              BOOLEAN
);
CREATE INDEX ix_form_publication_form ON form_publication (form_id);

-- 学术成果-专利及软件著作权
CREATE TABLE form_patent (
    id                          BIGINT PRIMARY KEY,
    form_id                     BIGINT REFERENCES application_form (id),
    position                    INTEGER,
    patent_type                 VARCHAR(30),
    name                        VARCHAR(200),
    patent_kind                 VARCHAR(30),
    registration_no             VARCHAR(100),
    grant_date                  DATE,
    author_rank                 INTEGER,
    representative              BOOLEAN
);
CREATE INDEX ix_form_patent_form ON form_patent (form_id);
