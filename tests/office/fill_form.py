#!/usr/bin/python3
"""Fills a Kinerja .xlsx form the way Excel would save it (openpyxl, not LibreOffice).

Usage: fill_form.py FORM.xlsx OUT.xlsx
Realisasi (G10..): 95, 0.66 formatted as percent, the text "4,8", then nothing; Kendala for
the first row; the file is saved under another name, as a bidang would rename it.
"""
import sys

import openpyxl

form, out = sys.argv[1], sys.argv[2]
book = openpyxl.load_workbook(form)
sheet = book["Formulir"]
sheet["G10"] = 95
sheet["G11"] = 0.66
sheet["G11"].number_format = "0%"
sheet["G12"] = "4,8"
sheet["H10"] = "Peserta pelatihan berhalangan"
sheet["I10"] = "Pelatihan susulan"
sheet["J10"] = "Daftar peserta"
book.save(out)
