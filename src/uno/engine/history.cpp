#include "uno/engine/history.hpp"

#include <com/sun/star/frame/XModel.hpp>

#include <set>

#include "core/office_words.hpp"
#include "core/actuals.hpp"
#include "core/history.hpp"
#include "core/master_layout.hpp"
#include "core/outcome_messages.hpp"
#include "uno/engine/master_builder.hpp"
#include "uno/engine/operation_result.hpp"
#include "uno/sheets/bulk_edit.hpp"
#include "uno/sheets/sheet_layout.hpp"
#include "uno/sheets/styles.hpp"
#include "unobase/document.hpp"
#include "unobase/grid_io.hpp"
#include "unobase/strings.hpp"

namespace kinerja::uno {

using namespace unobase;

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace {

core::Grid sheet_grid(const Reference<css::sheet::XSpreadsheetDocument>& document, std::string_view name) {
  return read_sheet(sheet_named(document, name), std::string(name));
}

// An earlier master, loaded read-only and closed again; nullopt (with an error) when the file
// is no Kinerja master.
std::optional<core::PastMaster> read_past_master(const Reference<css::uno::XComponentContext>& context,
                                                 const OUString& url, std::vector<core::Problem>& problems) {
  core::PastMaster past;
  past.file = file_name_of(url);
  OwnedDocument document(load_document(context, url, LoadMode::master_readonly));
  Reference<css::sheet::XSpreadsheetDocument> spreadsheet(document.get(), css::uno::UNO_QUERY);
  if (!spreadsheet.is() || !core::master_layout::is_master(sheet_names(spreadsheet))) {
    problems.push_back({core::Severity::error, "Bukan buku induk Kinerja: riwayat diambil dari buku induk tahun lalu.",
                        {}, past.file});
    return std::nullopt;
  }
  MasterData data = read_master_data(spreadsheet, past.file);
  past.settings.settings = std::move(data.master.settings);
  past.settings.agency_cell = std::move(data.master.agency_cell);
  past.settings.year_cell = std::move(data.master.year_cell);
  past.agreement = std::move(data.master.agreement);
  past.actuals = std::move(data.actuals);
  std::vector<core::Problem> own = std::move(data.master.problems);
  own.insert(own.end(), data.problems.begin(), data.problems.end());
  for (core::Problem& p : own) {
    if (p.severity == core::Severity::error) p.severity = core::Severity::warning;  // its own rows left out
  }
  problems.insert(problems.end(), own.begin(), own.end());
  return past;
}

}  // namespace

org::kinerja::OperationResult take_history(const Reference<css::uno::XComponentContext>& context,
                                           const Reference<css::sheet::XSpreadsheetDocument>& master,
                                           const std::string& master_name, const OUString& master_url,
                                           const std::vector<OUString>& inputs) {
  ResultBuilder result;
  const MasterReading reading = read_master(master, master_name);
  result.add(reading.problems);
  if (result.has_errors()) return result.finish(false, core::outcome::history_not_taken(master_name));

  std::vector<core::HistoryRecord> incoming;
  std::vector<core::Problem> problems;
  std::set<int> years;
  int files_taken = 0;
  for (const OUString& url : inputs) {
    const std::string name = file_name_of(url);
    if (!master_url.isEmpty() && url == master_url) {
      problems.push_back({core::Severity::error, "Ini buku induk tahun ini sendiri, bukan tahun lalu.", {}, name});
      continue;
    }
    std::vector<core::Problem> own;
    try {
      const std::optional<core::PastMaster> past = read_past_master(context, url, own);
      if (past) {
        core::HistoryReading history = core::history_from(*past, reading.settings.info, reading.agreement);
        own.insert(own.end(), history.problems.begin(), history.problems.end());
        if (!core::has_errors(history.problems)) {
          incoming.insert(incoming.end(), history.records.begin(), history.records.end());
          years.insert(past->settings.settings.info.year);
          ++files_taken;
        }
      }
    } catch (const css::uno::Exception& e) {
      // The load's refusals are sentences of ours ("Berkas ..."); anything else is LibreOffice's words.
      const std::string why = to_utf8(e.Message);
      own.push_back({core::Severity::error,
                     why.rfind("Berkas ", 0) == 0 ? why : core::with_office_words("Berkas tidak dapat dibaca.", why), {}, name});
    } catch (const std::exception& e) {  // this file fails, the others go on
      own.push_back({core::Severity::error, std::string("Berkas tidak dapat dibaca: ") + e.what(), {}, name});
    }
    problems.insert(problems.end(), own.begin(), own.end());
  }

  // The sheet as it is (typed rows included), then this reading's years over it.
  const bool had_sheet = master->getSheets()->hasByName(to_ou(core::master_layout::history));
  std::vector<core::HistoryRecord> table;
  int previous_rows = 0;
  if (had_sheet) {
    const core::Grid previous = sheet_grid(master, core::master_layout::history);
    previous_rows = previous.row_count();
    std::vector<core::Problem> sheet_problems;
    table = core::read_history(previous, reading.settings.info.year, sheet_problems);
    for (core::Problem& p : sheet_problems) p.file = master_name;
    problems.insert(problems.end(), sheet_problems.begin(), sheet_problems.end());
  }
  result.add(problems);
  if (incoming.empty()) return result.finish(false, core::outcome::history_none(inputs.size()));

  core::merge_history(table, incoming);
  const core::Grid grid = core::history_grid(table);
  {
    BulkEdit edit(Reference<css::frame::XModel>(master, UNO_QUERY_THROW), "Ambil Riwayat");
    const auto sheet = sheet_or_new(master, core::master_layout::history);
    edit.write(sheet, grid, 0, 0, previous_rows);
    edit.commit();
  }
  const auto sheet = sheet_named(master, core::master_layout::history);
  namespace column = core::master_layout::history_column;
  range_properties(sheet, 0, 0, column::count - 1, 0)->setPropertyValue("CellStyle", Any(OUString::createFromAscii(style_header)));
  range_properties(sheet, column::target, 1, column::achievement, std::max(1, grid.row_count() - 1))
      ->setPropertyValue("NumberFormat", Any(number_format(master, OUString::createFromAscii(figures_format))));
  fit_columns(sheet, 0, {column::code, column::year, column::target, column::actual, column::achievement, column::source});
  return result.finish(true, core::outcome::history_taken(incoming.size(), std::vector<int>(years.begin(), years.end()),
                                                          files_taken, problems.size()));
}

}  // namespace kinerja::uno
