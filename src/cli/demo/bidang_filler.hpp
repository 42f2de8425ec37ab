// The demo's bidang: the sample actuals typed into their forms, as the bidang would do it:
// in LibreOffice (here through the office API), or in "Excel" (openpyxl, a program other than
// LibreOffice, via example-2023/fill_form_xlsx.py).
#pragma once

#include <com/sun/star/uno/XComponentContext.hpp>

#include <filesystem>
#include <string>
#include <vector>

namespace kinerja::cli {

struct SampleActual {
  std::string division;
  int quarter = 0;
  std::string code;
  std::string value;  // as in the sample CSV ("18.4")
  std::string obstacle;
  std::string follow_up;
  std::string evidence;
  std::string spent;  // realisasi anggaran (Rp), as in the CSV; empty when none
};

// The sample actuals (realisasi-2023.csv), read by LibreOffice's CSV import.
std::vector<SampleActual> read_sample_actuals(const css::uno::Reference<css::uno::XComponentContext>& context,
                                              const std::filesystem::path& csv);

// Types the entries into an .ods form and stores it as `out`.
void fill_in_office(const css::uno::Reference<css::uno::XComponentContext>& context, const std::filesystem::path& form,
                    const std::filesystem::path& out, const std::vector<SampleActual>& entries);

// Fills an .xlsx form with openpyxl; false when Python or openpyxl is not there.
bool fill_in_excel_style(const std::filesystem::path& filler, const std::filesystem::path& form,
                         const std::filesystem::path& out, const std::vector<SampleActual>& entries);

}  // namespace kinerja::cli
