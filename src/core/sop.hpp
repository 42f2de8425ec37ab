// The nine steps of the SOP "Pengumpulan Data Kinerja", and the trail of when each was done
// in a master workbook, by which command and by whom, against its time standard.
#pragma once

#include <map>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/grid.hpp"

namespace kinerja::core {

struct SopStep {
  int number;
  std::string_view procedure;  // uraian prosedur
  std::string_view performer;  // pelaksana
  std::string_view standard;   // waktu standar, as the SOP writes it
  double standard_seconds;
  std::string_view output;
};

std::span<const SopStep> sop_steps();

struct SopRecord {
  std::string done_at;  // "2023-07-12 09:30"
  std::string command;  // "kinerja pull", "Tarik Kiriman Bidang"
  std::string by;       // who ran it
  double seconds = 0;   // how long it took
};

// The Jejak SOP sheet: header, then the nine steps with their latest record.
Grid sop_trail_grid(const std::map<int, SopRecord>& records);

// One step's row (No .. Sesuai Standar) with its latest record.
std::vector<Cell> sop_trail_row(const SopStep& step, const SopRecord* record);

// The row of a step in the sheet (by its number in column A), or -1.
int find_sop_row(const Grid& grid, int step);

// "12 detik", "3 menit 5 detik".
std::string duration_text(double seconds);

}  // namespace kinerja::core
