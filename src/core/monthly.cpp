#include "core/monthly.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <optional>

#include "core/agreement_index.hpp"
#include "core/dates.hpp"
#include "core/header_match.hpp"
#include "core/master_layout.hpp"
#include "core/numbers.hpp"
#include "core/period.hpp"
#include "core/text.hpp"

namespace kinerja::core {
namespace {

const std::vector<ColumnSpec>& specs() {
  static constexpr const char* keys[] = {"bidang", "tahun",        "bulan",         "kode",         "realisasi",
                                         "realisasi_anggaran", "progres_fisik", "permasalahan", "bukti_dukung",
                                         "berkas", "sha256",       "sel",           "waktu"};
  static const std::vector<ColumnSpec> columns = column_specs(master_layout::headers(master_layout::monthly), keys, 5);
  return columns;
}

const char* aggregation_words(Aggregation aggregation) {
  switch (aggregation) {
    case Aggregation::sum: return "jumlah";
    case Aggregation::last: return "bulan terakhir";
    case Aggregation::average: return "rata-rata";
    case Aggregation::max: return "tertinggi";
    case Aggregation::min: return "terendah";
  }
  return "";
}

// The quarter's value from its three months (nullopt where a month is not reported), or
// nullopt when the months needed are not all there.
std::optional<double> aggregate_months(Aggregation aggregation, const std::array<std::optional<double>, 3>& months) {
  if (aggregation == Aggregation::last) return months[2];
  if (!months[0] || !months[1] || !months[2]) return std::nullopt;
  const double a = *months[0], b = *months[1], c = *months[2];
  switch (aggregation) {
    case Aggregation::sum: return a + b + c;
    case Aggregation::average: return (a + b + c) / 3;
    case Aggregation::max: return std::max({a, b, c});
    case Aggregation::min: return std::min({a, b, c});
    case Aggregation::last: break;
  }
  return std::nullopt;
}

bool same_value(double a, double b) { return std::fabs(a - b) <= 1e-9 * std::max({1.0, std::fabs(a), std::fabs(b)}); }

}  // namespace

Grid monthly_grid(const std::vector<ActualRecord>& records) {
  std::vector<std::vector<Cell>> rows;
  rows.push_back(master_layout::header_cells(master_layout::monthly));
  for (const ActualRecord& r : records) {
    rows.push_back({r.division, Number{static_cast<double>(r.year)}, Number{static_cast<double>(r.month)}, r.code,
                    number_or_empty(r.actual), number_or_empty(r.spent), number_or_empty(r.physical), r.obstacle,
                    r.evidence, r.source_file, r.source_sha256, r.source_cell, r.pulled_at});
  }
  return Grid(std::string(master_layout::monthly), std::move(rows));
}

std::vector<ActualRecord> read_monthly(const Grid& grid, std::vector<Problem>& problems) {
  std::vector<ActualRecord> records;
  const HeaderMatch header = match_header(grid, specs(), 5);
  if (has_errors(header.problems)) {
    problems.insert(problems.end(), header.problems.begin(), header.problems.end());
    return records;
  }
  const auto text = [&](int row, const char* key) { return header.text(grid, row, key); };
  const auto number = [&](int row, const char* key) -> std::optional<double> {
    if (!header.has(key)) return std::nullopt;
    CellNumber cell = read_cell_number(grid, row, header.column(key));
    if (cell.problem) problems.push_back(*cell.problem);
    return cell.value;
  };
  for (int row = header.header_row + 1; row < grid.row_count(); ++row) {
    if (grid.row_is_empty(row)) continue;
    ActualRecord r;
    r.division = text(row, "bidang");
    const auto year = number(row, "tahun");
    const auto month = number(row, "bulan");
    r.year = year && *year == std::floor(*year) ? static_cast<int>(*year) : 0;
    r.month = month && *month == std::floor(*month) && is_month(static_cast<int>(*month)) ? static_cast<int>(*month) : 0;
    r.quarter = r.month > 0 ? quarter_of_month(r.month) : 0;
    r.code = text(row, "kode");
    r.actual = number(row, "realisasi");
    r.spent = number(row, "realisasi_anggaran");
    r.physical = number(row, "progres_fisik");
    r.obstacle = text(row, "permasalahan");
    r.evidence = text(row, "bukti_dukung");
    r.source_file = text(row, "berkas");
    r.source_sha256 = text(row, "sha256");
    r.source_cell = text(row, "sel");
    r.pulled_at = text(row, "waktu");
    if (r.code.empty() || r.month == 0) {
      problems.push_back({Severity::error, "Baris Bulanan tanpa kode atau bulan yang sah: dilewati.", grid.address(row, 0), {}});
      continue;
    }
    records.push_back(std::move(r));
  }
  return records;
}

QuartersFromMonths quarters_from_months(const Agreement& agreement, const std::vector<ActualRecord>& quarterly,
                                        const std::vector<ActualRecord>& monthly, int year, const std::string& now,
                                        const std::function<bool(const std::string&, int)>& warn_about) {
  QuartersFromMonths out;
  const AgreementIndex index(agreement);
  // (code, quarter) -> the months' records, by month within the quarter.
  std::map<std::pair<std::string, int>, std::array<const ActualRecord*, 3>> months;
  for (const ActualRecord& r : monthly) {
    if (r.year != year || !is_month(r.month)) continue;
    auto& slot = months[{code_key(r.code), quarter_of_month(r.month)}];
    slot[static_cast<std::size_t>((r.month - 1) % 3)] = &r;
  }
  std::map<std::pair<std::string, int>, const ActualRecord*> submitted;
  for (const ActualRecord& r : quarterly) {
    if (r.year == year && !is_from_months(r)) submitted[{code_key(r.code), r.quarter}] = &r;
  }
  for (const auto& [key, records] : months) {
    const Indicator* indicator = index.find(key.first);
    if (indicator == nullptr) continue;
    const int quarter = key.second;
    std::array<std::optional<double>, 3> values;
    std::optional<double> spent;
    std::string obstacles, names;
    for (std::size_t i = 0; i < 3; ++i) {
      const ActualRecord* r = records[i];
      if (r == nullptr) continue;
      values[i] = r->actual;
      if (r->spent) spent = spent.value_or(0) + *r->spent;
      const std::string name(month_name(r->month));
      names += (names.empty() ? "" : ", ") + name;
      if (!r->obstacle.empty()) obstacles += (obstacles.empty() ? "" : "; ") + name + ": " + r->obstacle;
    }
    const std::optional<double> value = aggregate_months(indicator->aggregation, values);
    const std::string period = "TW " + std::string(roman(quarter)) + " " + std::to_string(year);
    if (const auto found = submitted.find(key); found != submitted.end()) {
      const ActualRecord& sent = *found->second;
      if (value && sent.actual && !same_value(*value, *sent.actual) && (!warn_about || warn_about(indicator->code, quarter))) {
        out.warnings.push_back(
            {Severity::warning,
             indicator->code + " " + period + ": kiriman triwulanan " + format_number(*sent.actual) +
                 ", laporan bulanan memberi " + format_number(*value) + " (" + aggregation_words(indicator->aggregation) +
                 " " + names + "): nilai triwulanan yang dipakai.",
             sent.source_cell, sent.source_file});
      }
      continue;
    }
    if (!value) continue;  // the months needed are not all in yet
    ActualRecord r;
    r.division = indicator->division;
    r.year = year;
    r.quarter = quarter;
    r.code = indicator->code;
    r.actual = value;
    r.spent = spent;
    r.obstacle = obstacles;
    r.source_file = std::string(from_months_source) + ": " + names + " " + std::to_string(year);
    r.source_cell = std::string(master_layout::monthly) + " (" + aggregation_words(indicator->aggregation) + ")";
    r.pulled_at = now;
    out.derived.push_back(std::move(r));
  }
  return out;
}

}  // namespace kinerja::core
