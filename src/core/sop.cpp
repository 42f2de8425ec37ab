#include "core/sop.hpp"

#include <cmath>

#include "core/master_layout.hpp"
#include "core/numbers.hpp"

namespace kinerja::core {
namespace {

constexpr double minute = 60;
constexpr double day = 24 * 3600;

constexpr SopStep steps[] = {
    {1, "Memerintahkan untuk mengumpulkan data laporan kinerja triwulan", "Sekretaris", "15 Menit", 15 * minute,
     "Disposisi surat masuk"},
    {2, "Merekap laporan kinerja triwulan", "Kasubag Perencanaan", "30 Menit", 30 * minute, "Lembar Disposisi"},
    {3, "Mengolah data laporan kinerja triwulan", "Kasubag Perencanaan, Staf Penyusun Evaluasi Kinerja", "2 Menit",
     2 * minute, "Draft Laporan Kinerja"},
    {4, "Menyusun laporan kinerja triwulan", "Kasubag Perencanaan", "30 Menit", 30 * minute, "Draft Laporan Kinerja"},
    {5, "Mensosialisasikan laporan kinerja triwulan kepada pejabat terkait", "JF Ahli Muda", "30 Menit", 30 * minute,
     "Draft Laporan Kinerja"},
    {6, "Merekap laporan triwulan untuk menyusun laporan", "Kasubag Perencanaan", "2 Hari", 2 * day, "Disposisi"},
    {7, "Menyusun laporan semester dan laporan tahunan", "Kasubag Perencanaan", "120 Hari", 120 * day,
     "Lembar Disposisi"},
    {8, "Mensosialisasikan laporan semesteran", "JF Ahli Muda", "60 Menit", 60 * minute, "Draft Laporan Kinerja"},
    {9, "Menyusun laporan semesteran menjadi laporan kinerja tahunan", "Kasubag Perencanaan", "15 Menit",
     15 * minute, "Draft Laporan Kinerja"},
};

}  // namespace

std::span<const SopStep> sop_steps() { return steps; }

std::string duration_text(double seconds) {
  if (seconds < 60) return indonesian_decimal(seconds, seconds < 10 ? 2 : 1) + " detik";
  const long total = std::lround(seconds);
  return std::to_string(total / 60) + " menit " + std::to_string(total % 60) + " detik";
}

std::vector<Cell> sop_trail_row(const SopStep& step, const SopRecord* record) {
  std::vector<Cell> row = {Number{static_cast<double>(step.number)}, std::string(step.procedure),
                           std::string(step.performer), std::string(step.standard), std::string(step.output)};
  if (record != nullptr) {
    row.insert(row.end(), {record->done_at, record->command, record->by, duration_text(record->seconds),
                           std::string(record->seconds <= step.standard_seconds ? "Ya" : "Tidak")});
  }
  return row;
}

Grid sop_trail_grid(const std::map<int, SopRecord>& records) {
  std::vector<std::vector<Cell>> rows;
  rows.push_back(master_layout::header_cells(master_layout::sop_trail));
  for (const SopStep& step : steps) {
    const auto found = records.find(step.number);
    rows.push_back(sop_trail_row(step, found == records.end() ? nullptr : &found->second));
  }
  rows.emplace_back();
  rows.push_back({std::string(sop_trail_note)});
  return Grid(std::string(master_layout::sop_trail), std::move(rows));
}

int find_sop_row(const Grid& grid, int step) {
  for (int row = 1; row < grid.row_count(); ++row) {
    const CellNumber number = read_cell_number(grid, row, 0);
    if (number.value && *number.value == step) return row;
  }
  return -1;
}

}  // namespace kinerja::core
