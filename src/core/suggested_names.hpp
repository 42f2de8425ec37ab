// What the menu suggests when it asks: the file names to save under (what the officer would
// type, lower case, no spaces, the period and year in them) and the year of a new master.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/grid.hpp"
#include "core/period.hpp"

namespace kinerja::core {

// "laporan-TW2-2023.pdf", "laporan-semester1-2023.pdf", "laporan-tahunan-2023.pdf".
std::string report_pdf_name(Period period, int year);

// "buku-induk-2023-untuk-dibagikan.xlsx".
std::string share_copy_name(int year);

// The year a new master is suggested for, made from the agreement in `file_name` whose cells
// are `contents`: the (last) year in the file name ("perjanjian-kinerja-2023.csv"), else the
// year the agreement's texts name most often (the later one on a tie), else `this_year`.
// A year is four digits from 2000 to 2099 standing on their own (not part of a longer
// number such as a NIP), in a text: a cell that is only a number (a target, the Renstra's last
// year) names no year.
int suggested_master_year(std::string_view file_name, const Grid& contents, int this_year);

// The year the user typed ("2023", " 2023 "); nullopt unless it is a valid_year.
std::optional<int> parse_year(std::string_view text);

}  // namespace kinerja::core
