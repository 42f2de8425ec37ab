#include "core/actuals.hpp"

#include <cmath>
#include <iterator>
#include <map>
#include <tuple>

#include "core/dates.hpp"
#include "core/header_match.hpp"
#include "core/master_layout.hpp"
#include "core/numbers.hpp"
#include "core/period.hpp"
#include "core/sha256.hpp"
#include "core/text.hpp"

namespace kinerja::core {
namespace {

using Key = std::tuple<std::string, int, int, std::string>;

Key key_of(const ActualRecord& r) {
  return {fold(r.division), r.year, r.quarter * 100 + r.month, code_key(r.code)};
}

std::string value_text(const std::optional<double>& value) {
  return value ? format_number(*value) : std::string("(kosong)");
}

const std::vector<ColumnSpec>& specs() {
  static constexpr const char* keys[] = {"bidang",       "tahun",  "triwulan", "kode", "realisasi",
                                         "realisasi_anggaran", "kendala", "tindak_lanjut", "bukti_dukung", "berkas",
                                         "sha256",       "sel",    "sel_anggaran", "waktu", "segel"};
  static const std::vector<ColumnSpec> columns = column_specs(master_layout::headers(master_layout::actuals), keys, 5);
  return columns;
}

}  // namespace

bool ActualRecord::same_content(const ActualRecord& other) const {
  return actual == other.actual && spent == other.spent && physical == other.physical && obstacle == other.obstacle &&
         follow_up == other.follow_up && evidence == other.evidence;
}

std::string record_seal(const ActualRecord& r) {
  Sha256 digest;
  for (const std::string& field :
       {r.division, std::to_string(r.year), std::to_string(r.quarter), r.code,
        r.actual ? format_number(*r.actual) : std::string(), r.obstacle, r.follow_up, r.evidence, r.source_file,
        r.source_sha256, r.source_cell, r.pulled_at}) {
    digest.update(field);
    digest.update("\x1f", 1);
  }
  // The budget enters the seal only when there is one: rows sealed before it existed stay valid.
  if (r.spent || !r.spent_cell.empty()) {
    for (const std::string& field : {r.spent ? format_number(*r.spent) : std::string(), r.spent_cell}) {
      digest.update(field);
      digest.update("\x1f", 1);
    }
  }
  return digest.hex().substr(0, 16);
}

MergeOutcome& MergeOutcome::operator+=(const MergeOutcome& other) {
  added += other.added;
  replaced += other.replaced;
  unchanged += other.unchanged;
  kept += other.kept;
  changes.insert(changes.end(), other.changes.begin(), other.changes.end());
  problems.insert(problems.end(), other.problems.begin(), other.problems.end());
  return *this;
}

bool is_from_months(const ActualRecord& record) { return record.source_file.starts_with(from_months_source); }

std::string period_of(const ActualRecord& record) {
  return (record.month > 0 ? std::string(month_name(record.month)) : "TW " + std::string(roman(record.quarter))) + " " +
         std::to_string(record.year);
}

Grid actuals_grid(const std::vector<ActualRecord>& records) {
  std::vector<std::vector<Cell>> rows;
  rows.push_back(master_layout::header_cells(master_layout::actuals));
  for (const ActualRecord& r : records) {
    rows.push_back({r.division, Number{static_cast<double>(r.year)}, Number{static_cast<double>(r.quarter)}, r.code,
                    number_or_empty(r.actual), number_or_empty(r.spent),
                    r.obstacle, r.follow_up, r.evidence, r.source_file, r.source_sha256, r.source_cell, r.spent_cell,
                    r.pulled_at, record_seal(r)});
  }
  return Grid(std::string(master_layout::actuals), std::move(rows));
}

std::vector<ActualRecord> read_actuals(const Grid& grid, std::vector<Problem>& problems) {
  std::vector<ActualRecord> records;
  const HeaderMatch header = match_header(grid, specs(), 5);
  if (has_errors(header.problems)) {
    problems.insert(problems.end(), header.problems.begin(), header.problems.end());
    return records;
  }
  const auto text = [&](int row, const char* key) { return header.text(grid, row, key); };
  const auto whole = [&](int row, const char* key) {
    const CellNumber cell = read_cell_number(grid, row, header.column(key));
    return cell.value && *cell.value == std::floor(*cell.value) ? static_cast<int>(*cell.value) : 0;
  };
  for (int row = header.header_row + 1; row < grid.row_count(); ++row) {
    if (grid.row_is_empty(row)) continue;
    ActualRecord r;
    r.division = text(row, "bidang");
    r.year = whole(row, "tahun");
    r.quarter = whole(row, "triwulan");
    r.code = text(row, "kode");
    CellNumber actual = read_cell_number(grid, row, header.column("realisasi"));
    if (actual.problem) problems.push_back(*actual.problem);
    r.actual = actual.value;
    if (header.has("realisasi_anggaran")) {
      CellNumber spent = read_cell_number(grid, row, header.column("realisasi_anggaran"));
      if (spent.problem) problems.push_back(*spent.problem);
      r.spent = spent.value;
    }
    r.obstacle = text(row, "kendala");
    r.follow_up = text(row, "tindak_lanjut");
    r.evidence = text(row, "bukti_dukung");
    r.source_file = text(row, "berkas");
    r.source_sha256 = text(row, "sha256");
    r.source_cell = text(row, "sel");
    r.spent_cell = text(row, "sel_anggaran");
    r.pulled_at = text(row, "waktu");
    if (r.code.empty() || r.quarter < 1 || r.quarter > 4) {
      problems.push_back({Severity::error, "Baris Realisasi tanpa kode atau triwulan yang sah: dilewati.",
                          grid.address(row, 0), {}});
      continue;
    }
    if (header.has("segel") && text(row, "segel") != record_seal(r)) {
      const std::string cell = grid.address(row, header.column("realisasi"));
      problems.push_back({Severity::warning,
                          "Baris Realisasi " + r.code + " TW " + std::string(roman(r.quarter)) + " " +
                              std::to_string(r.year) + " diubah atau diisi tangan setelah ditarik" +
                              (r.source_file.empty() ? std::string() : " dari " + r.source_file) +
                              ": asalnya kini dicatat sebagai isian tangan.",
                          cell, {}});
      const bool already = r.source_file.rfind(hand_edit_source, 0) == 0;
      if (!already) {
        r.source_file = std::string(hand_edit_source) +
                        (r.source_file.empty() ? std::string() : " (semula " + r.source_file + ")");
      }
      r.source_sha256.clear();
      r.source_cell = cell;
      if (r.spent) r.spent_cell = grid.address(row, header.column("realisasi_anggaran"));
    }
    records.push_back(std::move(r));
  }
  return records;
}

QuarterValues quarter_actuals(const std::vector<ActualRecord>& records, const std::string& code, int year) {
  return ActualsIndex(records, year).values(code);
}

ActualsIndex::ActualsIndex(const std::vector<ActualRecord>& records, int year) {
  for (const ActualRecord& r : records) {
    if (r.year == year && r.quarter >= 1 && r.quarter <= 4) by_code_[code_key(r.code)].push_back(&r);
  }
}

QuarterValues ActualsIndex::values(const std::string& code) const {
  QuarterValues values;
  for (const ActualRecord* r : records(code)) {
    if (r->actual) values[static_cast<std::size_t>(r->quarter - 1)] = r->actual;
  }
  return values;
}

const std::vector<const ActualRecord*>& ActualsIndex::records(const std::string& code) const {
  static const std::vector<const ActualRecord*> none;
  const auto found = by_code_.find(code_key(code));
  return found == by_code_.end() ? none : found->second;
}

MergeOutcome merge_actuals(std::vector<ActualRecord>& table, const std::vector<ActualRecord>& incoming) {
  MergeOutcome outcome;
  std::map<Key, std::size_t> index;
  for (std::size_t i = 0; i < table.size(); ++i) index[key_of(table[i])] = i;
  for (const ActualRecord& record : incoming) {
    const Key key = key_of(record);
    const auto found = index.find(key);
    if (found == index.end()) {
      index[key] = table.size();
      table.push_back(record);
      ++outcome.added;
      continue;
    }
    ActualRecord& existing = table[found->second];
    if (existing.same_content(record)) {
      ++outcome.unchanged;
      continue;
    }
    const std::string what = record.code + " " + period_of(record);
    // An empty value never erases a reported one: the earlier record stays, whole, with its source.
    // A quarter made from its months is no report of the bidang's: its quarterly form replaces it whole.
    const bool made_from_months = is_from_months(existing) && !is_from_months(record);
    const bool actual_lost = !made_from_months && !record.actual && existing.actual;
    const bool spent_lost = !made_from_months && !record.spent && existing.spent;
    if (actual_lost || spent_lost) {
      ++outcome.kept;
      outcome.problems.push_back(
          {Severity::warning,
           what + (actual_lost ? ": realisasi kosong pada kiriman ini; nilai " + value_text(existing.actual)
                               : ": realisasi anggaran kosong pada kiriman ini; Rp " + rupiah(*existing.spent)) +
               " dari " + existing.source_file + " tetap dipakai.",
           record.source_cell, record.source_file});
      continue;
    }
    std::string change = what + ": " + value_text(existing.actual) + " -> " + value_text(record.actual);
    if (existing.spent != record.spent) {
      const auto amount = [](const std::optional<double>& spent) { return spent ? "Rp " + rupiah(*spent) : "(kosong)"; };
      change += ", anggaran " + amount(existing.spent) + " -> " + amount(record.spent);
    }
    outcome.changes.push_back(change);
    existing = record;
    ++outcome.replaced;
  }
  return outcome;
}

}  // namespace kinerja::core
