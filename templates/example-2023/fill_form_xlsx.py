#!/usr/bin/python3
"""Fills a Kinerja .xlsx form the way Excel would save it (openpyxl, not LibreOffice).

Usage:
  fill_form_xlsx.py FORM.xlsx OUT.xlsx                      a fixed filling (see below)
  fill_form_xlsx.py FORM.xlsx OUT.xlsx CODE=VALUE[|KENDALA]...  the given values

Fixed filling: Realisasi (G10..) 95, 0.66 formatted as percent, the text "4,8"; Kendala,
Tindak Lanjut and Bukti Dukung for the first row. With CODE=VALUE pairs, each value goes to
the row of its code; in a percent indicator (Satuan "%") it is typed as Excel users do, as a
percent-formatted fraction. The output has another name, as a bidang would rename the file.
"""
import sys

import openpyxl

form, out, pairs = sys.argv[1], sys.argv[2], sys.argv[3:]
book = openpyxl.load_workbook(form)
sheet = book["Formulir"]
if not pairs:
    sheet["G10"] = 95
    sheet["G11"] = 0.66
    sheet["G11"].number_format = "0%"
    sheet["G12"] = "4,8"
    sheet["H10"] = "Peserta pelatihan berhalangan"
    sheet["I10"] = "Pelatihan susulan"
    sheet["J10"] = "Daftar peserta"
else:
    rows = {sheet.cell(row=r, column=1).value: r for r in range(10, sheet.max_row + 1)}
    for pair in pairs:
        code, rest = pair.split("=", 1)
        value, _, obstacle = rest.partition("|")
        row = rows[code]
        number = float(value)
        if sheet.cell(row=row, column=4).value == "%":
            sheet.cell(row=row, column=7).value = number / 100
            sheet.cell(row=row, column=7).number_format = "0.00%"
        else:
            sheet.cell(row=row, column=7).value = number
        if obstacle:
            sheet.cell(row=row, column=8).value = obstacle
book.save(out)
