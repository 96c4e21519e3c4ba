#!/usr/bin/env python3
"""Writes the ruled-table templates of the official forms (run by hand after a layout change; the output is
committed and compiled by TemplateCompiler like any template):

  src/main/resources/reports/ruled-form.jrxml         title, notice text, then sections of ruled rows
  src/main/resources/reports/registration-form.jrxml  the same, headed by 基本信息 with the photo box

Why generated: every list of a form is its own table (own columns and widths) of one report, with one detail band
and one column-header band per layout, chosen by the row's `layout`. A section is a report group whose header (the
section's title bar and its column headings) is reprinted on every page the section runs over. Writing the bands
by hand would repeat the same cell geometry dozens of times.
"""
import os

WIDTH = 523  # A4 portrait 595 minus 36 + 36 margins
FONT_TABLE = "8.5"

# layout -> [(column heading, width)]; the cells c1..cN of a row fill the columns in order
TABLES = {
    "EDUCATION": [("入学时间—毕业时间", 80), ("毕业学校", 77), ("专业名称", 60), ("学历层次", 45), ("学位名称", 40),
                  ("学习形式", 40), ("学历取得地区", 40), ("学历证书编号", 96), ("是否以该学历申请职称评审", 45)],
    "WORK_EXPERIENCE": [("起止时间", 80), ("在何地何单位从事何工作", 138), ("任何职", 60), ("主要专业技术工作内容", 185),
                        ("证明人", 60)],
    "ORGANISATION_POST": [("起止时间", 100), ("专业行业组织名称", 263), ("所任职务", 160)],
    "FURTHER_STUDY": [("起止时间", 90), ("进修学校（机构）", 150), ("国家（地区）", 80), ("进修内容", 203)],
    "CONTINUING_EDUCATION": [("起止时间", 100), ("课程（项目）名称", 200), ("主办单位", 163), ("学时", 60)],
    "PROJECT": [("业绩类别", 55), ("项目名称", 105), ("项目级别", 45), ("项目角色", 45), ("起止时间", 80),
                ("完成状态", 45), ("是否代表作", 35), ("项目简介", 113)],
    "AWARD": [("获奖项目名称", 120), ("奖项名称", 100), ("奖项级别", 50), ("获奖等级", 50), ("获奖时间", 60),
              ("颁发单位", 83), ("排名", 30), ("是否代表作", 30)],
    "PUBLICATION": [("类型", 55), ("题目（书名）", 140), ("发表（出版）时间", 58), ("刊物名称（出版社）", 100),
                    ("刊号（书号）", 70), ("作者角色", 40), ("撰写字数", 30), ("是否代表作", 30)],
    "PATENT": [("类型", 70), ("名称", 170), ("专利类别", 60), ("专利号（登记号）", 100), ("授权（登记）时间", 60),
               ("排名", 33), ("是否代表作", 30)],
    "ANNUAL_ASSESSMENT": [("年度", 160), ("考核结果", 363)],
    "PUBLICITY": [("序号", 26), ("姓名", 46), ("性别", 26), ("出生年月", 46), ("最高学历", 46), ("毕业时间", 46),
                  ("现专业技术资格名称", 64), ("取得时间", 46), ("申报评审专业", 60), ("申报评审资格名称", 70),
                  ("申报属性", 47)],
}
for name, columns in TABLES.items():
    assert sum(w for _, w in columns) == WIDTH, name

LABEL_W = 95


def cell(x, w, expr, *, align="Left", valign="Middle", opaque=False, bold=False, size=FONT_TABLE, height=18,
         stretch=True, y=0, pad=3, markup=None, float_=False, pens="<pen lineWidth=\"0.5\"/>", text_adjust=None,
         print_when=None):
    attrs = [f'x="{x}" y="{y}" width="{w}" height="{height}"', f'fontSize="{size}"', f'hTextAlign="{align}"',
             f'vTextAlign="{valign}"']
    if stretch:
        attrs.append('textAdjust="StretchHeight" stretchType="ContainerHeight"')
    elif text_adjust:
        attrs.append(f'textAdjust="{text_adjust}"')
    if opaque:
        attrs.append(f'mode="Opaque" backcolor="{opaque}"')
    if bold:
        attrs.append('bold="true"')
    if markup:
        attrs.append(f'markup="{markup}"')
    if float_:
        attrs.append('positionType="Float"')
    pw = f"<printWhenExpression><![CDATA[{print_when}]]></printWhenExpression>" if print_when else ""
    return (f'<element kind="textField" blankWhenNull="true" {" ".join(attrs)}>{pw}'
            f'<box topPadding="2" bottomPadding="2" leftPadding="{pad}" rightPadding="{pad}">{pens}</box>'
            f'<expression><![CDATA[{expr}]]></expression></element>')


def static(x, w, text, *, height=26, size=FONT_TABLE, opaque="#EFEFEF", bold=True, y=0, align="Center"):
    return (f'<element kind="staticText" x="{x}" y="{y}" width="{w}" height="{height}" fontSize="{size}" '
            f'hTextAlign="{align}" vTextAlign="Middle" mode="Opaque" backcolor="{opaque}"' + (' bold="true"' if bold else '')
            + f'><box leftPadding="2" rightPadding="2"><pen lineWidth="0.5"/></box><text><![CDATA[{text}]]></text></element>')


def when(layout):
    return f'<printWhenExpression><![CDATA["{layout}".equals($F{{layout}})]]></printWhenExpression>'


def f(n):
    return f"$F{{c{n}}}"


def group_header_bands():
    bands = ['<band height="22" splitType="Prevent">'
             + cell(0, WIDTH, "$F{sectionTitle}", bold=True, size="10.5", opaque="#DCDCDC", stretch=False, height=22,
                    pad=6)
             + '</band>']
    for name, columns in TABLES.items():
        x = 0
        elements = []
        for heading, w in columns:
            elements.append(static(x, w, heading))
            x += w
        bands.append(f'<band height="26" splitType="Prevent">{when(name)}{"".join(elements)}</band>')
    return bands


def detail_bands():
    bands = []
    for name, columns in TABLES.items():
        x = 0
        elements = []
        for i, (_, w) in enumerate(columns, start=1):
            centred = w <= 50 or name == "PUBLICITY"
            elements.append(cell(x, w, f(i), align="Center" if centred else "Left"))
            x += w
        bands.append(f'<band height="18" splitType="Prevent">{when(name)}{"".join(elements)}</band>')
    value_w = (WIDTH - 2 * LABEL_W) // 2
    facts = [cell(0, LABEL_W, f(1), align="Center", opaque="#F6F6F6"),
             cell(LABEL_W, value_w, f(2)),
             cell(LABEL_W + value_w, LABEL_W, f(3), align="Center", opaque="#F6F6F6"),
             cell(2 * LABEL_W + value_w, WIDTH - 2 * LABEL_W - value_w, f(4))]
    bands.append(f'<band height="20" splitType="Prevent">{when("FACTS")}{"".join(facts)}</band>')
    fact = [cell(0, LABEL_W, f(1), align="Center", opaque="#F6F6F6"), cell(LABEL_W, WIDTH - LABEL_W, f(2))]
    bands.append(f'<band height="20" splitType="Prevent">{when("FACT")}{"".join(fact)}</band>')
    text = [cell(0, LABEL_W, f(1), align="Center", opaque="#F6F6F6", height=40),
            cell(LABEL_W, WIDTH - LABEL_W, f(2), valign="Top", height=40, pad=5)]
    bands.append(f'<band height="40" splitType="Stretch">{when("TEXT")}{"".join(text)}</band>')
    bands.append(f'<band height="20" splitType="Prevent">{when("EMPTY")}'
                 + cell(0, WIDTH, f'$F{{c1}} == null ? "无" : $F{{c1}}', align="Center") + '</band>')
    # a box to sign in: the statement above, the signature line at its bottom right
    sign = [cell(0, WIDTH, f(1), valign="Top", height=40, pad=6, stretch=False, text_adjust="StretchHeight",
                 pens='<topPen lineWidth="0.5"/><leftPen lineWidth="0.5"/><rightPen lineWidth="0.5"/>'),
            cell(0, WIDTH, f(2), align="Right", height=30, y=40, pad=24, stretch=False, float_=True,
                 text_adjust="StretchHeight",
                 pens='<leftPen lineWidth="0.5"/><rightPen lineWidth="0.5"/><bottomPen lineWidth="0.5"/>')]
    bands.append(f'<band height="70" splitType="Prevent">{when("SIGN")}{"".join(sign)}</band>')
    return bands


HEAD_ROW = 24
HEAD_COLS = [0, 68, 198, 266, 413, 523]  # label, value, label, value, photo


def head_cell(col_from, col_to, row, expr, label=False):
    x = HEAD_COLS[col_from]
    w = HEAD_COLS[col_to] - x
    y = 62 + row * HEAD_ROW
    if label:
        return (f'<element kind="staticText" x="{x}" y="{y}" width="{w}" height="{HEAD_ROW}" fontSize="9.0" '
                f'hTextAlign="Center" vTextAlign="Middle" mode="Opaque" backcolor="#F6F6F6">'
                f'<box><pen lineWidth="0.5"/></box><text><![CDATA[{expr}]]></text></element>')
    return (f'<element kind="textField" blankWhenNull="true" x="{x}" y="{y}" width="{w}" height="{HEAD_ROW}" fontSize="9.0" '
            f'vTextAlign="Middle" textAdjust="ScaleFont"><box leftPadding="4" rightPadding="2"><pen lineWidth="0.5"/>'
            f'</box><expression><![CDATA[$P{{HEAD}}.{expr}]]></expression></element>')


def registration_head():
    rows = [
        ("姓名", "getName()", "性别", "getGender()"),
        ("证件类型", "getIdType()", "证件号码", "getIdNumber()"),
        ("出生日期", "getBirthDate()", "国籍", "getNationality()"),
        ("民族", "getEthnicity()", "政治面貌", "getPoliticalStatus()"),
        ("户籍", "getHouseholdRegistration()", "参加工作时间", "getWorkStartDate()"),
    ]
    elements = [cell(0, WIDTH, '"基本信息"', bold=True, size="10.5", opaque="#DCDCDC", stretch=False, height=22, y=40,
                     pad=6)]
    for r, (l1, v1, l2, v2) in enumerate(rows):
        elements += [head_cell(0, 1, r, l1, True), head_cell(1, 2, r, v1), head_cell(2, 3, r, l2, True),
                     head_cell(3, 4, r, v2)]
    elements += [head_cell(0, 1, 5, "联系电话", True), head_cell(1, 2, 5, "getPhone()"),
                 head_cell(2, 3, 5, "电子邮箱", True), head_cell(3, 5, 5, "getEmail()"),
                 head_cell(0, 1, 6, "现工作单位", True), head_cell(1, 5, 6, "getWorkUnit()"),
                 head_cell(0, 1, 7, "现参保单位", True), head_cell(1, 2, 7, "getInsuredUnitName()"),
                 head_cell(2, 3, 7, "组织机构码", True), head_cell(3, 5, 7, "getInsuredUnitOrgCode()")]
    px, py, pw, ph = HEAD_COLS[4], 62, HEAD_COLS[5] - HEAD_COLS[4], 5 * HEAD_ROW
    # the photo, or a framed blank box to paste one in
    elements.append(f'<element kind="image" x="{px}" y="{py}" width="{pw}" height="{ph}" scaleImage="RetainShape" '
                    f'hImageAlign="Center" vImageAlign="Middle" onErrorType="Blank">'
                    f'<printWhenExpression><![CDATA[$P{{PHOTO}} != null]]></printWhenExpression>'
                    f'<box topPadding="3" bottomPadding="3" leftPadding="3" rightPadding="3"><pen lineWidth="0.5"/></box>'
                    f'<expression><![CDATA[$P{{PHOTO}}]]></expression></element>')
    elements.append(f'<element kind="staticText" x="{px}" y="{py}" width="{pw}" height="{ph}" fontSize="10.5" '
                    f'hTextAlign="Center" vTextAlign="Middle" forecolor="#777777">'
                    f'<printWhenExpression><![CDATA[$P{{PHOTO}} == null]]></printWhenExpression>'
                    f'<box><pen lineWidth="0.5"/></box><text><![CDATA[照片]]></text></element>')
    return 62 + 8 * HEAD_ROW + 8, "".join(elements)


def template(name, title_band):
    out = [f'''<?xml version="1.0" encoding="UTF-8"?>
<!-- GENERATED by src/build/ruled-forms.py: change the script, not this file.
     An official form as ruled tables: each row of the data is one table row of its section (field `section`),
     printed by the detail band of its `layout`; a section's title bar and column headings repeat on every page. -->
<jasperReport name="{name}" language="java" pageWidth="595" pageHeight="842" columnWidth="{WIDTH}"
              leftMargin="36" rightMargin="36" topMargin="30" bottomMargin="30">
    <property name="net.sf.jasperreports.export.pdf.display.metadata.title" value="true"/>
    <style name="Body" default="true" fontName="Noto Sans SC" fontSize="10.0"/>
    <parameter name="TITLE" class="java.lang.String"/>
    <parameter name="SUBTITLE" class="java.lang.String"/>
    <parameter name="META" class="java.lang.String"/>
    <parameter name="RUNNING_HEAD" class="java.lang.String"/>
    <parameter name="INTRO" class="java.lang.String"/>
    <parameter name="INTRO_SIGN" class="java.lang.String"/>
    <parameter name="HEAD" class="cn.zhicheng.reports.data.RegistrationHead"/>
    <parameter name="PHOTO" class="java.io.InputStream"/>
    <field name="section" class="java.lang.String"/>
    <field name="sectionTitle" class="java.lang.String"/>
    <field name="layout" class="java.lang.String"/>''']
    for i in range(1, 12):
        out.append(f'    <field name="c{i}" class="java.lang.String"/>')
    out.append('    <group name="section" reprintHeaderOnEachPage="true" minHeightToStartNewPage="70">')
    out.append('        <expression><![CDATA[$F{section}]]></expression>')
    out.append('        <groupHeader>')
    for band in group_header_bands():
        out.append('            ' + band)
    out.append('        </groupHeader>')
    out.append('        <groupFooter><band height="8"/></groupFooter>')
    out.append('    </group>')
    out.append('    <title' + title_band.strip()[len('<band'):-len('</band>')].rstrip() + '\n    </title>')
    out.append('''    <pageHeader height="20">
            <element kind="textField" x="0" y="0" width="523" height="14" fontSize="8.0" forecolor="#555555"
                     hTextAlign="Right" textAdjust="ScaleFont">
                <printWhenExpression><![CDATA[$V{PAGE_NUMBER} > 1]]></printWhenExpression>
                <expression><![CDATA[$P{RUNNING_HEAD}]]></expression>
            </element>
    </pageHeader>''')
    out.append('    <detail>')
    for band in detail_bands():
        out.append('        ' + band)
    out.append('    </detail>')
    out.append('''    <pageFooter height="20">
            <element kind="textField" x="0" y="6" width="261" height="14" fontSize="9.0" hTextAlign="Right">
                <expression><![CDATA["第 " + $V{PAGE_NUMBER} + " 页，"]]></expression>
            </element>
            <element kind="textField" x="261" y="6" width="262" height="14" fontSize="9.0" hTextAlign="Left"
                     evaluationTime="Report">
                <expression><![CDATA["共 " + $V{PAGE_NUMBER} + " 页"]]></expression>
            </element>
    </pageFooter>
</jasperReport>
''')
    return "\n".join(out)


TITLE = '''<element kind="textField" x="0" y="0" width="523" height="12" fontSize="8.0" forecolor="#555555"
                     hTextAlign="Right" blankWhenNull="true"><expression><![CDATA[$P{META}]]></expression></element>
            <element kind="textField" x="0" y="8" width="523" height="30" fontSize="19.0" bold="true" hTextAlign="Center"
                     vTextAlign="Middle" textAdjust="StretchHeight"><expression><![CDATA[$P{TITLE}]]></expression></element>'''

GENERIC_TITLE = f'''
        <band height="96" splitType="Stretch">
            {TITLE}
            <element kind="textField" x="0" y="38" width="523" height="20" fontSize="12.0" hTextAlign="Center"
                     vTextAlign="Middle" removeLineWhenBlank="true" positionType="Float">
                <printWhenExpression><![CDATA[$P{{SUBTITLE}} != null]]></printWhenExpression>
                <expression><![CDATA[$P{{SUBTITLE}}]]></expression>
            </element>
            <element kind="textField" x="0" y="60" width="523" height="18" fontSize="11.0" hTextAlign="Justified"
                     textAdjust="StretchHeight" positionType="Float" removeLineWhenBlank="true">
                <printWhenExpression><![CDATA[$P{{INTRO}} != null]]></printWhenExpression>
                <paragraph lineSpacing="Proportional" lineSpacingSize="1.5"/>
                <expression><![CDATA[$P{{INTRO}}]]></expression>
            </element>
            <element kind="textField" x="223" y="78" width="300" height="18" fontSize="11.0" hTextAlign="Right"
                     textAdjust="StretchHeight" positionType="Float" removeLineWhenBlank="true">
                <printWhenExpression><![CDATA[$P{{INTRO_SIGN}} != null]]></printWhenExpression>
                <paragraph lineSpacing="Proportional" lineSpacingSize="1.5" spacingBefore="8"/>
                <expression><![CDATA[$P{{INTRO_SIGN}}]]></expression>
            </element>
        </band>
    '''


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    target = os.path.join(here, "..", "main", "resources", "reports")
    head_h, head = registration_head()
    registration_title = f'''
        <band height="{head_h}" splitType="Prevent">
            {TITLE}
            {head}
        </band>
    '''
    for name, band in (("ruled-form", GENERIC_TITLE), ("registration-form", registration_title)):
        with open(os.path.join(target, name + ".jrxml"), "w", encoding="utf-8") as out:
            out.write(template(name, band))


if __name__ == "__main__":
    main()
