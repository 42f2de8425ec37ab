// The form each bidang fills for a quarter: its header, identity and indicator rows, and the
// fixed layout that the form template (templates/formulir-bidang.fods) and the pull share.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/agreement.hpp"
#include "core/dates.hpp"
#include "core/master_settings.hpp"

namespace kinerja::core {

// The version of the form layout; stored in every form's identity block.
// 2: the Realisasi Anggaran (Rp) column (a version 1 form, without it, is still read).
inline constexpr std::string_view form_template_version = "2";

namespace form_layout {
inline constexpr std::string_view form_sheet = "Formulir";
inline constexpr std::string_view identity_sheet = "Identitas";
// Header block on the form sheet: values in column B of these rows (0-based).
inline constexpr int agency_row = 1;
inline constexpr int division_row = 2;
inline constexpr int year_row = 3;
inline constexpr int quarter_row = 4;
inline constexpr int due_row = 5;
inline constexpr int instructions_row = 6;  // column A: what to fill in (the template's words for a quarter)
inline constexpr int value_column = 1;
// The table: its header row, then one row per indicator.
inline constexpr int table_header_row = 8;
inline constexpr int first_data_row = 9;
// Columns of the table.
inline constexpr int code_column = 0;
inline constexpr int realisasi_column = 6;
inline constexpr int budget_column = 7;  // Realisasi Anggaran (Rp)
inline constexpr int obstacle_column = 8;  // Kendala, then Tindak Lanjut, Bukti Dukung
inline constexpr int column_count = 11;
}  // namespace form_layout

// The table's column titles, in order (Kode ... Realisasi, Realisasi Anggaran (Rp), ... Bukti Dukung).
const std::vector<std::string_view>& form_table_titles();
// The monthly progress form's: the same places, the month's words (Realisasi Bulan Ini,
// Permasalahan) and Progres Fisik (%) where the quarter's form has Tindak Lanjut.
const std::vector<std::string_view>& monthly_form_table_titles();
namespace form_layout {
inline constexpr int physical_column = 9;  // Progres Fisik (%), monthly forms only
}

struct FormRow {
  std::string code;
  std::string goal;
  std::string name;
  std::string unit;
  std::optional<double> target_quarter;  // t(q)
  std::optional<double> target_to_date;  // c(q)
};

struct FormIdentity {
  std::string division;
  int year = 0;
  int quarter = 0;
  std::string template_version{form_template_version};
  std::string checksum;  // of the indicator codes, in order
  int month = 0;  // 1..12: a monthly progress form (Laporan Progres Bulanan); 0: a quarter's form
};

struct Form {
  FormIdentity identity;
  std::string agency;
  Date due;
  std::vector<FormRow> rows;
};

// One form per bidang (in the agreement's order), for the quarter (1-4).
std::vector<Form> make_forms(const Agreement& agreement, const MasterInfo& info, int quarter);
// One monthly progress form per bidang for the month (1-12): its quarter's targets, due the
// Batas Kirim days after the month's end.
std::vector<Form> make_monthly_forms(const Agreement& agreement, const MasterInfo& info, int month);

// What forms are made for: a quarter (1-4), or a month (1-12; then `quarter` is ignored).
struct FormPeriod {
  int quarter = 0;
  int month = 0;
};
std::vector<Form> make_forms(const Agreement& agreement, const MasterInfo& info, const FormPeriod& period);

// "TW II 2023" or "Juli 2023": the period a form is for.
std::string period_text(const FormIdentity& identity);

// Kinerja-2023-TW2-Bidang-Perlindungan-Masyarakat.<extension>; a monthly form
// Kinerja-2023-B07-Bidang-Perlindungan-Masyarakat.<extension>
std::string form_file_name(const Form& form, std::string_view extension);

// The identity block as (label, value) rows, for the Identitas sheet; read back by label.
Grid identity_grid(const FormIdentity& identity);
struct IdentityReading {
  bool found = false;  // the sheet is a Kinerja form's identity block
  FormIdentity identity;
  std::vector<Problem> problems;
};
IdentityReading read_identity(const Grid& grid);

}  // namespace kinerja::core
