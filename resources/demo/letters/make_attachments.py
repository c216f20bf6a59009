"""Make the PDF attachments of the demo letters (resources/demo/letters_2020_2021.json).

    .venv/bin/python resources/demo/letters/make_attachments.py

Writes, next to this script:
- role-of-contact-points.pdf     (attachment of letter 2020/3, English)
- role-of-contact-points-ru.pdf  (attachment of letter 2020/3, Russian)
- centre-of-excellence-form.pdf  (attachment of letter 2020/5, bilingual form)

The texts are our own wording for the demo (see resources/demo/README.md, "Letters 2020/2021").
Output is deterministic (invariant=1: fixed creation date and document ID), so running the
script again gives byte-identical files.
"""

from __future__ import annotations

from pathlib import Path

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import ListFlowable, ListItem, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

rl_config.invariant = 1

HERE = Path(__file__).resolve().parent
FONTS = HERE.parents[1] / "fonts"

pdfmetrics.registerFont(TTFont("DejaVuSans", str(FONTS / "DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", str(FONTS / "DejaVuSans-Bold.ttf")))
pdfmetrics.registerFontFamily(
    "DejaVuSans", normal="DejaVuSans", bold="DejaVuSans-Bold", italic="DejaVuSans", boldItalic="DejaVuSans-Bold"
)

BLUE = colors.HexColor("#1F3A68")

HEADER = ParagraphStyle("header", fontName="DejaVuSans", fontSize=8, leading=10, textColor=BLUE, alignment=TA_CENTER)
TITLE = ParagraphStyle("title", fontName="DejaVuSans-Bold", fontSize=13, leading=16, alignment=TA_CENTER, spaceAfter=4)
SUBTITLE = ParagraphStyle("subtitle", fontName="DejaVuSans", fontSize=8.5, leading=11, alignment=TA_CENTER,
                          textColor=colors.HexColor("#555555"), spaceAfter=8)
HEADING = ParagraphStyle("heading", fontName="DejaVuSans-Bold", fontSize=10, leading=13, textColor=BLUE,
                         spaceBefore=7, spaceAfter=3)
BODY = ParagraphStyle("body", fontName="DejaVuSans", fontSize=9.5, leading=12.5, spaceAfter=4)
ITEM = ParagraphStyle("item", parent=BODY, spaceAfter=2)
CELL = ParagraphStyle("cell", fontName="DejaVuSans", fontSize=8.5, leading=10.5)
CELL_BOLD = ParagraphStyle("cellbold", parent=CELL, fontName="DejaVuSans-Bold")


def _bullets(items: list[str]) -> ListFlowable:
    return ListFlowable(
        [ListItem(Paragraph(text, ITEM), leftIndent=12) for text in items],
        bulletType="bullet", start="–", leftIndent=12, bulletFontName="DejaVuSans", bulletFontSize=9,
    )


def _build(path: Path, title: str, author: str, subject: str, story: list) -> None:
    doc = SimpleDocTemplate(
        str(path), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=16 * mm, bottomMargin=16 * mm,
        title=title, author=author, subject=subject, creator="ROCB Desk demo data", invariant=1,
    )
    doc.build(story)


# --- Role of the National Contact Points for Capacity Building ---------------------------------

ROLE_EN = {
    "header": "Regional Office for Capacity Building for the World Customs Organization Europe Region (ROCB Europe) · Baku",
    "title": "Role of the National Contact Points for Capacity Building<br/>in the WCO Europe Region",
    "subtitle": "Revised text, July 2020 · circulated to the Member Administrations with letter No. 2020/3",
    "intro": [
        "Every Member Administration of the WCO Europe Region designates a National Contact Point for Capacity "
        "Building (NCP). The NCP is the official, or the unit, through which the administration, the Regional "
        "Office for Capacity Building (ROCB Europe) and the Capacity Building Directorate of the WCO Secretariat "
        "keep in touch on all questions of capacity building and customs modernization in the region.",
        "The tasks below apply to every Member Administration, whether it mainly receives support, mainly "
        "provides it, or does both. Each administration decides how to organize the function internally; what "
        "matters is that the NCP has the mandate, the time and the access to decision-makers that the tasks require.",
    ],
    "sections": [
        ("1. Liaison with the ROCB Europe and the WCO Secretariat", [
            "Be the first addressee of correspondence on capacity building from the ROCB Europe and from the "
            "Regional Development Manager of the WCO Secretariat, and pass it on without delay to the services "
            "concerned.",
            "Keep both informed of the reform and modernization priorities of the administration, of its strategic "
            "plans and development programmes, and of the progress made in carrying them out.",
            "Share good practices and case studies that can be published on the ROCB Europe web site or brought "
            "to the attention of the WCO Capacity Building Committee.",
            "Take part, or arrange for representation, in the meetings of National Contact Points convened by the "
            "ROCB Europe.",
        ]),
        ("2. Collecting capacity building needs", [
            "Act as the needs assessment liaison of the administration in the annual WCO cycle: circulate the "
            "WCO request internally, gather and consolidate the needs of the services concerned, check their "
            "relevance and order of priority, and return the completed forms to the WCO Secretariat, with a copy "
            "to the ROCB Europe, within the deadline.",
            "Inform the ROCB Europe of needs that arise outside the annual cycle, so that support can be "
            "considered from regional resources.",
            "Coordinate the internal arrangements when a support mission or a national workshop is delivered "
            "(participants, programme, logistics, interpretation) and send feedback once it is over.",
        ]),
        ("3. Keeping data up to date", [
            "Notify the ROCB Europe promptly of any change of the NCP or of the contact details, and name a "
            "deputy who acts during absences.",
            "Check at least once a year the entries concerning the administration in the List of Contact Points "
            "kept in the Members' Section of the ROCB Europe web site.",
            "Send the names, titles and contact details of the officials to be registered as users of the "
            "e-Training section of the ROCB Europe web site.",
        ]),
        ("4. Nominating experts", [
            "Identify officers with the potential to become WCO accredited experts and propose them for "
            "accreditation workshops and related events.",
            "Nominate experienced officers, accredited or not, for the Regional Experts Database, after obtaining "
            "the consent of the administration and of the officers to share their data with the ROCB Europe.",
            "Help to obtain the release of nominated experts for regional and sub-regional activities.",
        ]),
        ("5. Promotion and information sharing", [
            "Make WCO tools, instruments and training materials, including those available in Russian, known "
            "within the administration, and encourage their use.",
            "Report the capacity building projects carried out with donors and partners, so that activities in "
            "the region are coordinated and duplication is avoided.",
        ]),
    ],
    "closing": "The ROCB Europe keeps this document under review in consultation with the Member Administrations "
               "and the WCO Secretariat.",
}

ROLE_RU = {
    "header": "Региональное бюро по наращиванию потенциала ВТамО для Европейского региона (РБНП Европа) · Баку",
    "title": "Роль национальных контактных лиц по наращиванию потенциала<br/>в Европейском регионе ВТамО",
    "subtitle": "Пересмотренный текст, июль 2020 г. · разослан администрациям-членам письмом № 2020/3",
    "intro": [
        "Каждая администрация-член Европейского региона ВТамО назначает национальное контактное лицо по "
        "наращиванию потенциала (НКЛ). НКЛ — это должностное лицо или подразделение, через которое "
        "администрация, Региональное бюро по наращиванию потенциала (РБНП Европа) и Директорат по наращиванию "
        "потенциала Секретариата ВТамО поддерживают связь по всем вопросам наращивания потенциала и "
        "модернизации таможенных служб региона.",
        "Перечисленные ниже задачи относятся ко всем администрациям-членам — как получающим помощь, так и "
        "оказывающим её. Каждая администрация сама определяет, как организовать эту функцию; важно, чтобы НКЛ "
        "располагало полномочиями, временем и доступом к руководству, необходимыми для выполнения задач.",
    ],
    "sections": [
        ("1. Взаимодействие с РБНП Европа и Секретариатом ВТамО", [
            "Быть первым адресатом корреспонденции по вопросам наращивания потенциала, поступающей от РБНП "
            "Европа и от регионального менеджера по развитию Секретариата ВТамО, и без промедления доводить её "
            "до соответствующих подразделений.",
            "Информировать их о приоритетах реформы и модернизации администрации, о её стратегических планах и "
            "программах развития, а также о ходе их выполнения.",
            "Делиться передовым опытом и практическими примерами, которые могут быть опубликованы на веб-сайте "
            "РБНП Европа или представлены Комитету ВТамО по наращиванию потенциала.",
            "Участвовать в совещаниях национальных контактных лиц, созываемых РБНП Европа, или обеспечивать "
            "представительство на них.",
        ]),
        ("2. Сбор потребностей в наращивании потенциала", [
            "Выступать связующим звеном по оценке потребностей администрации в ежегодном цикле ВТамО: доводить "
            "запрос ВТамО до подразделений, собирать и обобщать их потребности, проверять их обоснованность и "
            "очерёдность и в установленный срок направлять заполненные формы в Секретариат ВТамО с копией в "
            "РБНП Европа.",
            "Сообщать РБНП Европа о потребностях, возникающих вне ежегодного цикла, чтобы можно было "
            "рассмотреть возможность помощи за счёт региональных ресурсов.",
            "Координировать внутреннюю подготовку при проведении миссии поддержки или национального семинара "
            "(участники, программа, логистика, устный перевод) и по его завершении направлять отзыв.",
        ]),
        ("3. Актуализация данных", [
            "Незамедлительно сообщать РБНП Европа о смене НКЛ или изменении контактных данных и назначать "
            "заместителя на период отсутствия.",
            "Не реже одного раза в год проверять сведения об администрации в Списке контактных лиц, размещённом "
            "в разделе для членов на веб-сайте РБНП Европа.",
            "Направлять фамилии, должности и контактные данные должностных лиц, подлежащих регистрации в разделе "
            "электронного обучения (e-Training) веб-сайта РБНП Европа.",
        ]),
        ("4. Выдвижение экспертов", [
            "Выявлять сотрудников, способных стать аккредитованными экспертами ВТамО, и предлагать их кандидатуры "
            "для участия в семинарах по аккредитации и связанных с ними мероприятиях.",
            "Выдвигать опытных сотрудников, аккредитованных или нет, в Региональную базу данных экспертов с "
            "согласия администрации и самих сотрудников на передачу их данных в РБНП Европа.",
            "Содействовать откомандированию выдвинутых экспертов для участия в региональных и субрегиональных "
            "мероприятиях.",
        ]),
        ("5. Продвижение инструментов и обмен информацией", [
            "Распространять в администрации сведения об инструментах, документах и учебных материалах ВТамО, в "
            "том числе доступных на русском языке, и поощрять их использование.",
            "Сообщать о проектах по наращиванию потенциала, осуществляемых с донорами и партнёрами, чтобы "
            "обеспечить координацию деятельности в регионе и избежать дублирования.",
        ]),
    ],
    "closing": "РБНП Европа поддерживает настоящий документ в актуальном состоянии в консультации с "
               "администрациями-членами и Секретариатом ВТамО.",
}


def make_role(path: Path, text: dict, lang: str) -> None:
    story: list = [Paragraph(text["header"], HEADER), Spacer(1, 8), Paragraph(text["title"], TITLE),
                   Paragraph(text["subtitle"], SUBTITLE)]
    story += [Paragraph(p, BODY) for p in text["intro"]]
    for heading, items in text["sections"]:
        story += [Paragraph(heading, HEADING), _bullets(items)]
    story += [Spacer(1, 6), Paragraph(text["closing"], BODY)]
    title = text["title"].replace("<br/>", " ")
    author = "ROCB Europe" if lang == "en" else "РБНП Европа"
    _build(path, title, author, title, story)


# --- Form for becoming a centre of excellence (bilingual) ---------------------------------------

FORM_ROWS = [
    ("1. Name of the Regional Training Centre", "Наименование регионального учебного центра"),
    ("2. Customs field(s) proposed for specialization", "Таможенная(ые) область(и), предлагаемая(ые) для специализации"),
    ("3. Existing expertise and training delivered in this field (last three years)",
     "Имеющийся опыт и проведённое обучение в данной области (за последние три года)"),
    ("4. Experts available: name, position, field, WCO accreditation (yes/no), working languages",
     "Имеющиеся эксперты: ФИО, должность, область, аккредитация ВТамО (да/нет), рабочие языки"),
    ("5. Training rooms, equipment and online platforms available",
     "Учебные помещения, оборудование и онлайн-платформы"),
    ("6. Additional equipment or support needed, if any", "Необходимое дополнительное оборудование или поддержка (при наличии)"),
    ("7. Languages in which training can be offered", "Языки, на которых может проводиться обучение"),
    ("8. Contact person (name, position, e-mail, telephone)", "Контактное лицо (ФИО, должность, эл. почта, телефон)"),
]


def make_form(path: Path) -> None:
    story: list = [
        Paragraph(ROLE_EN["header"], HEADER),
        Paragraph(ROLE_RU["header"], HEADER),
        Spacer(1, 8),
        Paragraph("Form for becoming a Centre of Excellence", TITLE),
        Paragraph("Форма для получения статуса центра передового опыта", TITLE),
        Paragraph("Annex to ROCB Europe letter No. 2020/5 · Приложение к письму РБНП Европа № 2020/5", SUBTITLE),
        Paragraph("Please complete in English or Russian and return to the ROCB Europe by 12 February 2021. "
                  "Пожалуйста, заполните на английском или русском языке и направьте в РБНП Европа до "
                  "12 февраля 2021 г.", BODY),
        Spacer(1, 4),
    ]
    data = [[Paragraph(f"<b>{en}</b><br/>{ru}", CELL), ""] for en, ru in FORM_ROWS]
    table = Table(data, colWidths=[70 * mm, 96 * mm], rowHeights=[None] * len(data))
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#7F8FA9")),
        ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#EEF2F8")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 18),
    ]))
    story += [table, Spacer(1, 14),
              Paragraph("Date / Дата: ____________________ &nbsp;&nbsp;&nbsp; Signature / Подпись: "
                        "____________________", BODY)]
    _build(path, "Form for becoming a Centre of Excellence", "ROCB Europe",
           "Regional Training Centres of the WCO Europe Region", story)


def main() -> None:
    make_role(HERE / "role-of-contact-points.pdf", ROLE_EN, "en")
    make_role(HERE / "role-of-contact-points-ru.pdf", ROLE_RU, "ru")
    make_form(HERE / "centre-of-excellence-form.pdf")


if __name__ == "__main__":
    main()
