#include "uno/engine/pull.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <osl/file.hxx>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>

#include "core/outcome_messages.hpp"
#include "core/actuals.hpp"
#include "core/master_layout.hpp"
#include "core/period.hpp"
#include "core/deliveries.hpp"
#include "core/pull_log.hpp"
#include "core/sha256.hpp"
#include "core/submission.hpp"
#include "uno/clock.hpp"
#include "unobase/document.hpp"
#include "uno/engine/master_builder.hpp"
#include "uno/engine/operation_result.hpp"
#include "uno/engine/operations.hpp"
#include "uno/engine/sop_trail.hpp"
#include "uno/sheets/bulk_edit.hpp"
#include "uno/sheets/sheet_layout.hpp"
#include "uno/sheets/styles.hpp"
#include "unobase/grid_io.hpp"
#include "unobase/strings.hpp"

namespace kinerja::uno {

using namespace unobase;

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace {

namespace fs = std::filesystem;

bool readable_extension(const fs::path& path) {
  std::string extension = path.extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(), [](unsigned char c) { return std::tolower(c); });
  return extension == ".ods" || extension == ".xlsx" || extension == ".xls" || extension == ".fods" ||
         extension == ".csv";
}

fs::path path_of(const OUString& url) { return fs::path(system_path(url)); }

OUString url_of(const fs::path& path) {
  OUString url;
  osl::FileBase::getFileURLFromSystemPath(to_ou(path.string()), url);
  return url;
}

// The SHA-256 of the file's bytes; empty when it cannot be read.
std::string file_sha256(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return {};
  core::Sha256 hash;
  char buffer[1 << 16];
  while (in.read(buffer, sizeof buffer) || in.gcount() > 0) hash.update(buffer, static_cast<std::size_t>(in.gcount()));
  return hash.hex();
}

// The sheets of one submission, read within core's bounds and closed again. CSV goes
// through the CSV import.
std::vector<core::SubmittedSheet> read_file(const Reference<css::uno::XComponentContext>& context, const OUString& url) {
  std::string extension = path_of(url).extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(), [](unsigned char c) { return std::tolower(c); });
  OwnedDocument document(extension == ".csv" ? import_csv(context, url)
                                             : load_document(context, url, LoadMode::untrusted));
  Reference<css::sheet::XSpreadsheetDocument> spreadsheet(document.get(), css::uno::UNO_QUERY);
  if (!spreadsheet.is()) throw css::uno::RuntimeException("bukan lembar kerja");
  return read_submitted_sheets(spreadsheet, core::submission_max_rows, core::submission_max_columns);
}

}  // namespace

std::vector<OUString> expand_inputs(const std::vector<OUString>& inputs, std::vector<std::string>& missing,
                                    std::vector<std::string>& skipped) {
  std::vector<OUString> files;
  for (const OUString& input : inputs) {
    const fs::path path = path_of(input);
    std::error_code error;
    if (fs::is_directory(path, error)) {
      std::vector<fs::path> found;
      for (const auto& entry : fs::directory_iterator(path, error)) {
        const std::string name = entry.path().filename().string();
        if (!entry.is_regular_file() || name.starts_with(".~lock") || name.starts_with("~$")) continue;
        if (readable_extension(entry.path())) {
          found.push_back(entry.path());
        } else {
          skipped.push_back(name);
        }
      }
      std::sort(found.begin(), found.end());
      for (const fs::path& file : found) files.push_back(url_of(file));
    } else if (fs::is_regular_file(path, error)) {
      files.push_back(input);
    } else {
      missing.push_back(path.string());
    }
  }
  return files;
}

org::kinerja::OperationResult pull_submissions(const Reference<css::uno::XComponentContext>& context,
                                               const Reference<css::sheet::XSpreadsheetDocument>& master,
                                               const std::string& master_name, const PullRequest& request,
                                               const Reference<css::task::XStatusIndicator>& progress) {
  const auto started = std::chrono::steady_clock::now();
  ResultBuilder result;
  const MasterReading reading = read_master(master, master_name);
  result.add(reading.problems);
  if (result.has_errors()) {
    return result.finish(false, core::outcome::pull_not_done(result.error_count(), master_name));
  }
  std::vector<std::string> missing, skipped;
  const std::vector<OUString> files = expand_inputs(request.inputs, missing, skipped);
  std::sort(skipped.begin(), skipped.end());
  const std::string pulled_at = now_text();
  std::vector<core::Problem> problems;
  for (const std::string& path : missing) {
    problems.push_back({core::Severity::error, "Berkas atau folder tidak ditemukan.", {}, path});
  }
  for (const std::string& name : skipped) problems.push_back(core::skipped_file_problem(name));

  // Read every submission first: nothing in the master changes until all are read.
  const core::AgreementIndex index(reading.agreement);
  const core::SubmissionContext submission_context{index, reading.settings.info.year, request.quarter};
  std::vector<core::ActualRecord> incoming;
  std::vector<std::vector<core::Cell>> log_rows;
  core::PullTally tally;
  int rejected_rows = 0;
  if (progress.is()) progress->start("Kinerja: menarik kiriman bidang", static_cast<sal_Int32>(files.size()));
  for (std::size_t i = 0; i < files.size(); ++i) {
    const std::string name = file_name_of(files[i]);
    if (progress.is()) {
      progress->setText(to_ou("Kinerja: berkas " + std::to_string(i + 1) + " dari " + std::to_string(files.size()) +
                              ": " + name));
      progress->setValue(static_cast<sal_Int32>(i));
    }
    const core::SubmissionSource source{name, file_sha256(path_of(files[i])), pulled_at};
    core::SubmissionReading submission;
    try {
      submission = core::read_submission(read_file(context, files[i]), submission_context, source);
    } catch (const css::uno::Exception& e) {
      std::string why = to_utf8(e.Message);
      if (why.find("tidak dapat dibuka") == std::string::npos) why = "Berkas tidak dapat dibaca: " + why;
      submission = core::unreadable_submission(name, why);
    } catch (const std::exception& e) {  // bad_alloc and the like: this file fails, the others go on
      submission = core::unreadable_submission(name, std::string("Berkas tidak dapat dibaca: ") + e.what());
    }
    const core::Verdict verdict = core::submission_verdict(submission);
    tally.count(verdict);
    problems.insert(problems.end(), submission.problems.begin(), submission.problems.end());
    if (verdict != core::Verdict::rejected) incoming.insert(incoming.end(), submission.records.begin(), submission.records.end());
    rejected_rows += submission.rejected_rows;
    log_rows.push_back(core::submission_log_row(submission, source));
  }
  if (progress.is()) progress->end();

  // Merge and write: one undo step; the master as it was if anything fails.
  const Reference<css::sheet::XSpreadsheet> actuals_sheet = sheet_named(master, core::master_layout::actuals);
  std::vector<core::Problem> table_problems;
  const core::Grid previous = read_sheet(actuals_sheet, std::string(core::master_layout::actuals));
  const std::size_t previous_rows = static_cast<std::size_t>(previous.row_count());
  std::vector<core::ActualRecord> table = core::read_actuals(previous, table_problems);
  for (core::Problem& p : table_problems) p.file = master_name;
  problems.insert(problems.end(), table_problems.begin(), table_problems.end());
  const core::MergeOutcome merged = core::merge_actuals(table, incoming);
  problems.insert(problems.end(), merged.problems.begin(), merged.problems.end());
  if (!log_rows.empty()) {
    // The changes of a pull: old -> new, logged with the files of this pull.
    log_rows.back()[core::master_layout::submission_column::note] = core::replaced_note(merged);
  }
  result.add(problems);
  result.add_rejected(rejected_rows + tally.rejected + static_cast<int>(missing.size()));

  // Who has sent which quarter, on time or not: kept up to date by every pull.
  const core::Grid deliveries =
      core::delivery_grid(core::delivery_statuses(reading.agreement, table, reading.settings.info, today()),
                          reading.settings.info);
  const Reference<css::sheet::XSpreadsheet> deliveries_sheet = sheet_or_new(master, core::master_layout::deliveries);
  {
    BulkEdit edit(Reference<css::frame::XModel>(master, UNO_QUERY_THROW), "Tarik Kiriman Bidang");
    const core::Grid actuals = core::actuals_grid(table);
    edit.write(actuals_sheet, actuals, 0, 0, static_cast<int>(previous_rows));
    edit.write(deliveries_sheet, deliveries, 0, 0, std::max(used_row_count(deliveries_sheet), deliveries.row_count()));
    if (!log_rows.empty()) edit.append(sheet_named(master, core::master_layout::submissions), core::Grid("", log_rows));
    std::vector<std::vector<core::Cell>> problem_rows;
    for (const core::Problem& p : problems) problem_rows.push_back(core::problem_log_row(p, pulled_at));
    if (!problem_rows.empty()) {
      edit.append(sheet_named(master, core::master_layout::problems), core::Grid("", std::move(problem_rows)));
    }
    record_sop_step(edit, master, 2, request.command,
                    std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count());
    edit.commit();
  }

  range_properties(deliveries_sheet, 0, 0, deliveries.column_count() - 1, 0)
      ->setPropertyValue("CellStyle", Any(OUString::createFromAscii(style_header)));
  fit_columns(deliveries_sheet, 0, {0, 1, 2, 3, 4});
  return result.finish(true, core::outcome::pull_done(tally, merged, problems.size(), skipped));
}

}  // namespace kinerja::uno
