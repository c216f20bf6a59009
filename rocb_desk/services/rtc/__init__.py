"""The Regional Training Centres' annual reports: kept per RTC and year, the blank
template sent to the RTCs, the import of a filled one, the aggregate, and section F of
the annual progress report.

    reports      save_report, load_report, delete_report, reports_of_year, aggregate
    template     blank_template (a neutral Document; write it with rocb_desk.exports.write)
    importing    preview_report, import_report (XLSX)
    section_f    section_f(office, year, lang) -> list[Block]
    labels       aggregate_sentences and the words of the template
    demo         load_demo_rtc_reports (Annex V of the 2020/2021 report)
"""
