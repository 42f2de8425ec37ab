#include "core/menu_texts.hpp"

namespace kinerja::core {

namespace {

constexpr MenuCommandInfo commands[] = {
    {"NewMaster", {"Buku Induk Baru", "New Master Workbook"}, true, false},
    {"MakeForms", {"Buat Formulir Bidang", "Make Division Forms"}, true, true},
    {"SendForms", {"Kirim Formulir lewat Surel", "Send the Forms by Email"}, true, true},
    {"PullSubmissions", {"Tarik Kiriman Bidang", "Pull Division Submissions"}, true, true},
    {"PullFolder", {"Tarik Kiriman dari Folder", "Pull Submissions from a Folder"}, true, true},
    {"ComputeRecap", {"Hitung Rekap", "Compute the Recap"}, false, true},
    {"FlagTargets", {"Tandai Target Tidak Tercapai", "Flag Missed Targets"}, false, true},
    {"ReportQuarter", {"Isi Laporan Triwulan", "Fill the Quarterly Report"}, false, true},
    {"ReportSemester", {"Isi Laporan Semester", "Fill the Semester Report"}, false, true},
    {"TakeHistory", {"Ambil Riwayat Tahun Lalu", "Take Earlier Years"}, true, true},
    {"ReportYear", {"Isi Laporan Tahunan", "Fill the Annual Report"}, false, true},
    {"ExportPdf", {"Ekspor Laporan ke PDF", "Export the Report to PDF"}, true, true},
    {"ShareCopy", {"Salin untuk Dibagikan", "Copy to Share"}, true, true},
    {"E81", {"Buat Formulir E.81", "Make the E.81 Form"}, true, true},
    {"About", {"Tentang Kinerja", "About Kinerja"}, false, false},
};

}  // namespace

std::span<const MenuCommandInfo> menu_commands() { return commands; }

const MenuCommandInfo* find_menu_command(std::string_view path) {
  for (const MenuCommandInfo& command : commands) {
    if (command.path == path) return &command;
  }
  return nullptr;
}

}  // namespace kinerja::core
