#include "core/form.hpp"

#include <cmath>

#include "core/checksum.hpp"
#include "core/header_match.hpp"
#include "core/numbers.hpp"
#include "core/period.hpp"
#include "core/rollup.hpp"

namespace kinerja::core {
namespace {

constexpr const char* identity_title = "Identitas formulir Kinerja (jangan diubah)";
constexpr const char* label_kind = "Jenis";
constexpr const char* kind_value = "Formulir Realisasi Kinerja";
constexpr const char* label_division = "Bidang";
constexpr const char* label_year = "Tahun";
constexpr const char* label_quarter = "Triwulan";
constexpr const char* label_month = "Bulan";
constexpr const char* label_version = "Versi Templat";
constexpr const char* label_checksum = "Checksum Indikator";

bool is(const Grid& grid, int row, const char* label) {
  return header_key(grid.text(row, 0)) == header_key(label);
}

std::string file_safe(std::string_view text) {
  std::string out;
  for (char c : text) {
    const bool keep = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (keep) {
      out.push_back(c);
    } else if (!out.empty() && out.back() != '-') {
      out.push_back('-');
    }
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out;
}

}  // namespace

const std::vector<std::string_view>& form_table_titles() {
  static const std::vector<std::string_view> titles = {
      "Kode",    "Sasaran", "Indikator", "Satuan",        "Target TW",
      "Target s.d. TW", "Realisasi", "Realisasi Anggaran (Rp)", "Kendala", "Tindak Lanjut", "Bukti Dukung"};
  return titles;
}

const std::vector<std::string_view>& monthly_form_table_titles() {
  static const std::vector<std::string_view> titles = {
      "Kode",    "Sasaran", "Indikator", "Satuan",        "Target TW",
      "Target s.d. TW", "Realisasi Bulan Ini", "Realisasi Anggaran (Rp)", "Permasalahan", "Progres Fisik (%)",
      "Bukti Dukung"};
  return titles;
}

std::vector<Form> make_monthly_forms(const Agreement& agreement, const MasterInfo& info, int month) {
  std::vector<Form> forms = make_forms(agreement, info, quarter_of_month(month));
  for (Form& form : forms) {
    form.identity.month = month;
    form.due = add_days(month_end(info.year, month), info.due_days);
  }
  return forms;
}

std::vector<Form> make_forms(const Agreement& agreement, const MasterInfo& info, const FormPeriod& period) {
  return period.month > 0 ? make_monthly_forms(agreement, info, period.month) : make_forms(agreement, info, period.quarter);
}

std::string period_text(const FormIdentity& identity) {
  return (identity.month > 0 ? std::string(month_name(identity.month)) : "TW " + std::string(roman(identity.quarter))) +
         " " + std::to_string(identity.year);
}

std::vector<Form> make_forms(const Agreement& agreement, const MasterInfo& info, int quarter) {
  std::vector<Form> forms;
  const auto q = static_cast<std::size_t>(quarter - 1);
  for (const std::string& division : agreement.divisions()) {
    Form form;
    form.identity.division = division;
    form.identity.year = info.year;
    form.identity.quarter = quarter;
    form.agency = info.agency;
    form.due = add_days(quarter_end(info.year, quarter), info.due_days);
    std::vector<std::string> codes;
    for (const Indicator& indicator : agreement.indicators) {
      if (indicator.division != division) continue;
      const QuarterTargets targets = quarter_targets(indicator);
      form.rows.push_back({indicator.code, indicator.goal, indicator.name, indicator.unit,
                           targets.own[q], targets.to_date[q]});
      codes.push_back(indicator.code);
    }
    form.identity.checksum = indicator_list_checksum(codes);
    forms.push_back(std::move(form));
  }
  return forms;
}

std::string form_file_name(const Form& form, std::string_view extension) {
  const int month = form.identity.month;
  const std::string period = month > 0 ? std::string("B") + (month < 10 ? "0" : "") + std::to_string(month)
                                       : "TW" + std::to_string(form.identity.quarter);
  return "Kinerja-" + std::to_string(form.identity.year) + "-" + period + "-" + file_safe(form.identity.division) + "." +
         std::string(extension);
}

Grid identity_grid(const FormIdentity& identity) {
  std::vector<std::vector<Cell>> rows = {{std::string(identity_title)},
                                         {std::string(label_kind), std::string(kind_value)},
                                         {std::string(label_division), identity.division},
                                         {std::string(label_year), Number{static_cast<double>(identity.year)}},
                                         {std::string(label_quarter), Number{static_cast<double>(identity.quarter)}}};
  if (identity.month > 0) rows.push_back({std::string(label_month), Number{static_cast<double>(identity.month)}});
  rows.push_back({std::string(label_version), identity.template_version});
  rows.push_back({std::string(label_checksum), identity.checksum});
  return Grid(std::string(form_layout::identity_sheet), std::move(rows));
}

IdentityReading read_identity(const Grid& grid) {
  IdentityReading reading;
  std::string month_cell;
  const auto whole = [&](int row, const char* label, int low, int high) {
    const CellNumber cell = read_cell_number(grid, row, 1);
    if (!cell.value || *cell.value != std::floor(*cell.value) || *cell.value < low || *cell.value > high) {
      reading.problems.push_back({Severity::error, std::string(label) + " pada identitas formulir tidak sah.",
                                  grid.address(row, 1), {}});
      return 0;
    }
    return static_cast<int>(*cell.value);
  };
  for (int row = 0; row < grid.row_count(); ++row) {
    if (is(grid, row, label_kind)) {
      reading.found = header_key(grid.text(row, 1)) == header_key(kind_value);
    } else if (is(grid, row, label_division)) {
      reading.identity.division = grid.text(row, 1);
    } else if (is(grid, row, label_year)) {
      reading.identity.year = whole(row, label_year, 1900, 2200);
    } else if (is(grid, row, label_quarter)) {
      reading.identity.quarter = whole(row, label_quarter, 1, 4);
    } else if (is(grid, row, label_month)) {
      reading.identity.month = whole(row, label_month, 1, 12);
      month_cell = grid.address(row, 1);
    } else if (is(grid, row, label_version)) {
      reading.identity.template_version = grid.text(row, 1);
    } else if (is(grid, row, label_checksum)) {
      reading.identity.checksum = grid.text(row, 1);
    }
  }
  // A month outside its quarter: a changed or forged identity.
  if (reading.identity.month > 0 && reading.identity.quarter > 0 &&
      quarter_of_month(reading.identity.month) != reading.identity.quarter) {
    reading.problems.push_back({Severity::error,
                                "Bulan " + std::to_string(reading.identity.month) + " tidak termasuk triwulan " +
                                    std::to_string(reading.identity.quarter) + " pada identitas formulir.",
                                month_cell, {}});
  }
  return reading;
}

}  // namespace kinerja::core
