// The bidang forms: one workbook per bidang for a quarter, made from the form template,
// that any spreadsheet program can fill (no add-in formula, no macro).
#pragma once

#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

#include "core/form.hpp"

namespace kinerja::uno {

// Fills a document made from templates/formulir-bidang: header block, indicator rows,
// identity block; the input columns unlocked with validation on Realisasi; both sheets
// protected without a password (against accidents, not a security measure).
void fill_form(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document, const core::Form& form);

}  // namespace kinerja::uno
