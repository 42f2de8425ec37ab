#include "core/suggested_names.hpp"

namespace kinerja::core {

namespace {

std::string period_part(Period period) {
  switch (period) {
    case Period::tw1: return "TW1";
    case Period::tw2: return "TW2";
    case Period::tw3: return "TW3";
    case Period::tw4: return "TW4";
    case Period::s1: return "semester1";
    case Period::s2: return "semester2";
    case Period::to_tw1: return "sd-TW1";
    case Period::to_tw2: return "sd-TW2";
    case Period::to_tw3: return "sd-TW3";
    case Period::year: return "tahunan";
  }
  return "laporan";
}

}  // namespace

std::string report_pdf_name(Period period, int year) {
  return "laporan-" + period_part(period) + "-" + std::to_string(year) + ".pdf";
}

std::string share_copy_name(int year) { return "buku-induk-" + std::to_string(year) + "-untuk-dibagikan.xlsx"; }

}  // namespace kinerja::core
