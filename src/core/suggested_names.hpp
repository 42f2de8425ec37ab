// The file names the menu suggests when it asks where to save: what the officer would type,
// lower case, no spaces, the period and year in them.
#pragma once

#include <string>

#include "core/period.hpp"

namespace kinerja::core {

// "laporan-TW2-2023.pdf", "laporan-semester1-2023.pdf", "laporan-tahunan-2023.pdf".
std::string report_pdf_name(Period period, int year);

// "buku-induk-2023-untuk-dibagikan.xlsx".
std::string share_copy_name(int year);

}  // namespace kinerja::core
