"""Reads shortlists.xlsx back for WorkbookTests and prints what it holds as JSON on stdout.

Run with the openpyxl venv Tests/run.sh prepares (.build/test-python). For every sheet: its name, frozen pane,
autofilter range, column outline levels, and every non-empty cell as [row, column, value, data_type, number_format,
hyperlink target or location]. From the zip itself: the chart parts and the sheets they draw from, and whether any
worksheet holds a formula (<f> element).
"""
import json
import re
import sys
import zipfile

import openpyxl

path = sys.argv[1]
book = openpyxl.load_workbook(path)
sheets = []
for ws in book.worksheets:
    cells = []
    for row in ws.iter_rows():
        for cell in row:
            if cell.value is None:
                continue
            link = None
            if cell.hyperlink is not None:
                link = cell.hyperlink.target or ("#" + (cell.hyperlink.location or ""))
            cells.append([cell.row, cell.column, cell.value, cell.data_type, cell.number_format, link])
    levels = {key: dim.outline_level for key, dim in ws.column_dimensions.items() if dim.outline_level}
    sheets.append({
        "name": ws.title,
        "freeze": ws.freeze_panes,
        "autofilter": ws.auto_filter.ref,
        "landscape": ws.page_setup.orientation == "landscape",
        "fit_to_page": bool(ws.sheet_properties.pageSetUpPr and ws.sheet_properties.pageSetUpPr.fitToPage),
        "fit_width": ws.page_setup.fitToWidth if ws.page_setup.fitToWidth is not None else 1,
        "fit_height": ws.page_setup.fitToHeight,
        "print_area": ws.print_area,
        "print_title_rows": ws.print_title_rows,
        "conditional": [str(rng.sqref) for rng in ws.conditional_formatting],
        "outline": levels,
        "cells": cells,
    })
with zipfile.ZipFile(path) as archive:
    names = archive.namelist()
    charts = sorted(n for n in names if re.fullmatch(r"xl/charts/chart\d+\.xml", n))
    chart_refs = {n: sorted(set(re.findall(r"<c:f>([^<]*)</c:f>", archive.read(n).decode()))) for n in charts}
    formulas = [n for n in names if n.startswith("xl/worksheets/sheet") and b"<f>" in archive.read(n)]
json.dump({"sheets": sheets, "charts": chart_refs, "formula_sheets": formulas}, sys.stdout, ensure_ascii=False, default=str)
