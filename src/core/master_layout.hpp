// The master workbook (buku induk): its sheets, in order, and the column titles of the
// sheets that Kinerja fills. The template (templates/buku-induk.fods) carries the same
// titles; a test keeps the two in step.
#pragma once

#include <string_view>
#include <vector>

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

// Every sheet, in the workbook's order.
const std::vector<std::string_view>& sheets();

// The header row of a sheet (row 1), or empty for sheets without a table header.
const std::vector<std::string_view>& headers(std::string_view sheet);

}  // namespace kinerja::core::master_layout
