-- Reference data, taken from /work/shared/data (catalogue.csv, fees.csv, holidays.csv, review-year.csv).
-- Portable SQL: the same file migrates H2 (2.x) and PostgreSQL (15).
-- Explicit ids stay below 1000 (zc_seq starts there) and read by table:
--   offices 1xx, committees 2xx, series 3x, titles 4xx (4 + series digit + n), specialties 5xx, review years 6xx.
-- Office phones and addresses and committee member counts are demo values; see docs/reference-data.md.

-- ---------------------------------------------------------------- 日常工作部门
INSERT INTO office (id, name, phone, address) VALUES
    (101, '深圳市交通运输专业职称评审委员会办公室', '0755-83120101', '深圳市福田区福中路1001号交通大厦8楼'),
    (102, '深圳市电子信息专业职称评审委员会办公室', '0755-86120102', '深圳市南山区科技南十二路2002号电子信息大楼6楼'),
    (103, '深圳市建设工程专业职称评审委员会办公室', '0755-83120103', '深圳市福田区振华路3003号建设大厦5楼'),
    (104, '深圳市会计专业职称评审委员会办公室', '0755-82120104', '深圳市罗湖区红岭中路4004号财会大厦12楼'),
    (105, '深圳市经济专业职称评审委员会办公室', '0755-83120105', '深圳市福田区深南中路5005号人才大厦10楼'),
    (106, '深圳市卫生专业职称评审委员会办公室', '0755-88120106', '深圳市福田区笋岗西路6006号卫生大厦3楼'),
    (107, '深圳市档案职称评审委员会办公室', '0755-88120107', '深圳市福田区福中一路7007号档案馆2楼');

-- ---------------------------------------------------------------- 评审委员会 (member_count: demo value)
INSERT INTO committee (id, name, office_id, member_count) VALUES
    (201, '深圳市交通运输专业中级专业技术资格评审委员会', 101, 15),
    (202, '深圳市交通运输专业高级专业技术资格评审委员会', 101, 15),
    (203, '深圳市电子信息专业中级专业技术资格评审委员会', 102, 15),
    (204, '深圳市电子信息专业高级专业技术资格评审委员会', 102, 15),
    (205, '深圳市建设工程专业中级专业技术资格评审委员会', 103, 15),
    (206, '深圳市建设工程专业高级专业技术资格评审委员会', 103, 15),
    (207, '深圳市会计专业中级专业技术资格评审委员会', 104, 15),
    (208, '深圳市会计专业高级专业技术资格评审委员会', 104, 15),
    (209, '深圳市经济专业中级专业技术资格评审委员会', 105, 15),
    (210, '深圳市经济专业高级专业技术资格评审委员会', 105, 15),
    (211, '深圳市卫生专业中级专业技术资格评审委员会', 106, 15),
    (212, '深圳市卫生专业高级专业技术资格评审委员会', 106, 15),
    (213, '深圳市档案中级专业技术资格评审委员会', 107, 15);

-- ---------------------------------------------------------------- 资格系列
INSERT INTO title_series (id, name) VALUES
    (31, '工程技术'),
    (32, '会计'),
    (33, '经济'),
    (34, '卫生'),
    (35, '档案');

-- ---------------------------------------------------------------- 资格名称 (级别: 初级 JUNIOR, 中级 INTERMEDIATE, 副高级 DEPUTY_SENIOR, 正高级 SENIOR)
INSERT INTO title (id, series_id, title_level, name) VALUES
    (411, 31, 'JUNIOR', '助理工程师'),
    (412, 31, 'INTERMEDIATE', '工程师'),
    (413, 31, 'DEPUTY_SENIOR', '高级工程师'),
    (414, 31, 'SENIOR', '正高级工程师'),
    (421, 32, 'INTERMEDIATE', '会计师'),
    (422, 32, 'DEPUTY_SENIOR', '高级会计师'),
    (423, 32, 'SENIOR', '正高级会计师'),
    (431, 33, 'INTERMEDIATE', '经济师'),
    (432, 33, 'DEPUTY_SENIOR', '高级经济师'),
    (441, 34, 'INTERMEDIATE', '主治医师'),
    (442, 34, 'DEPUTY_SENIOR', '副主任医师'),
    (443, 34, 'SENIOR', '主任医师'),
    (451, 35, 'INTERMEDIATE', '馆员');

-- ---------------------------------------------------------------- 评审专业, one row per catalogue.csv line, in its order
-- exam_mode: none NONE, 以考代评 EXAM_INSTEAD, 考评结合 EXAM_AND_REVIEW
INSERT INTO specialty (id, title_id, name, exam_mode, committee_id) VALUES
    (501, 411, '交通运输管理', 'NONE', 201),
    (502, 412, '交通运输管理', 'NONE', 201),
    (503, 412, '道路桥梁', 'NONE', 201),
    (504, 413, '交通运输管理', 'NONE', 202),
    (505, 414, '交通运输管理', 'NONE', 202),
    (506, 412, '计算机软件', 'NONE', 203),
    (507, 412, '电子信息工程', 'NONE', 203),
    (508, 413, '计算机软件', 'NONE', 204),
    (509, 412, '建筑工程', 'EXAM_AND_REVIEW', 205),
    (510, 413, '建筑工程', 'NONE', 206),
    (511, 421, '会计', 'EXAM_INSTEAD', 207),
    (512, 422, '会计', 'EXAM_AND_REVIEW', 208),
    (513, 423, '会计', 'NONE', 208),
    (514, 431, '人力资源管理', 'EXAM_INSTEAD', 209),
    (515, 432, '人力资源管理', 'EXAM_AND_REVIEW', 210),
    (516, 432, '金融', 'EXAM_AND_REVIEW', 210),
    (517, 441, '外科学', 'EXAM_AND_REVIEW', 211),
    (518, 442, '外科学', 'EXAM_AND_REVIEW', 212),
    (519, 443, '外科学', 'NONE', 212),
    (520, 451, '档案管理', 'NONE', 213);

-- ---------------------------------------------------------------- 评委会年度
-- review-year.csv writes the end of 24 January 2021 as 2021-01-24T24:00, i.e. 2021-01-25 00:00:00.
INSERT INTO review_year (id, review_year, application_start, application_end, office_deadline,
                         seniority_cutoff, material_cutoff, continuing_education_from, announcement_url) VALUES
    (601, 2020, TIMESTAMP '2020-12-30 00:00:00', TIMESTAMP '2021-01-25 00:00:00', TIMESTAMP '2021-01-25 00:00:00',
     DATE '2020-12-31', DATE '2020-08-31', DATE '2020-01-01', '/announcements/2020.xhtml');

-- ---------------------------------------------------------------- 评审费 (demo values, not the official schedule)
INSERT INTO fee (title_level, amount, note) VALUES
    ('JUNIOR', 150.00, 'demo value'),
    ('INTERMEDIATE', 300.00, 'demo value'),
    ('DEPUTY_SENIOR', 500.00, 'demo value'),
    ('SENIOR', 600.00, 'demo value');

-- ---------------------------------------------------------------- 节假日与调休上班 (State Council notices for 2020 and 2021)
INSERT INTO calendar_day (calendar_date, kind, name) VALUES
    (DATE '2020-01-01', 'HOLIDAY', '元旦'),
    (DATE '2020-01-19', 'WORKDAY', '春节调休上班'),
    (DATE '2020-01-24', 'HOLIDAY', '春节'),
    (DATE '2020-01-25', 'HOLIDAY', '春节'),
    (DATE '2020-01-26', 'HOLIDAY', '春节'),
    (DATE '2020-01-27', 'HOLIDAY', '春节'),
    (DATE '2020-01-28', 'HOLIDAY', '春节'),
    (DATE '2020-01-29', 'HOLIDAY', '春节'),
    (DATE '2020-01-30', 'HOLIDAY', '春节'),
    (DATE '2020-01-31', 'HOLIDAY', '春节（延长）'),
    (DATE '2020-02-01', 'HOLIDAY', '春节（延长）'),
    (DATE '2020-02-02', 'HOLIDAY', '春节（延长）'),
    (DATE '2020-04-04', 'HOLIDAY', '清明节'),
    (DATE '2020-04-05', 'HOLIDAY', '清明节'),
    (DATE '2020-04-06', 'HOLIDAY', '清明节'),
    (DATE '2020-04-26', 'WORKDAY', '劳动节调休上班'),
    (DATE '2020-05-01', 'HOLIDAY', '劳动节'),
    (DATE '2020-05-02', 'HOLIDAY', '劳动节'),
    (DATE '2020-05-03', 'HOLIDAY', '劳动节'),
    (DATE '2020-05-04', 'HOLIDAY', '劳动节'),
    (DATE '2020-05-05', 'HOLIDAY', '劳动节'),
    (DATE '2020-05-09', 'WORKDAY', '劳动节调休上班'),
    (DATE '2020-06-25', 'HOLIDAY', '端午节'),
    (DATE '2020-06-26', 'HOLIDAY', '端午节'),
    (DATE '2020-06-27', 'HOLIDAY', '端午节'),
    (DATE '2020-06-28', 'WORKDAY', '端午节调休上班'),
    (DATE '2020-09-27', 'WORKDAY', '国庆节调休上班'),
    (DATE '2020-10-01', 'HOLIDAY', '国庆节、中秋节'),
    (DATE '2020-10-02', 'HOLIDAY', '国庆节、中秋节'),
    (DATE '2020-10-03', 'HOLIDAY', '国庆节、中秋节'),
    (DATE '2020-10-04', 'HOLIDAY', '国庆节、中秋节'),
    (DATE '2020-10-05', 'HOLIDAY', '国庆节、中秋节'),
    (DATE '2020-10-06', 'HOLIDAY', '国庆节、中秋节'),
    (DATE '2020-10-07', 'HOLIDAY', '国庆节、中秋节'),
    (DATE '2020-10-08', 'HOLIDAY', '国庆节、中秋节'),
    (DATE '2020-10-10', 'WORKDAY', '国庆节调休上班'),
    (DATE '2021-01-01', 'HOLIDAY', '元旦'),
    (DATE '2021-01-02', 'HOLIDAY', '元旦'),
    (DATE '2021-01-03', 'HOLIDAY', '元旦'),
    (DATE '2021-02-07', 'WORKDAY', '春节调休上班'),
    (DATE '2021-02-11', 'HOLIDAY', '春节'),
    (DATE '2021-02-12', 'HOLIDAY', '春节'),
    (DATE '2021-02-13', 'HOLIDAY', '春节'),
    (DATE '2021-02-14', 'HOLIDAY', '春节'),
    (DATE '2021-02-15', 'HOLIDAY', '春节'),
    (DATE '2021-02-16', 'HOLIDAY', '春节'),
    (DATE '2021-02-17', 'HOLIDAY', '春节'),
    (DATE '2021-02-20', 'WORKDAY', '春节调休上班'),
    (DATE '2021-04-03', 'HOLIDAY', '清明节'),
    (DATE '2021-04-04', 'HOLIDAY', '清明节'),
    (DATE '2021-04-05', 'HOLIDAY', '清明节'),
    (DATE '2021-04-25', 'WORKDAY', '劳动节调休上班'),
    (DATE '2021-05-01', 'HOLIDAY', '劳动节'),
    (DATE '2021-05-02', 'HOLIDAY', '劳动节'),
    (DATE '2021-05-03', 'HOLIDAY', '劳动节'),
    (DATE '2021-05-04', 'HOLIDAY', '劳动节'),
    (DATE '2021-05-05', 'HOLIDAY', '劳动节'),
    (DATE '2021-05-08', 'WORKDAY', '劳动节调休上班'),
    (DATE '2021-06-12', 'HOLIDAY', '端午节'),
    (DATE '2021-06-13', 'HOLIDAY', '端午节'),
    (DATE '2021-06-14', 'HOLIDAY', '端午节'),
    (DATE '2021-09-18', 'WORKDAY', '中秋节调休上班'),
    (DATE '2021-09-19', 'HOLIDAY', '中秋节'),
    (DATE '2021-09-20', 'HOLIDAY', '中秋节'),
    (DATE '2021-09-21', 'HOLIDAY', '中秋节'),
    (DATE '2021-09-26', 'WORKDAY', '国庆节调休上班'),
    (DATE '2021-10-01', 'HOLIDAY', '国庆节'),
    (DATE '2021-10-02', 'HOLIDAY', '国庆节'),
    (DATE '2021-10-03', 'HOLIDAY', '国庆节'),
    (DATE '2021-10-04', 'HOLIDAY', '国庆节'),
    (DATE '2021-10-05', 'HOLIDAY', '国庆节'),
    (DATE '2021-10-06', 'HOLIDAY', '国庆节'),
    (DATE '2021-10-07', 'HOLIDAY', '国庆节'),
    (DATE '2021-10-09', 'WORKDAY', '国庆节调休上班');
