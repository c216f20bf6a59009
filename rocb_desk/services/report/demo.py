"""The demo office's own words for its report 2020/2021: the foreword, the executive
summary and the introduction, as the source report has them."""

from __future__ import annotations

import json

from ...domain.fiscal import FinancialYear
from ...paths import resource_path
from ..office import Office
from .texts import save_report_texts


def load_demo_report(office: Office) -> None:
    with resource_path("demo", "report_2020_2021.json").open(encoding="utf-8") as handle:
        data = json.load(handle)
    texts = {
        (part, lang): text
        for part, languages in data["texts"].items()
        for lang, text in languages.items()
    }
    save_report_texts(office, FinancialYear.parse(data["year"]), texts)
