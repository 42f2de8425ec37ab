#!/usr/bin/python3
"""Fills a Kinerja .xlsx form the way Excel would save it (openpyxl, not LibreOffice).

Usage:
  fill_form_xlsx.py FORM.xlsx OUT.xlsx                                  a fixed filling (see below)
  fill_form_xlsx.py FORM.xlsx OUT.xlsx CODE=VALUE[|KENDALA[|ANGGARAN[|FISIK]]]...  the given values

The columns are found by their titles in the form's header row (row 9), as a person finds
them. Fixed filling: Realisasi 95, 0.66 formatted as percent, the text "4,8"; Realisasi
Anggaran, Kendala, Tindak Lanjut and Bukti Dukung for the first row. With CODE=VALUE pairs,
each value goes to the row of its code; in a percent indicator (Satuan "%") it is typed as
Excel users do, as a percent-formatted fraction; ANGGARAN (rupiah) goes to Realisasi
Anggaran (Rp), FISIK (percent) to Progres Fisik (%) of a monthly progress form, whose
Realisasi Bulan Ini and Permasalahan take VALUE and KENDALA. The output has another name, as a
bidang would rename the file.
"""
import sys

import openpyxl

HEADER_ROW = 9
FIRST_ROW = 10

form, out, pairs = sys.argv[1], sys.argv[2], sys.argv[3:]
book = openpyxl.load_workbook(form)
sheet = book["Formulir"]
column = {sheet.cell(row=HEADER_ROW, column=c).value: c for c in range(1, sheet.max_column + 1)}
REALISASI = column.get("Realisasi") or column["Realisasi Bulan Ini"]
KENDALA = column.get("Kendala") or column["Permasalahan"]
SATUAN = column["Satuan"]
ANGGARAN = column.get("Realisasi Anggaran (Rp)")
FISIK = column.get("Progres Fisik (%)")
if not pairs:
    sheet.cell(row=FIRST_ROW, column=REALISASI).value = 95
    sheet.cell(row=FIRST_ROW + 1, column=REALISASI).value = 0.66
    sheet.cell(row=FIRST_ROW + 1, column=REALISASI).number_format = "0%"
    sheet.cell(row=FIRST_ROW + 2, column=REALISASI).value = "4,8"
    if ANGGARAN:
        sheet.cell(row=FIRST_ROW, column=ANGGARAN).value = 12500000
    sheet.cell(row=FIRST_ROW, column=KENDALA).value = "Peserta pelatihan berhalangan"
    sheet.cell(row=FIRST_ROW, column=column["Tindak Lanjut"]).value = "Pelatihan susulan"
    sheet.cell(row=FIRST_ROW, column=column["Bukti Dukung"]).value = "Daftar peserta"
else:
    rows = {sheet.cell(row=r, column=1).value: r for r in range(FIRST_ROW, sheet.max_row + 1)}
    for pair in pairs:
        code, rest = pair.split("=", 1)
        value, _, rest = rest.partition("|")
        obstacle, _, rest = rest.partition("|")
        spent, _, physical = rest.partition("|")
        row = rows[code]
        number = float(value)
        if sheet.cell(row=row, column=SATUAN).value == "%":
            sheet.cell(row=row, column=REALISASI).value = number / 100
            sheet.cell(row=row, column=REALISASI).number_format = "0.00%"
        else:
            sheet.cell(row=row, column=REALISASI).value = number
        if obstacle:
            sheet.cell(row=row, column=KENDALA).value = obstacle
        if spent and ANGGARAN:
            sheet.cell(row=row, column=ANGGARAN).value = float(spent)
            sheet.cell(row=row, column=ANGGARAN).number_format = "#,##0"
        if physical and FISIK:
            sheet.cell(row=row, column=FISIK).value = float(physical)
book.save(out)
