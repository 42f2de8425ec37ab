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

// What the trail measures, said under it: a command's own run time, not the officer's
// whole work on the step (which the SOP's time standard is for).
inline constexpr std::string_view sop_trail_note =
    "Lama Perintah: waktu kerja perintah Kinerja untuk langkah itu, bukan seluruh waktu kerja petugas pada "
    "langkah itu (Waktu Standar SOP). Dilakukan dan Oleh: kapan dan oleh siapa langkah itu terakhir dikerjakan.";

// The Jejak SOP sheet: header, then the nine steps with their latest record, and the note
// saying what is measured (after an empty row).
Grid sop_trail_grid(const std::map<int, SopRecord>& records);

// One step's row (No .. Perintah dalam Waktu Standar) with its latest record.
std::vector<Cell> sop_trail_row(const SopStep& step, const SopRecord* record);

// The row of a step in the sheet (by its number in column A), or -1.
int find_sop_row(const Grid& grid, int step);

// "12 detik", "3 menit 5 detik".
std::string duration_text(double seconds);

}  // namespace kinerja::core
