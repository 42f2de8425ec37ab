// The master workbook (buku induk): its sheets, in order, and the column titles of the
// sheets that Kinerja fills. The template (templates/buku-induk.fods) carries the same
// titles; a test keeps the two in step.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/grid.hpp"

namespace kinerja::core::master_layout {

inline constexpr std::string_view instructions = "Petunjuk";
inline constexpr std::string_view settings = "Pengaturan";
inline constexpr std::string_view agreement = "PK";
inline constexpr std::string_view actuals = "Realisasi";
inline constexpr std::string_view recap = "Rekap";
inline constexpr std::string_view report = "Laporan";
inline constexpr std::string_view submissions = "Kiriman";
inline constexpr std::string_view problems = "Masalah";
inline constexpr std::string_view sop_trail = "Jejak SOP";
// Added after the others by Tandai Target Tidak Tercapai: the follow-up list per bidang.
inline constexpr std::string_view disposition = "Disposisi";
// Kept up to date by every pull: per bidang and quarter, sent on time, late, or not yet.
inline constexpr std::string_view deliveries = "Status Kiriman";
// The monthly progress records (Laporan Progres Bulanan), made by the first monthly pull.
inline constexpr std::string_view monthly = "Bulanan";
// The month's progress against the plan, refilled by every pull that brings months.
inline constexpr std::string_view progress = "Progres Bulanan";
// An optional sheet the planning staff fill: per indicator the anggaran kas (RAK), the share
// of the pagu planned to be spent by the end of each month (cumulative %).
inline constexpr std::string_view cash_plan = "Anggaran Kas";
// Added by Ambil Riwayat: earlier years' target, realisasi and capaian per indicator.
inline constexpr std::string_view history = "Riwayat";

// The columns (0-based) of Riwayat, in the order of its header row.
namespace history_column {
inline constexpr int code = 0, indicator = 1, year = 2, target = 3, actual = 4, achievement = 5, source = 6;
inline constexpr int count = 7;
}  // namespace history_column

// The columns (0-based) of Rekap, in the order of its header row.
namespace recap_column {
inline constexpr int code = 0, division = 1, goal = 2, indicator = 3, unit = 4, period = 5, target = 6,
                     actual = 7, achievement = 8, rating = 9, status = 10, note = 11;
inline constexpr int count = 12;
}  // namespace recap_column

// The columns (0-based) of the report table on Laporan: No | Sasaran | Indikator Kinerja |
// Satuan | Target Tahunan | Target of the period | Realisasi TW I..IV | Realisasi of the period |
// Capaian (%) | Predikat | Kendala | Tindak Lanjut | Bidang.
namespace report_column {
inline constexpr int number = 0, goal = 1, indicator = 2, unit = 3, annual_target = 4, period_target = 5,
                     first_quarter_actual = 6, period_actual = 10, achievement = 11, rating = 12, obstacle = 13,
                     follow_up = 14, division = 15;
inline constexpr int count = 16;
// The figures, from the annual target to the achievement.
inline constexpr int first_figure = annual_target, last_figure = achievement;
}  // namespace report_column

// The chart's data: its labels and values from row 1, in two columns right of the report
// (outside its print area: on screen, never on paper). The chart itself sits below the
// report, from the `anchor` column.
namespace report_chart_column {
inline constexpr int label = report_column::count + 1, value = report_column::count + 2, anchor = 1;
}  // namespace report_chart_column

// The column of Kiriman that notes what a pull replaced.
namespace submission_column {
inline constexpr int pulled_at = 0, division = 3, year = 4, quarter = 5, verdict = 6, note = 9, sender = 10, sent_at = 11,
                     month = 12;
}  // namespace submission_column

// The columns (0-based) of the follow-up list on Disposisi.
namespace disposition_column {
inline constexpr int division = 0, code = 1, indicator = 2, state = 3, achievement = 4, note = 5;
inline constexpr int count = 6;
}  // namespace disposition_column

// Whether a workbook with these sheets is a Kinerja master: it has Pengaturan, PK and Jejak
// SOP (in any letter case); no bidang form has them all.
bool is_master(const std::vector<std::string>& sheet_names);

// Whether a copy to share holds a sheet when not everything is asked: what the officials
// need (Rekap, Disposisi, the reports), none of the working sheets (Pengaturan with the
// signatory's NIP, Realisasi and Kiriman with file hashes and user names, Masalah, Jejak
// SOP, PK, Petunjuk).
bool shared_by_default(std::string_view sheet);


// The width (1/100 mm) a table column needs for the longest word of its header on one line,
// in the header style (bold, about 0.25 cm per character), with the cell's padding and the
// AutoFilter button beside it.
int header_width(std::string_view header);

// Every sheet, in the workbook's order.
const std::vector<std::string_view>& sheets();

// The header row of a sheet (row 1; on Disposisi row 2, below its title), or empty for
// sheets without a table header.
const std::vector<std::string_view>& headers(std::string_view sheet);
// The same titles as a header row of cells.
std::vector<Cell> header_cells(std::string_view sheet);

}  // namespace kinerja::core::master_layout
