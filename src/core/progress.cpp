#include "core/progress.hpp"

#include <algorithm>
#include <cmath>

#include "core/achievement.hpp"
#include "core/dates.hpp"
#include "core/header_match.hpp"
#include "core/master_layout.hpp"
#include "core/numbers.hpp"
#include "core/rollup.hpp"
#include "core/text.hpp"

namespace kinerja::core {
namespace {



// The quarter so far from its months (to `month`), by aggregation; nullopt without any.
std::optional<double> to_date(Aggregation aggregation, const std::vector<double>& values) {
  if (values.empty()) return std::nullopt;
  switch (aggregation) {
    case Aggregation::sum: {
      double total = 0;
      for (double v : values) total += v;
      return total;
    }
    case Aggregation::last: return values.back();
    case Aggregation::average: {
      double total = 0;
      for (double v : values) total += v;
      return total / static_cast<double>(values.size());
    }
    case Aggregation::max: return *std::max_element(values.begin(), values.end());
    case Aggregation::min: return *std::min_element(values.begin(), values.end());
  }
  return std::nullopt;
}

}  // namespace

CashPlan read_cash_plan(const Grid& grid, std::vector<Problem>& problems) {
  CashPlan plan;
  int header_row = -1, code_column = -1;
  std::map<int, int> month_columns;  // column -> month
  for (int row = 0; row < std::min(grid.row_count(), 10) && header_row < 0; ++row) {
    for (int column = 0; column < grid.column_count(); ++column) {
      if (header_key(grid.text(row, column)) == "kode") {
        header_row = row;
        code_column = column;
      }
    }
  }
  if (header_row < 0) {
    problems.push_back({Severity::error, "Lembar Anggaran Kas tanpa kolom Kode: tidak dibaca.",
                        a1_address(grid.sheet(), 0, 0), {}});
    return plan;
  }
  for (int column = 0; column < grid.column_count(); ++column) {
    if (const int month = month_of(grid.text(header_row, column)); month > 0) month_columns[column] = month;
  }
  for (int row = header_row + 1; row < grid.row_count(); ++row) {
    const std::string code = grid.text(row, code_column);
    if (code.empty()) continue;
    auto& months = plan[code_key(code)];
    for (const auto& [column, month] : month_columns) {
      CellNumber cell = read_cell_number(grid, row, column);
      if (cell.problem && cell.problem->severity == Severity::error) {
        problems.push_back(*cell.problem);
        continue;
      }
      if (cell.value && (*cell.value < 0 || *cell.value > 100)) {
        problems.push_back({Severity::error,
                            "Anggaran kas " + code + " " + format_number(*cell.value) + "% di luar 0 sampai 100: tidak dipakai.",
                            grid.address(row, column), {}});
        continue;
      }
      months[static_cast<std::size_t>(month - 1)] = cell.value;
    }
  }
  return plan;
}

int latest_month(const std::vector<ActualRecord>& monthly, int year) {
  int latest = 0;
  for (const ActualRecord& r : monthly) {
    if (r.year == year && r.month > latest && r.month <= 12) latest = r.month;
  }
  return latest;
}

std::string_view label_of(ProgressState state) {
  switch (state) {
    case ProgressState::on_track: return "Sesuai jadwal";
    case ProgressState::behind: return "Tertinggal";
    case ProgressState::no_data: return "Belum ada data";
  }
  return {};
}

std::vector<ProgressRow> monthly_progress(const Agreement& agreement, const std::vector<ActualRecord>& quarterly,
                                          const std::vector<ActualRecord>& monthly, const CashPlan& cash,
                                          const MasterSettings& settings, int month) {
  const int year = settings.info.year;
  const int quarter = quarter_of_month(month);
  const int first_month = (quarter - 1) * 3 + 1;
  const ActualsIndex month_records(monthly, year), quarter_records(quarterly, year);  // by code, once
  std::vector<ProgressRow> rows;
  for (const Indicator& indicator : agreement.indicators) {
    ProgressRow row;
    row.code = indicator.code;
    row.division = indicator.division;
    row.goal = indicator.goal;
    row.name = indicator.name;
    row.unit = indicator.unit;
    // The quarter's months to `month`, in order; the budget of the year so far.
    std::vector<const ActualRecord*> months(13, nullptr);
    for (const ActualRecord* r : month_records.records(indicator.code)) {
      if (is_month(r->month)) months[static_cast<std::size_t>(r->month)] = r;
    }
    std::vector<double> values;
    std::optional<double> spent;
    for (int m = first_month; m <= month; ++m) {
      const ActualRecord* r = months[static_cast<std::size_t>(m)];
      if (r == nullptr) continue;
      if (r->actual) values.push_back(*r->actual);
      if (r->spent) spent = spent.value_or(0) + *r->spent;
    }
    for (const ActualRecord* r : quarter_records.records(indicator.code)) {
      if (r->quarter < quarter && r->spent) spent = spent.value_or(0) + *r->spent;
    }
    if (const ActualRecord* now = months[static_cast<std::size_t>(month)]) {
      row.month_actual = now->actual;
      row.physical = now->physical;
      row.problem = now->obstacle;
    }
    row.quarter_to_date = to_date(indicator.aggregation, values);
    const std::optional<double> target = quarter_targets(indicator).own[static_cast<std::size_t>(quarter - 1)];
    if (target) {
      row.scheduled = indicator.aggregation == Aggregation::sum ? *target * (month - first_month + 1) / 3.0 : *target;
    }
    if (row.quarter_to_date && row.scheduled) {
      row.achievement = achievement(*row.quarter_to_date, *row.scheduled, indicator.polarity, settings.rules.negative_method);
    }
    row.spent_to_date = spent;
    if (spent && indicator.budget && *indicator.budget > 0) row.absorbed = *spent / *indicator.budget * 100;
    if (const auto planned = cash.find(code_key(indicator.code)); planned != cash.end()) row.cash = planned->second[static_cast<std::size_t>(month - 1)];
    if (row.absorbed && row.cash) row.deviation = *row.absorbed - *row.cash;

    const bool measured = row.achievement.has_value() || row.deviation.has_value();
    const bool behind = (row.achievement && *row.achievement < settings.rules.missed_threshold) ||
                        (row.deviation && *row.deviation < 0);
    row.state = !measured ? ProgressState::no_data : behind ? ProgressState::behind : ProgressState::on_track;
    rows.push_back(std::move(row));
  }
  return rows;
}

Grid progress_grid(const std::vector<ProgressRow>& rows, const MasterInfo& info, int month) {
  const int quarter = quarter_of_month(month);
  std::vector<std::vector<Cell>> cells;
  cells.push_back({"PROGRES BULANAN " + std::string(month_name(month)) + " " + std::to_string(info.year) + " (TW " +
                   std::string(roman(quarter)) + ") - " + info.agency});
  cells.push_back({std::string("Kode"), std::string("Bidang"), std::string("Indikator"), std::string("Satuan"),
                   std::string("Realisasi Bulan Ini"), std::string("Realisasi TW s.d. Bulan Ini"),
                   std::string("Target TW s.d. Bulan Ini"), std::string("Capaian (%)"), std::string("Progres Fisik (%)"),
                   std::string("Realisasi Keuangan s.d. Bulan Ini (Rp)"), std::string("Serapan (%)"),
                   std::string("Anggaran Kas (%)"), std::string("Deviasi (%)"), std::string("Keadaan"),
                   std::string("Permasalahan")});
  for (const ProgressRow& r : rows) {
    cells.push_back({r.code, r.division, r.name, r.unit, number_or_empty(r.month_actual), number_or_empty(r.quarter_to_date),
                     number_or_empty(r.scheduled), number_or_empty(r.achievement), number_or_empty(r.physical),
                     number_or_empty(r.spent_to_date), number_or_empty(r.absorbed), number_or_empty(r.cash),
                     number_or_empty(r.deviation), std::string(label_of(r.state)), r.problem});
  }
  return Grid(std::string(master_layout::progress), std::move(cells));
}

}  // namespace kinerja::core
