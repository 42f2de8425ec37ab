#include "core/history.hpp"

#include <algorithm>
#include <cmath>
#include <tuple>

#include "core/header_match.hpp"
#include "core/master_layout.hpp"
#include "core/numbers.hpp"
#include "core/status.hpp"
#include "core/text.hpp"

namespace kinerja::core {
namespace {

const std::vector<ColumnSpec>& specs() {
  static const std::vector<ColumnSpec> columns = {
      {"kode", {"Kode", "kode indikator"}, true},
      {"indikator", {"Indikator", "indikator kinerja"}, false},
      {"tahun", {"Tahun", "year"}, true},
      {"target", {"Target", "target tahunan"}, false},
      {"realisasi", {"Realisasi", "realisasi tahunan"}, true},
      {"capaian", {"Capaian (%)", "capaian", "persentase capaian"}, false},
      {"sumber", {"Sumber", "source"}, false},
  };
  return columns;
}

}  // namespace

HistoryReading history_from(const PastMaster& past, const MasterInfo& current, const Agreement& current_agreement) {
  HistoryReading reading;
  const MasterInfo& info = past.settings.settings.info;
  const auto error = [&](std::string message, const std::string& where) {
    reading.problems.push_back({Severity::error, std::move(message), where, past.file});
  };
  if (fold(trim(info.agency)) != fold(trim(current.agency))) {
    error("Buku induk instansi lain (\"" + info.agency + "\", buku induk ini \"" + current.agency +
              "\"): riwayatnya tidak diambil.",
          past.settings.agency_cell);
    return reading;
  }
  if (info.year <= 0 || info.year >= current.year) {
    error("Buku induk tahun " + std::to_string(info.year) + " tidak mendahului tahun " + std::to_string(current.year) +
              ": riwayat hanya dari tahun-tahun sebelumnya.",
          past.settings.year_cell);
    return reading;
  }
  const ActualsIndex index(past.actuals, info.year);
  for (const Indicator& then : past.agreement.indicators) {
    if (current_agreement.find(then.code) == nullptr) {
      reading.problems.push_back({Severity::warning,
                                  "Indikator " + then.code + " tahun " + std::to_string(info.year) +
                                      " tidak ada di PK tahun " + std::to_string(current.year) +
                                      ": tidak masuk Riwayat.",
                                  std::string(master_layout::agreement), past.file});
    }
  }
  for (const Indicator& now : current_agreement.indicators) {
    const Indicator* then = past.agreement.find(now.code);
    if (then == nullptr) {
      reading.problems.push_back({Severity::warning,
                                  "Indikator " + now.code + " tidak ada di buku induk tahun " +
                                      std::to_string(info.year) + ": tahun itu tanpa riwayat untuknya.",
                                  std::string(master_layout::agreement), past.file});
      continue;
    }
    const Evaluation year = evaluate(*then, index.values(then->code), Period::year, past.settings.settings.rules);
    reading.records.push_back({now.code, then->name, info.year, year.target, year.actual, year.achievement, past.file});
  }
  return reading;
}

Grid history_grid(std::vector<HistoryRecord> records) {
  std::stable_sort(records.begin(), records.end(), [](const HistoryRecord& a, const HistoryRecord& b) {
    return std::make_tuple(code_key(a.code), a.year) < std::make_tuple(code_key(b.code), b.year);
  });
  std::vector<std::vector<Cell>> rows;
  rows.push_back(master_layout::header_cells(master_layout::history));
  for (const HistoryRecord& r : records) {
    rows.push_back({r.code, r.indicator, Number{static_cast<double>(r.year)}, number_or_empty(r.target),
                    number_or_empty(r.actual), number_or_empty(r.achievement), r.source});
  }
  return Grid(std::string(master_layout::history), std::move(rows));
}

std::vector<HistoryRecord> read_history(const Grid& grid, int current_year, std::vector<Problem>& problems) {
  std::vector<HistoryRecord> records;
  const HeaderMatch header = match_header(grid, specs(), 5);
  if (has_errors(header.problems)) {
    problems.insert(problems.end(), header.problems.begin(), header.problems.end());
    return records;
  }
  for (int row = header.header_row + 1; row < grid.row_count(); ++row) {
    if (grid.row_is_empty(row)) continue;
    HistoryRecord r;
    r.code = grid.text(row, header.column("kode"));
    if (r.code.empty()) {
      problems.push_back({Severity::error, "Baris Riwayat tanpa kode indikator: dilewati.",
                          grid.address(row, header.column("kode")), {}});
      continue;
    }
    const int year_column = header.column("tahun");
    const CellNumber year = read_cell_number(grid, row, year_column);
    if (!year.value || *year.value != std::floor(*year.value) || *year.value < first_year || *year.value >= current_year) {
      problems.push_back({Severity::error,
                          "Tahun Riwayat " + r.code + " harus tahun sebelum " + std::to_string(current_year) +
                              ": baris dilewati.",
                          grid.address(row, year_column), {}});
      continue;
    }
    r.year = static_cast<int>(*year.value);
    bool usable = true;
    const auto figure = [&](const char* key) -> std::optional<double> {
      if (!header.has(key)) return std::nullopt;
      CellNumber cell = read_cell_number(grid, row, header.column(key));
      if (cell.problem) {
        if (cell.problem->severity == Severity::error) usable = false;
        problems.push_back(*cell.problem);
      }
      return cell.value;
    };
    r.target = figure("target");
    r.actual = figure("realisasi");
    r.achievement = figure("capaian");
    if (!usable) continue;
    if (header.has("indikator")) r.indicator = grid.text(row, header.column("indikator"));
    r.source = header.has("sumber") ? grid.text(row, header.column("sumber")) : std::string();
    if (r.source.empty()) r.source = std::string(typed_history_source);
    records.push_back(std::move(r));
  }
  return records;
}

HistoryIndex::HistoryIndex(const std::vector<HistoryRecord>& records) {
  for (const HistoryRecord& r : records) by_code_[code_key(r.code)].push_back(r);
}

const std::vector<HistoryRecord>& HistoryIndex::of(std::string_view code) const {
  static const std::vector<HistoryRecord> none;
  const auto found = by_code_.find(code_key(code));
  return found == by_code_.end() ? none : found->second;
}

int merge_history(std::vector<HistoryRecord>& table, const std::vector<HistoryRecord>& incoming) {
  int replaced = 0;
  for (const HistoryRecord& record : incoming) {
    const auto same = std::find_if(table.begin(), table.end(), [&](const HistoryRecord& r) {
      return r.year == record.year && code_key(r.code) == code_key(record.code);
    });
    if (same != table.end()) {
      *same = record;
      ++replaced;
    } else {
      table.push_back(record);
    }
  }
  return replaced;
}

}  // namespace kinerja::core
