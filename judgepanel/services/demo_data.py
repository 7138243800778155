"""The demo competition: the 2002-03 Outstanding Customer Service Award.

Department names are the real Hong Kong government departments of the time, in English and
Traditional Chinese. Judges' names are fictional; their constituencies follow the LegCo papers of
2001 and 2003 (Legislative Council, private sector, professional bodies, staff sides, district
councils). Votes, preliminary scores and the schedule are made up but plausible: a telephone poll
of 4,500 households, as in 2002-03.
"""

from __future__ import annotations

from decimal import Decimal

DEMO_COMPETITION_UID = "demo0000000000000000000002002003"
#: Documented in the README: the demo's panel authority and every demo judge's credential.
DEMO_PANEL_PASSPHRASE = "panel-demo-2003"
DEMO_JUDGE_PASSPHRASE = "judge-demo-2003"

COMPETITION = {
    "uid": DEMO_COMPETITION_UID,
    "name_en": "Civil Service Customer Service Award Scheme 2002-03",
    "name_zh": "2002-03年度公務員顧客服務獎勵計劃",
    "year_label": "2002-03",
    "award_name_en": "Outstanding Customer Service Award",
    "award_name_zh": "傑出顧客服務獎",
    "award_count": 3,
    "finalist_count": 8,
    "public_award_name_en": "Best Public Image Award",
    "public_award_name_zh": "最佳公眾形象獎",
    "public_award_count": 3,
    "venue_en": "Civil Service Bureau, Central Government Offices, Conference Room 1",
    "venue_zh": "政府總部公務員事務局第一會議室",
}

_BANDS = [
    (Decimal("0"), Decimal("2")),
    (Decimal("2.5"), Decimal("4.5")),
    (Decimal("5"), Decimal("6.5")),
    (Decimal("7"), Decimal("8.5")),
    (Decimal("9"), Decimal("10")),
]

CRITERIA = [
    {
        "code": "service_quality",
        "name_en": "Service quality",
        "name_zh": "服務質素",
        "weight": Decimal("40"),
        "description_en": (
            "How well the department knows its customers and meets their needs: courtesy, "
            "accessibility, clarity of information, handling of complaints, and the team spirit "
            "and leadership behind its customer service culture."
        ),
        "description_zh": (
            "部門對顧客的認識及滿足顧客需要的程度：禮貌、便捷、資訊清晰、投訴處理，"
            "以及推動顧客服務文化的團隊精神和領導才能。"
        ),
        "bands": [
            ("Service falls short of basic standards; complaints are common.",
             "服務未達基本水平，投訴頻繁。"),
            ("Meets basic standards inconsistently; little customer feedback used.",
             "大致達到基本水平但不穩定，甚少運用顧客意見。"),
            ("Consistently meets published pledges; feedback is collected and acted on.",
             "一貫達到服務承諾，有收集並跟進顧客意見。"),
            ("Often exceeds pledges; customers are consulted and services redesigned around them.",
             "經常超越服務承諾，諮詢顧客並以顧客為本改善服務。"),
            ("Exemplary, customer-centred culture led from the top; a model for other departments.",
             "由管理層帶領、以顧客為本的卓越文化，可供其他部門借鏡。"),
        ],
    },
    {
        "code": "efficiency",
        "name_en": "Efficiency",
        "name_zh": "工作效率",
        "weight": Decimal("30"),
        "description_en": (
            "Speed and reliability of service delivery: waiting and processing times against "
            "pledges, streamlined procedures, use of technology, and measured improvement."
        ),
        "description_zh": (
            "提供服務的速度和可靠程度：輪候及處理時間與服務承諾的比較、程序精簡、"
            "善用科技，以及可量度的改進。"
        ),
        "bands": [
            ("Long delays; pledges routinely missed.", "延誤嚴重，經常未能履行服務承諾。"),
            ("Pledges met only some of the time; processes largely manual.",
             "間中達到服務承諾，程序大多倚賴人手。"),
            ("Pledges met; some procedures streamlined.", "達到服務承諾，部分程序已精簡。"),
            ("Performance well ahead of pledges; technology used to cut waiting.",
             "表現遠勝服務承諾，善用科技縮短輪候時間。"),
            ("Outstanding, sustained gains in speed and reliability, measured and published.",
             "在速度及可靠程度上有卓越而持續的進步，並有量度及公布。"),
        ],
    },
    {
        "code": "cost_effectiveness",
        "name_en": "Cost-effectiveness",
        "name_zh": "成本效益",
        "weight": Decimal("30"),
        "description_en": (
            "Value for public money: improvements achieved within resources, productivity gains, "
            "partnership with other bodies, and savings passed on to the public."
        ),
        "description_zh": (
            "善用公帑：在現有資源內達致的改善、生產力的提升、與其他機構的協作，"
            "以及惠及市民的節省。"
        ),
        "bands": [
            ("No attention to cost; resources poorly used.", "忽視成本，資源運用欠佳。"),
            ("Some awareness of cost, few measurable savings.",
             "略有成本意識，但可量度的節省不多。"),
            ("Improvements delivered within existing resources.", "在現有資源內達致改善。"),
            ("Clear productivity gains and savings, some passed on to the public.",
             "生產力及節省明顯，部分惠及市民。"),
            ("Exceptional value for money, sustained and well evidenced.",
             "物有所值且表現卓越，成效持久並有充分證明。"),
        ],
    },
]

# (code, English, Chinese, submission score /100, site-visit score /100, telephone-poll votes)
ENTRANTS = [
    ("IMMD", "Immigration Department", "入境事務處", "86", "88", 611),
    ("HKPF", "Hong Kong Police Force", "香港警務處", "78", "80", 402),
    ("FSD", "Fire Services Department", "消防處", "84", "85", 538),
    ("C&ED", "Customs and Excise Department", "香港海關", "74", "73", 114),
    ("IRD", "Inland Revenue Department", "稅務局", "82", "81", 176),
    ("TD", "Transport Department", "運輸署", "72", "70", 99),
    ("LCSD", "Leisure and Cultural Services Department", "康樂及文化事務署", "80", "83", 312),
    ("FEHD", "Food and Environmental Hygiene Department", "食物環境衞生署", "70", "71", 91),
    ("SWD", "Social Welfare Department", "社會福利署", "73", "75", 107),
    ("LD", "Labour Department", "勞工處", "71", "72", 88),
    ("HKPO", "Hongkong Post", "香港郵政", "85", "84", 402),
    ("WSD", "Water Supplies Department", "水務署", "79", "79", 128),
    ("LANDSD", "Lands Department", "地政總署", "68", "69", 54),
    ("RVD", "Rating and Valuation Department", "差餉物業估價署", "76", "74", 61),
    ("HD", "Housing Department", "房屋署", "75", "76", 137),
    ("HAD", "Home Affairs Department", "民政事務總署", "77", "77", 112),
    ("CSD", "Correctional Services Department", "懲教署", "83", "82", 96),
    ("LR", "Land Registry", "土地註冊處", "81", "80", 57),
    ("CR", "Companies Registry", "公司註冊處", "79", "81", 49),
    ("HKO", "Hong Kong Observatory", "香港天文台", "80", "79", 348),
    ("EMSD", "Electrical and Mechanical Services Department", "機電工程署", "78", "78", 66),
    ("DH", "Department of Health", "衞生署", "74", "76", 155),
    ("BD", "Buildings Department", "屋宇署", "69", "68", 43),
]

POLL = {
    "description": "Telephone poll of households, 2002",
    "sample_size": 4500,
    "conducted_by": "Independent polling firm (demo)",
}

# Composite for the shortlist, fixed in advance: 40% submission + 40% site visit
# + 20% public-vote share relative to the highest share.
SHORTLIST_FORMULA = {
    "submission_weight": "40",
    "site_visit_weight": "40",
    "public_vote_weight": "20",
    "public_vote_basis": "relative_to_top",
}

# (English name, Chinese name, title, affiliation, organisation)
JUDGES = [
    ("Hon. Margaret Leung Wai-ling", "梁慧玲議員", "Member", "legislative_council",
     "Legislative Council"),
    ("Mr. Raymond Cheung Kin-wah", "張健華先生", "Managing Director", "private_sector",
     "Harbour Retail Group (demo)"),
    ("Ms. Vivian Ho Mei-kuen", "何美娟女士", "Vice-President", "professional_body",
     "Hong Kong Institute of Human Resource Management"),
    ("Dr. Kenneth Lau Chi-keung", "劉志強博士", "Council Member", "professional_body",
     "Hong Kong Management Association"),
    ("Ms. Grace Wong Suk-yee", "黃淑儀女士", "Chairperson", "professional_body",
     "Hong Kong Association for Customer Service Excellence"),
    ("Mr. Ho Kwok-wing", "何國榮先生", "Staff Side Representative", "staff_side",
     "Model Scale 1 Staff Consultative Council"),
    ("Mr. Tsang Yiu-fai", "曾耀輝先生", "District Councillor", "district_council",
     "Sha Tin District Council"),
]

# (judge index, entrant code, reason)
CONFLICTS = [
    (5, "CSD", "Served in the Correctional Services Department until 2001; a close relative "
     "works in its customer service unit."),
]

SCHEDULE_DAY = "2003-01-18"
SCHEDULE_START = "09:30"
PRESENTATION_MINUTES = 15
QA_MINUTES = 10
CHANGEOVER_MINUTES = 5
HONG_KONG_UTC_OFFSET_HOURS = 8


def band_ranges() -> list[tuple[Decimal, Decimal]]:
    return list(_BANDS)
