#include "cli/demo/bidang_filler.hpp"

#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

#include <cstdlib>

#include "cli/engine_client.hpp"
#include "core/form.hpp"
#include "office/file_url.hpp"
#include "unobase/document.hpp"
#include "unobase/grid_io.hpp"

namespace kinerja::cli {

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY_THROW;

namespace {

std::string text_of(const Any& value) {
  rtl::OUString text;
  double number = 0;
  if (value >>= text) return to_utf8(text);
  if (value >>= number) return std::to_string(static_cast<long long>(number));
  return {};
}

}  // namespace

std::vector<SampleActual> read_sample_actuals(const Reference<css::uno::XComponentContext>& context,
                                              const std::filesystem::path& csv) {
  const unobase::OwnedDocument document(unobase::import_csv(context, to_ou(office::file_url(csv))));
  Reference<css::sheet::XSpreadsheetDocument> spreadsheet(document.get(), UNO_QUERY_THROW);
  const Reference<css::sheet::XSpreadsheet> sheet(
      Reference<css::container::XIndexAccess>(spreadsheet->getSheets(), UNO_QUERY_THROW)->getByIndex(0), UNO_QUERY_THROW);
  Reference<css::sheet::XCellRangeData> data(sheet->getCellRangeByName("A2:I1000"), UNO_QUERY_THROW);
  std::vector<SampleActual> actuals;
  for (const Sequence<Any>& row : data->getDataArray()) {
    if (text_of(row[3]).empty()) continue;
    actuals.push_back({text_of(row[0]), std::atoi(text_of(row[2]).c_str()), text_of(row[3]), text_of(row[4]),
                       text_of(row[5]), text_of(row[6]), text_of(row[7]), text_of(row[8])});
  }
  return actuals;
}

void fill_in_office(const Reference<css::uno::XComponentContext>& context, const std::filesystem::path& form,
                    const std::filesystem::path& out, const std::vector<SampleActual>& entries) {
  // The bidang's own copy of the form, opened as they would (no macros, no link updates).
  const unobase::OwnedDocument document(
      unobase::load_document(context, to_ou(office::file_url(form)), unobase::LoadMode::editable));
  const auto sheet = unobase::sheet_named(Reference<css::sheet::XSpreadsheetDocument>(document.get(), UNO_QUERY_THROW),
                                          core::form_layout::form_sheet);
  namespace layout = core::form_layout;
  const int first = layout::first_data_row;
  Reference<css::sheet::XCellRangeData> codes(sheet->getCellRangeByPosition(0, first, 0, first + 199), UNO_QUERY_THROW);
  const Sequence<Sequence<Any>> code_column = codes->getDataArray();
  for (sal_Int32 r = 0; r < code_column.getLength(); ++r) {
    const std::string code = text_of(code_column[r][0]);
    if (code.empty()) break;
    for (const SampleActual& entry : entries) {
      if (entry.code != code) continue;
      // What a person types: the number, the budget spent when there is one, and the texts.
      sheet->getCellByPosition(layout::realisasi_column, first + r)->setValue(std::strtod(entry.value.c_str(), nullptr));
      if (!entry.spent.empty()) {
        sheet->getCellByPosition(layout::budget_column, first + r)->setValue(std::strtod(entry.spent.c_str(), nullptr));
      }
      Sequence<Any> texts(3);
      texts.getArray()[0] <<= to_ou(entry.obstacle);
      texts.getArray()[1] <<= to_ou(entry.follow_up);
      texts.getArray()[2] <<= to_ou(entry.evidence);
      Reference<css::sheet::XCellRangeData>(
          sheet->getCellRangeByPosition(layout::obstacle_column, first + r, layout::obstacle_column + 2, first + r),
          UNO_QUERY_THROW)
          ->setDataArray(Sequence<Sequence<Any>>(&texts, 1));
    }
  }
  unobase::store_document(document.get(), to_ou(office::file_url(out)), core::FileFormat::ods);
}

bool fill_in_excel_style(const std::filesystem::path& filler, const std::filesystem::path& form,
                         const std::filesystem::path& out, const std::vector<SampleActual>& entries) {
  if (std::system("/usr/bin/python3 -c 'import openpyxl' >/dev/null 2>&1") != 0) return false;
  const auto quoted = [](const std::string& text) {
    std::string quoted_text = "'";
    for (char c : text) quoted_text += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return quoted_text + "'";
  };
  std::string command = "/usr/bin/python3 " + quoted(filler.string()) + " " + quoted(form.string()) + " " + quoted(out.string());
  for (const SampleActual& entry : entries) {
    command += " " + quoted(entry.code + "=" + entry.value + "|" + entry.obstacle + "|" + entry.spent);
  }
  return std::system(command.c_str()) == 0;
}

}  // namespace kinerja::cli
