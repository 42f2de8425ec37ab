#include "uno/engine/pull.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/frame/XModel.hpp>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <set>

#include "core/office_words.hpp"
#include "core/outcome_messages.hpp"
#include "core/actuals.hpp"
#include "core/dates.hpp"
#include "core/master_layout.hpp"
#include "core/monthly.hpp"
#include "core/text.hpp"
#include "core/period.hpp"
#include "core/file_format.hpp"
#include "core/file_integrity.hpp"
#include "core/received_email.hpp"
#include "core/received_email_date.hpp"
#include "core/pull_log.hpp"
#include "core/pull_merge.hpp"
#include "core/sha256.hpp"
#include "core/submission.hpp"
#include "uno/clock.hpp"
#include "unobase/document.hpp"
#include "uno/engine/deliveries_sheet.hpp"
#include "uno/engine/email_reader.hpp"
#include "uno/engine/progress_sheet.hpp"
#include "uno/engine/scratch_folder.hpp"
#include "uno/engine/master_builder.hpp"
#include "uno/engine/operation_result.hpp"
#include "uno/engine/operations.hpp"
#include "uno/engine/sop_trail.hpp"
#include "uno/sheets/bulk_edit.hpp"
#include "uno/sheets/sheet_layout.hpp"
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
  const std::string name = path.filename().string();
  return core::is_submission_file_name(name) || core::is_email_file_name(name);
}

fs::path path_of(const OUString& url) { return fs::path(system_path(url)); }

OUString url_of(const fs::path& path) { return file_url_of(path.string()); }

std::string sha256_of(std::string_view bytes) {
  core::Sha256 hash;
  hash.update(bytes);
  return hash.hex();
}

// One spreadsheet to read: a file given or a saved email's attachment, copied into a folder of
// its own in the pull's scratch folder. `failure` set: nothing to read, the file is rejected for
// that reason.
struct PullItem {
  std::string name;  // "Kinerja-2023-TW2-Sekretariat.xlsx", "balasan.eml › Kinerja-....xlsx"
  OUString url;
  std::string sha256;
  std::string sender, sent_at;  // sent_at: the email's Date header as written, judged once the submission is read
  std::string failure;
  // Where it is read: files given first (0), then emails by when they were sent (seconds + 1).
  long long order = 0;
};

std::optional<std::string> bytes_of(const fs::path& file, std::uintmax_t limit) {
  std::error_code error;
  const std::uintmax_t size = fs::file_size(file, error);
  if (error || size > limit) return std::nullopt;
  std::ifstream in(file, std::ios::binary);
  std::string bytes(static_cast<std::size_t>(size), '\0');
  if (!in.read(bytes.data(), static_cast<std::streamsize>(size))) return std::nullopt;
  return bytes;
}

// A spreadsheet to read, from its bytes: hashed, checked whole (core/file_integrity), and stored
// in a folder of its own in the scratch folder, from which the office reads exactly these bytes.
PullItem spreadsheet_item(std::string name, std::string_view file_name, std::string_view bytes, int n,
                          ScratchFolder& scratch, std::string sender = {}, std::string sent_at = {}) {
  PullItem item{std::move(name), {}, sha256_of(bytes), std::move(sender), std::move(sent_at), {}};
  if (const auto damage = core::file_damage(bytes, core::shown_name(file_name))) {
    item.failure = *damage;
    return item;
  }
  try {
    item.url = url_of(scratch.store(core::safe_file_name(file_name, n), bytes));
  } catch (const std::exception&) {
    item.failure = "Berkas tidak dapat disimpan sementara untuk dibaca.";
  }
  return item;
}

// A file given (or found in a folder given) as a PullItem.
PullItem file_item(const fs::path& path, int n, ScratchFolder& scratch) {
  std::string name = core::shown_name(path.filename().string());
  std::error_code error;
  const std::uintmax_t size = fs::file_size(path, error);
  if (!error && size > core::submission_max_bytes) return {std::move(name), {}, {}, {}, {}, core::submission_too_large_error()};
  const std::optional<std::string> bytes = error ? std::nullopt : bytes_of(path, core::submission_max_bytes);
  if (!bytes) return {std::move(name), {}, {}, {}, {}, "Berkas tidak dapat dibaca."};
  return spreadsheet_item(std::move(name), path.filename().string(), *bytes, n, scratch);
}

// The spreadsheets attached to a saved email, each a PullItem with the sender and date; an
// email that cannot be read or carries none is one rejected item, its reason named.
void add_email_items(const fs::path& eml, ScratchFolder& scratch, std::vector<PullItem>& items,
                     std::vector<core::Problem>& problems) {
  const std::string name = core::shown_name(eml.filename().string());
  std::error_code error;
  const std::uintmax_t size = fs::file_size(eml, error);
  core::EmailReading reading;
  if (error) {
    reading.error = "Surel tidak dapat dibaca.";
  } else if (size > core::email_max_bytes) {
    reading.error = core::email_too_large_error();
  } else if (const auto bytes = bytes_of(eml, core::email_max_bytes)) {
    reading = read_saved_email(*bytes);
  } else {
    reading.error = "Surel tidak dapat dibaca.";
  }
  if (!reading.email) {
    items.push_back({name, {}, {}, {}, {}, reading.error});
    return;
  }
  const core::ReceivedEmail& email = *reading.email;
  const std::string sender = core::sender_text(email);
  const std::string others = core::attachment_list(email.other_attachments);
  if (email.spreadsheets.empty()) {
    items.push_back({name, {}, {}, sender, email.date_text,
                     "Surel tanpa lampiran lembar kerja (.ods, .xlsx, .xls, .fods, .csv): tidak ada yang ditarik." +
                         (others.empty() ? std::string() : " Lampirannya: " + others + ".")});
    return;
  }
  if (!others.empty()) {
    problems.push_back({core::Severity::warning, "Lampiran yang bukan lembar kerja tidak dibaca: " + others + ".", {}, name});
  }
  if (email.spreadsheets_left_out > 0) {
    problems.push_back({core::Severity::warning,
                        std::to_string(email.spreadsheets_left_out) + " lampiran lembar kerja lagi tidak dibaca (paling banyak " +
                            std::to_string(core::email_max_spreadsheets) + " per surel).",
                        {}, name});
  }
  int n = 0;
  for (const core::EmailAttachmentFile& attachment : email.spreadsheets) {
    ++n;
    const std::string item_name = name + " › " + core::shown_name(attachment.name);
    if (!attachment.damage.empty()) {  // its encoding is not whole: refused, not read as other bytes
      items.push_back({item_name, {}, {}, sender, email.date_text, attachment.damage});
      continue;
    }
    items.push_back(spreadsheet_item(item_name, attachment.name, attachment.bytes, n, scratch, sender, email.date_text));
  }
}

// The master's Bulanan sheet and its records; made (empty) when this pull brings the first
// months, absent (no sheet) when the master has none and none came.
struct MonthlySheet {
  Reference<css::sheet::XSpreadsheet> sheet;
  std::vector<core::ActualRecord> records;
  int previous_rows = 0;
};

MonthlySheet read_monthly_sheet(const Reference<css::sheet::XSpreadsheetDocument>& master,
                                const std::string& master_name, bool months_came, std::vector<core::Problem>& problems) {
  namespace layout = core::master_layout;
  MonthlySheet months;
  if (!months_came && !master->getSheets()->hasByName(to_ou(layout::monthly))) return months;
  months.sheet = sheet_or_new(master, layout::monthly);
  const core::Grid grid = read_sheet(months.sheet, std::string(layout::monthly));
  months.previous_rows = grid.row_count();
  std::vector<core::Problem> read_problems;
  if (!grid.row_is_empty(0)) months.records = core::read_monthly(grid, read_problems);
  for (core::Problem& p : read_problems) p.file = master_name;
  problems.insert(problems.end(), read_problems.begin(), read_problems.end());
  return months;
}

// The sheets of one submission, read within core's bounds and closed again. CSV goes
// through the CSV import.
std::vector<core::SubmittedSheet> read_file(const Reference<css::uno::XComponentContext>& context, const OUString& url) {
  std::string extension = path_of(url).extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(), [](unsigned char c) { return std::tolower(c); });
  OwnedDocument document(extension == ".csv" ? import_csv(context, url)
                                             : load_document(context, url, LoadMode::untrusted));
  Reference<css::sheet::XSpreadsheetDocument> spreadsheet(document.get(), css::uno::UNO_QUERY);
  if (!spreadsheet.is()) {
    throw css::uno::RuntimeException(to_ou("Berkas " + file_name_of(url) + " bukan lembar kerja: minta bidang mengirim formulirnya."));
  }
  return read_submitted_sheets(spreadsheet, core::submission_max_rows, core::submission_max_columns);
}

}  // namespace

PullInputs expand_inputs(const std::vector<OUString>& inputs) {
  PullInputs found;
  for (const OUString& input : inputs) {
    const fs::path path = path_of(input);
    std::error_code error;
    if (fs::is_directory(path, error)) {
      std::vector<fs::path> files;
      for (const auto& entry : fs::directory_iterator(path, error)) {
        const std::string name = core::shown_name(entry.path().filename().string());
        if (name.starts_with(".~lock") || name.starts_with("~$")) continue;
        std::error_code kind_error;
        if (entry.is_symlink(kind_error)) {  // may point anywhere: never followed out of the folder
          found.links.push_back(name);
        } else if (!entry.is_regular_file(kind_error)) {
          continue;
        } else if (readable_extension(entry.path())) {
          files.push_back(entry.path());
        } else {
          found.skipped.push_back(name);
        }
      }
      std::sort(files.begin(), files.end());
      for (const fs::path& file : files) found.files.push_back(url_of(file));
    } else if (fs::is_regular_file(path, error)) {
      found.files.push_back(input);
    } else {
      found.missing.push_back(core::shown_name(path.string()));
    }
  }
  std::sort(found.skipped.begin(), found.skipped.end());
  std::sort(found.links.begin(), found.links.end());
  return found;
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
  const PullInputs inputs = expand_inputs(request.inputs);
  const std::vector<OUString>& files = inputs.files;
  const std::vector<std::string>& skipped = inputs.skipped;
  const std::string pulled_at = now_text();
  const long long pulled_utc = static_cast<long long>(std::time(nullptr));
  std::vector<core::Problem> problems;
  for (const std::string& path : inputs.missing) {
    problems.push_back({core::Severity::error, "Berkas atau folder tidak ditemukan.", {}, path});
  }
  for (const std::string& name : skipped) problems.push_back(core::skipped_file_problem(name));
  for (const std::string& name : inputs.links) problems.push_back(core::linked_file_problem(name));

  // Saved emails give their attachments; everything else is read as it is.
  ScratchFolder scratch;
  std::vector<PullItem> items;
  for (const OUString& file : files) {
    const fs::path path = path_of(file);
    if (core::is_email_file_name(path.filename().string())) {
      const std::size_t first = items.size();
      try {
        add_email_items(path, scratch, items, problems);
      } catch (const std::exception& e) {  // no scratch folder, no memory: this email fails, the others go on
        items.push_back({core::shown_name(path.filename().string()), {}, {}, {}, {},
                         std::string("Surel tidak dapat dibaca: ") + e.what()});
      }
      // Every attachment of one email shares its sending time, read once.
      const long long sent =
          1 + (items.size() > first ? std::max(0LL, core::email_order_seconds(items[first].sent_at, pulled_utc)) : 0);
      for (std::size_t i = first; i < items.size(); ++i) items[i].order = sent;
    } else {
      items.push_back(file_item(path, static_cast<int>(items.size()) + 1, scratch));
    }
  }

  // Files in the order given first, then emails from the oldest to the newest: a bidang's newer
  // sending replaces an older one whatever the files are called.
  std::stable_sort(items.begin(), items.end(), [](const PullItem& a, const PullItem& b) { return a.order < b.order; });

  // Read every submission first: nothing in the master changes until all are read.
  const core::AgreementIndex index(reading.agreement);
  const core::SubmissionContext submission_context{index, reading.settings.info.year, request.quarter};
  std::vector<core::ActualRecord> incoming;
  std::vector<std::vector<core::Cell>> log_rows;
  core::PullTally tally;
  int rejected_rows = 0;
  if (progress.is()) progress->start("Kinerja: menarik kiriman bidang", static_cast<sal_Int32>(items.size()));
  for (std::size_t i = 0; i < items.size(); ++i) {
    const PullItem& item = items[i];
    const std::string& name = item.name;
    if (progress.is()) {
      progress->setText(to_ou("Kinerja: berkas " + std::to_string(i + 1) + " dari " + std::to_string(items.size()) +
                              ": " + name));
      progress->setValue(static_cast<sal_Int32>(i));
    }
    core::SubmissionSource source{name, item.sha256, pulled_at, item.sender};
    core::SubmissionReading submission;
    try {
      submission = item.failure.empty() ? core::read_submission(read_file(context, item.url), submission_context, source)
                                        : core::unreadable_submission(name, item.failure);
    } catch (const css::uno::Exception& e) {
      // The load's and read_file's refusals are sentences of ours ("Berkas ..."); anything else is
      // LibreOffice's words, after one.
      const std::string why = to_utf8(e.Message);
      submission = core::unreadable_submission(
          name, why.rfind("Berkas ", 0) == 0 ? why
                                             : core::with_office_words("Berkas tidak dapat dibaca: minta bidang mengirim ulang.", why));
    } catch (const std::exception& e) {  // bad_alloc and the like: this file fails, the others go on
      submission = core::unreadable_submission(name, std::string("Berkas tidak dapat dibaca: ") + e.what());
    }
    const core::Verdict verdict = core::submission_verdict(submission);
    tally.count(verdict);
    problems.insert(problems.end(), submission.problems.begin(), submission.problems.end());
    // The email's Date counts only from the start of the period the submission reports to this pull.
    const core::EmailDateVerdict date = core::judge_email_date(item.sent_at, submission.year, submission.quarter,
                                                               submission.month, pulled_at, pulled_utc, name);
    source.sent_at = date.sent_at;
    if (date.warning) problems.push_back(*date.warning);
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
  // Monthly progress records go to Bulanan; the quarters their months complete, to Realisasi
  // (decided in core/pull_merge).
  const core::IncomingRecords split = core::split_incoming(std::move(incoming));
  MonthlySheet months = read_monthly_sheet(master, master_name, !split.months.empty(), problems);
  core::PullMerge pull_merge = core::merge_pull(reading.agreement, std::move(table), std::move(months.records), split,
                                                reading.settings.info.year, pulled_at);
  table = std::move(pull_merge.quarters);
  std::vector<core::ActualRecord>& monthly_table = pull_merge.months;
  const core::MergeOutcome& merged = pull_merge.merged;
  problems.insert(problems.end(), pull_merge.problems.begin(), pull_merge.problems.end());
  // The latest month's progress against the plan, whenever the master has months.
  const ProgressRefill month_progress =
      progress_refill(master, master_name, reading.agreement, table, monthly_table, reading.settings);
  problems.insert(problems.end(), month_progress.problems.begin(), month_progress.problems.end());
  if (!log_rows.empty()) {
    // The changes of a pull: old -> new, logged with the files of this pull.
    log_rows.back()[core::master_layout::submission_column::note] = core::replaced_note(merged);
  }
  result.add(problems);
  result.add_rejected(rejected_rows + tally.rejected + static_cast<int>(inputs.missing.size()));

  // Who has sent which quarter, on time or not: kept up to date by every pull. Emailed
  // submissions count from their email's date (the Kiriman log, this pull's rows included).
  const Reference<css::sheet::XSpreadsheet> log_sheet = sheet_named(master, core::master_layout::submissions);
  const DeliveriesRefill deliveries =
      deliveries_refill(master, reading.agreement, table, reading.settings.info, log_rows, {}, &monthly_table);
  {
    BulkEdit edit(Reference<css::frame::XModel>(master, UNO_QUERY_THROW), "Tarik Kiriman Bidang");
    const core::Grid actuals = core::actuals_grid(table);
    edit.write(actuals_sheet, actuals, 0, 0, static_cast<int>(previous_rows));
    edit.write(deliveries.sheet, deliveries.grid, 0, 0, deliveries.rows_to_clear);
    if (month_progress.sheet.is()) {
      edit.write(month_progress.sheet, month_progress.grid, 0, 0, month_progress.rows_to_clear);
    }
    if (months.sheet.is()) {
      const core::Grid grid = core::monthly_grid(monthly_table);
      edit.write(months.sheet, grid, 0, 0, std::max(months.previous_rows, grid.row_count()));
    }
    if (!log_rows.empty()) {
      edit.write(log_sheet, core::Grid("", {core::master_layout::header_cells(core::master_layout::submissions)}));  // older masters gain the email columns
      edit.append(log_sheet, core::Grid("", log_rows));
    }
    std::vector<std::vector<core::Cell>> problem_rows;
    for (const core::Problem& p : problems) problem_rows.push_back(core::problem_log_row(p, pulled_at));
    if (!problem_rows.empty()) {
      edit.append(sheet_named(master, core::master_layout::problems), core::Grid("", std::move(problem_rows)));
    }
    record_sop_step(edit, master, 2, request.command,
                    std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count());
    edit.commit();
  }

  style_deliveries(deliveries);
  style_progress(master, month_progress);
  return result.finish(true, core::outcome::pull_done(tally, merged, problems.size(), skipped));
}

}  // namespace kinerja::uno
