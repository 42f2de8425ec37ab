#include "uno/engine/form_builder.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/sheet/ConditionOperator.hpp>
#include <com/sun/star/sheet/ValidationAlertStyle.hpp>
#include <com/sun/star/sheet/ValidationType.hpp>
#include <com/sun/star/sheet/XSheetCondition.hpp>
#include <com/sun/star/table/CellAddress.hpp>
#include <com/sun/star/util/CellProtection.hpp>
#include <com/sun/star/util/XProtectable.hpp>

#include <cctype>

#include "core/dates.hpp"
#include "core/grid.hpp"
#include "core/period.hpp"
#include "unobase/grid_io.hpp"
#include "unobase/strings.hpp"

namespace kinerja::uno {

using namespace unobase;

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;
namespace layout = core::form_layout;

namespace {

void unlock_inputs(const Reference<css::beans::XPropertySet>& inputs) {
  inputs->setPropertyValue("CellStyle", Any(rtl::OUString("Isian")));
  css::util::CellProtection unlocked;
  unlocked.IsLocked = false;
  inputs->setPropertyValue("CellProtection", Any(unlocked));
}

// What a number column's validation says: its input help and its refusal.
struct NumberHelp {
  std::string title;
  std::string input;
  std::string error_title;
  std::string error;
};

// A number column takes a number, or a text that is a number the Indonesian way ("43,5",
// "1.234,5") or the office's own ("43.5", "85%"), whatever the locale of the PC that fills
// the form: a decimal comma on an English-locale PC is a text, and the pull reads it (core's
// numbers). Calc and Excel both evaluate the formula.
void validate_numbers(const Reference<css::beans::XPropertySet>& cells, const css::table::CellAddress& first,
                      const NumberHelp& help) {
  Reference<css::beans::XPropertySet> validation(cells->getPropertyValue("Validation"), UNO_QUERY_THROW);
  validation->setPropertyValue("Type", Any(css::sheet::ValidationType_CUSTOM));
  validation->setPropertyValue("IgnoreBlankCells", Any(true));
  validation->setPropertyValue("ShowInputMessage", Any(true));
  validation->setPropertyValue("InputTitle", Any(to_ou(help.title)));
  validation->setPropertyValue("InputMessage", Any(to_ou(help.input)));
  validation->setPropertyValue("ShowErrorMessage", Any(true));
  validation->setPropertyValue("ErrorAlertStyle", Any(css::sheet::ValidationAlertStyle_STOP));
  validation->setPropertyValue("ErrorTitle", Any(to_ou(help.error_title)));
  validation->setPropertyValue("ErrorMessage", Any(to_ou(help.error)));
  Reference<css::sheet::XSheetCondition> condition(validation, UNO_QUERY_THROW);
  condition->setSourcePosition(first);
  condition->setOperator(css::sheet::ConditionOperator_FORMULA);
  const std::string cell = core::a1_address("", first.Row, first.Column);
  condition->setFormula1(to_ou("OR(ISNUMBER(" + cell + ");ISNUMBER(VALUE(" + cell + "));ISNUMBER(VALUE(SUBSTITUTE(SUBSTITUTE(" +
                               cell + ";\".\";\"\");\",\";\".\"))))"));
  cells->setPropertyValue("Validation", Any(validation));
}

void validate_column(const Reference<css::sheet::XSpreadsheet>& sheet, int column, sal_Int32 last_row,
                     const NumberHelp& help) {
  validate_numbers(Reference<css::beans::XPropertySet>(
                       sheet->getCellRangeByPosition(column, layout::first_data_row, column, last_row), UNO_QUERY_THROW),
                   css::table::CellAddress(0, column, layout::first_data_row), help);
}

}  // namespace

void fill_form(const Reference<css::sheet::XSpreadsheetDocument>& document, const core::Form& form) {
  const Reference<css::sheet::XSpreadsheet> sheet = sheet_named(document, layout::form_sheet);
  const Reference<css::sheet::XSpreadsheet> identity_sheet = sheet_named(document, layout::identity_sheet);
  Reference<css::util::XProtectable>(sheet, UNO_QUERY_THROW)->unprotect("");
  Reference<css::util::XProtectable>(identity_sheet, UNO_QUERY_THROW)->unprotect("");

  // A monthly form is the quarter's form with the month's words: its title, the Bulan row of
  // the header block and the table's titles (Progres Fisik where Tindak Lanjut was).
  const bool monthly = form.identity.month > 0;
  const std::string quarter = "TW " + std::string(core::roman(form.identity.quarter));
  const std::string period = core::period_text(form.identity);
  std::string month_upper(monthly ? core::month_name(form.identity.month) : "");
  for (char& c : month_upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  write_grid(sheet, core::Grid("", {{monthly ? "LAPORAN PROGRES BULANAN " + month_upper + " TAHUN " + std::to_string(form.identity.year)
                                             : "FORMULIR REALISASI KINERJA " + quarter + " TAHUN " +
                                                   std::to_string(form.identity.year)}}));
  write_grid(sheet,
             core::Grid("", {{form.agency},
                             {form.identity.division},
                             {core::Number{static_cast<double>(form.identity.year)}},
                             {monthly ? period : quarter},
                             {core::indonesian_date(form.due)}}),
             layout::agency_row, layout::value_column);
  if (monthly) {
    write_grid(sheet, core::Grid("", {{std::string("Bulan")}}), layout::quarter_row, 0);
    write_grid(sheet,
               core::Grid("", {{"Petunjuk: isi kolom berwarna kuning (Realisasi Bulan Ini, Realisasi Anggaran, "
                                "Permasalahan, Progres Fisik, Bukti Dukung) untuk setiap indikator. Realisasi Bulan Ini "
                                "berupa angka capaian bulan ini saja dalam satuan indikator; kosongkan bila belum ada data "
                                "(kosong bukan nol). Realisasi Anggaran: rupiah yang dibelanjakan bulan ini untuk "
                                "indikator itu (DPA), bila ada. Progres Fisik: persen kemajuan fisik sampai akhir bulan, 0 "
                                "sampai 100. Jangan mengubah kode, urutan kolom, maupun lembar Identitas. Simpan, lalu "
                                "kirim kembali berkas ini lewat surel."}}),
               layout::instructions_row, 0);
    std::vector<core::Cell> titles;
    for (std::string_view title : core::monthly_form_table_titles()) titles.emplace_back(std::string(title));
    write_grid(sheet, core::Grid("", {std::move(titles)}), layout::table_header_row, 0);
  }

  std::vector<std::vector<core::Cell>> rows;
  for (const core::FormRow& row : form.rows) {
    rows.push_back({row.code, row.goal, row.name, row.unit, core::number_or_empty(row.target_quarter),
                    core::number_or_empty(row.target_to_date), core::Empty{}, core::Empty{}, core::Empty{},
                    core::Empty{}, core::Empty{}});
  }
  if (!rows.empty()) {
    write_grid(sheet, core::Grid("", std::move(rows)), layout::first_data_row, 0);
    const auto last_row = static_cast<sal_Int32>(layout::first_data_row + form.rows.size() - 1);
    Reference<css::beans::XPropertySet>(
        sheet->getCellRangeByPosition(0, layout::first_data_row, layout::realisasi_column - 1, last_row),
        UNO_QUERY_THROW)
        ->setPropertyValue("CellStyle", Any(rtl::OUString("Data")));
    unlock_inputs(Reference<css::beans::XPropertySet>(
        sheet->getCellRangeByPosition(layout::realisasi_column, layout::first_data_row,
                                      layout::column_count - 1, last_row),
        UNO_QUERY_THROW));
    validate_column(sheet, layout::realisasi_column, last_row,
                    {"Realisasi",
                     "Angka realisasi " + period + (monthly ? " (bulan ini saja)" : "") +
                         " dalam satuan indikator. Kosongkan bila belum ada data (kosong bukan nol).",
                     "Realisasi harus angka", "Isi dengan angka, misalnya 27 atau 92,5. Tulis keterangan di kolom Kendala."});
    validate_column(sheet, layout::budget_column, last_row,
                    {"Realisasi Anggaran (Rp)",
                     "Rupiah yang dibelanjakan pada " + period +
                         " untuk indikator ini (DPA). Kosongkan bila indikator ini tanpa anggaran.",
                     "Realisasi anggaran harus angka", "Isi dengan angka rupiah, misalnya 125000000 atau 125.000.000."});
    if (monthly) {
      validate_column(sheet, layout::physical_column, last_row,
                      {"Progres Fisik (%)", "Persen kemajuan fisik kegiatan sampai akhir " + period + ", 0 sampai 100.",
                       "Progres fisik harus angka", "Isi dengan persen 0 sampai 100, misalnya 45 atau 45,5."});
    }
  }
  write_grid(identity_sheet, core::identity_grid(form.identity));

  Reference<css::util::XProtectable>(sheet, UNO_QUERY_THROW)->protect("");
  Reference<css::util::XProtectable>(identity_sheet, UNO_QUERY_THROW)->protect("");
}

}  // namespace kinerja::uno
