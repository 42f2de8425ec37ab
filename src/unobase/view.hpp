// What a document's window shows: the sheet in view. Nothing happens on a document without a
// controller. (A hidden document's file does not keep its view: see stored_view_file.hpp.)
#pragma once

#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/sheet/XSpreadsheetView.hpp>

namespace kinerja::unobase {

// The document's spreadsheet view; empty when it has none.
css::uno::Reference<css::sheet::XSpreadsheetView> view_of(
    const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document);

// Brings a sheet into view.
void show_sheet(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                const css::uno::Reference<css::sheet::XSpreadsheet>& sheet);

}  // namespace kinerja::unobase
