// Helpers of the pull tests: a master and its forms in a temporary folder, forms filled the
// way the bidang fill them (in LibreOffice through the API, or in "Excel" through openpyxl),
// and the master's Realisasi read back as core records.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "core/actuals.hpp"
#include "core/form.hpp"
#include "office_fixture.hpp"

namespace kinerja::test {

struct TempDir {
  std::filesystem::path path;
  TempDir();
  ~TempDir();
};

// kinerja init on the sample agreement, into dir/name; requires success.
std::filesystem::path make_master(const std::filesystem::path& dir, const std::string& name = "buku-induk.ods",
                                  int year = 2023);

// A master of the sample agreement with the whole sample year pulled (kinerja pull of
// realisasi-2023.csv), place, signatory and the signatory's NIP set in Pengaturan.
inline constexpr const char* sample_signatory_nip = "197001011990031002";
std::filesystem::path sample_master(const std::filesystem::path& dir);

// The second agency of tests/data/dishub: a master of `year` (2023 or 2024) from its
// agreement, with that year's actuals pulled (dir/dishub-<year>.ods).
std::filesystem::path dishub_master(const std::filesystem::path& dir, int year);

// kinerja pull of the inputs into the master as TW II (its CLI run), and a TW II 2023 actual
// of the master afterwards.
CliRun pull_tw2(const std::filesystem::path& master, const std::vector<std::string>& inputs);
std::optional<double> tw2(const std::filesystem::path& master, const std::string& code);

// kinerja forms for a quarter into dir/twN (both formats); requires success.
std::filesystem::path make_forms(const std::filesystem::path& master, const std::filesystem::path& dir, int quarter);

// A filled form: code -> value (number, or a text typed as is) and obstacle.
struct Entry {
  std::string code;
  std::string value;     // as typed: "27", "41,75", "=1+1"; a number when it parses as one in C
  std::string obstacle;  // kendala
  std::string spent = {};  // realisasi anggaran (Rp), as typed; empty: left empty
  std::string physical = {};  // progres fisik (%) of a monthly form, as typed; empty: left empty
};

// Fills an .ods form through the API (as LibreOffice users do) and stores it as `out`.
void fill_ods_form(const std::filesystem::path& form, const std::filesystem::path& out,
                   const std::vector<Entry>& entries, bool values_as_text = false);

// Fills an .xlsx form with openpyxl (as Excel would save it).
void fill_xlsx_form(const std::filesystem::path& form, const std::filesystem::path& out,
                    const std::vector<Entry>& entries);

// The master's Realisasi sheet, as records.
std::vector<core::ActualRecord> master_actuals(const std::filesystem::path& master);

// A sheet of a workbook file, as a grid.
core::Grid sheet_of(const std::filesystem::path& file, std::string_view sheet);

// Runs a python3 (Debian's, with openpyxl) program with arguments; it must succeed.
void python(const std::string& program, const std::vector<std::string>& arguments);

// The SHA-256 of a file, by coreutils' sha256sum.
std::string file_sha256(const std::filesystem::path& file);

// The title of a PDF, as its document information says (pdfinfo).
std::string pdf_title(const std::filesystem::path& pdf);

// The text of a PDF (pdftotext -layout).
std::string pdf_text(const std::filesystem::path& pdf);

}  // namespace kinerja::test
