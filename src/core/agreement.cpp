#include "core/agreement.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <string>

#include "core/mail_fields.hpp"
#include "core/master_settings.hpp"
#include "core/numbers.hpp"
#include "core/option_words.hpp"
#include "core/rollup.hpp"
#include "core/text.hpp"

namespace kinerja::core {
namespace {

const std::vector<ColumnSpec>& specs() {
  static const std::vector<ColumnSpec> columns = {
      {"kode", {"Kode", "kode indikator", "code"}, true},
      {"bidang", {"Bidang", "division", "unit kerja", "penanggung jawab"}, true},
      {"sasaran", {"Sasaran", "sasaran strategis", "goal"}, true},
      {"indikator", {"Indikator", "indikator kinerja", "indicator"}, true},
      {"satuan", {"Satuan", "unit"}, true},
      {"polaritas", {"Polaritas", "arah", "polarity", "sifat indikator"}, true},
      {"agregasi", {"Agregasi", "metode", "metode agregasi", "aggregation"}, true},
      {"jenis_target", {"Jenis Target", "sifat target", "target kind"}, true},
      {"target_tahunan", {"Target Tahunan", "target pk", "annual target"}, true},
      {"target_tw1", {"Target TW I", "target tw 1", "target triwulan i", "tw i", "tw1", "target q1"}, true},
      {"target_tw2", {"Target TW II", "target tw 2", "target triwulan ii", "tw ii", "tw2", "target q2"}, true},
      {"target_tw3", {"Target TW III", "target tw 3", "target triwulan iii", "tw iii", "tw3", "target q3"}, true},
      {"target_tw4", {"Target TW IV", "target tw 4", "target triwulan iv", "tw iv", "tw4", "target q4"}, true},
      {"bobot", {"Bobot", "weight"}, false},
      {"kondisi_awal", {"Kondisi Awal", "kondisi awal renstra", "baseline"}, false},
      {"target_akhir_renstra", {"Target Akhir Renstra", "target renstra", "target akhir", "renstra target"}, false},
      {"tahun_akhir_renstra", {"Tahun Akhir Renstra", "tahun akhir", "renstra end year"}, false},
      {"sifat_target_renstra", {"Sifat Target Renstra", "jenis target renstra", "renstra target kind"}, false},
      {"standar_nasional", {"Standar Nasional", "standar", "national standard"}, false},
      {"pagu", {"Pagu (Rp)", "pagu", "pagu anggaran", "anggaran", "pagu dpa", "budget"}, false},
  };
  return columns;
}

bool nearly_equal(double a, double b) {
  return std::fabs(a - b) <= 1e-9 * std::max({1.0, std::fabs(a), std::fabs(b)});
}

class RowReader {
 public:
  RowReader(const Grid& grid, const HeaderMatch& header, int row, std::vector<Problem>& problems)
      : grid_(grid), header_(header), row_(row), problems_(problems) {}

  std::string text(std::string_view key) const {
    const int column = header_.column(key);
    return column < 0 ? std::string{} : grid_.text(row_, column);
  }

  std::string address(std::string_view key) const {
    return grid_.address(row_, std::max(0, header_.column(key)));
  }

  void error(std::string_view key, std::string message) {
    problems_.push_back({Severity::error, std::move(message), address(key), {}});
    ok_ = false;
  }

  void warning(std::string_view key, std::string message) {
    problems_.push_back({Severity::warning, std::move(message), address(key), {}});
  }

  std::string required_text(std::string_view key, std::string_view title) {
    std::string value = text(key);
    if (value.empty()) error(key, std::string(title) + " kosong.");
    return value;
  }

  template <typename T, typename Parse>
  T option(std::string_view key, std::string_view title, std::string_view allowed, Parse parse) {
    const std::string word = text(key);
    if (word.empty()) {
      error(key, std::string(title) + " kosong. Isi dengan " + std::string(allowed) + ".");
      return T{};
    }
    const auto parsed = parse(word);
    if (!parsed) {
      error(key, std::string(title) + " \"" + word + "\" tidak dikenal. Isi dengan " +
                     std::string(allowed) + ".");
      return T{};
    }
    return *parsed;
  }

  std::optional<double> number(std::string_view key) {
    const int column = header_.column(key);
    if (column < 0) return std::nullopt;
    CellNumber cell = read_cell_number(grid_, row_, column);
    if (cell.problem) {
      if (cell.problem->severity == Severity::error) ok_ = false;
      problems_.push_back(std::move(*cell.problem));
    }
    return cell.value;
  }

  bool ok() const { return ok_; }

 private:
  const Grid& grid_;
  const HeaderMatch& header_;
  int row_;
  std::vector<Problem>& problems_;
  bool ok_ = true;
};

}  // namespace

const Indicator* Agreement::find(std::string_view code) const {
  const std::string wanted = code_key(code);
  for (const Indicator& indicator : indicators) {
    if (code_key(indicator.code) == wanted) return &indicator;
  }
  return nullptr;
}

std::vector<std::string> Agreement::divisions() const {
  std::vector<std::string> out;
  for (const Indicator& indicator : indicators) {
    if (std::find(out.begin(), out.end(), indicator.division) == out.end()) {
      out.push_back(indicator.division);
    }
  }
  return out;
}

std::span<const ColumnSpec> agreement_columns() { return specs(); }

const std::vector<std::string_view>& agreement_titles() {
  static const std::vector<std::string_view> titles = [] {
    std::vector<std::string_view> out;
    for (const ColumnSpec& spec : specs()) out.push_back(spec.aliases.front());
    return out;
  }();
  return titles;
}

Grid agreement_grid(const Agreement& agreement) {
  const auto number = [](const std::optional<double>& value) {
    return value ? Cell(Number{*value}) : Cell(Empty{});
  };
  std::vector<std::vector<Cell>> rows;
  std::vector<Cell> header;
  for (std::string_view title : agreement_titles()) header.emplace_back(std::string(title));
  rows.push_back(std::move(header));
  for (const Indicator& i : agreement.indicators) {
    rows.push_back({i.code, i.division, i.goal, i.name, i.unit, std::string(word_of(i.polarity)),
                    std::string(word_of(i.aggregation)), std::string(word_of(i.target_kind)),
                    number(i.annual_target), number(i.quarter_targets[0]), number(i.quarter_targets[1]),
                    number(i.quarter_targets[2]), number(i.quarter_targets[3]), number(i.weight),
                    number(i.baseline), number(i.renstra_target),
                    number(i.renstra_end_year ? std::optional<double>(*i.renstra_end_year) : std::nullopt),
                    i.renstra_target ? Cell(std::string(word_of(i.renstra_kind))) : Cell(Empty{}),
                    number(i.national_standard), number(i.budget)});
  }
  return Grid("PK", std::move(rows));
}

AgreementReading read_agreement(const Grid& grid) {
  AgreementReading reading;
  const HeaderMatch header = match_header(grid, specs());
  reading.problems = header.problems;
  if (has_errors(header.problems)) return reading;

  std::map<std::string, std::string> first_seen;  // code -> address
  constexpr std::array<std::string_view, 4> quarter_keys = {"target_tw1", "target_tw2",
                                                             "target_tw3", "target_tw4"};
  for (int row = header.header_row + 1; row < grid.row_count(); ++row) {
    if (grid.row_is_empty(row)) continue;
    RowReader cells(grid, header, row, reading.problems);
    Indicator indicator;
    indicator.code = cells.required_text("kode", "Kode indikator");
    indicator.division = cells.required_text("bidang", "Bidang");
    if (auto problem = header_text_problem("Bidang", indicator.division, cells.address("bidang"))) {
      cells.error("bidang", std::move(problem->message));  // the bidang goes into the forms' email subjects
    }
    indicator.goal = cells.required_text("sasaran", "Sasaran");
    indicator.name = cells.required_text("indikator", "Indikator");
    indicator.unit = cells.text("satuan");
    indicator.polarity =
        cells.option<Polarity>("polaritas", "Polaritas", "positif atau negatif", parse_polarity);
    indicator.aggregation = cells.option<Aggregation>(
        "agregasi", "Agregasi", "sum, last, average, max atau min", parse_aggregation);
    indicator.target_kind = cells.option<TargetKind>(
        "jenis_target", "Jenis target", "per_tw atau kumulatif", parse_target_kind);
    indicator.annual_target = cells.number("target_tahunan");
    for (std::size_t q = 0; q < 4; ++q) {
      indicator.quarter_targets[q] = cells.number(quarter_keys[q]);
    }
    indicator.weight = cells.number("bobot");
    if (indicator.weight && *indicator.weight < 0) {
      cells.error("bobot", "Bobot tidak boleh negatif.");
    }
    indicator.baseline = cells.number("kondisi_awal");
    indicator.renstra_target = cells.number("target_akhir_renstra");
    indicator.national_standard = cells.number("standar_nasional");
    indicator.budget = cells.number("pagu");
    if (indicator.budget && *indicator.budget < 0) cells.error("pagu", "Pagu tidak boleh negatif.");
    if (const auto year = cells.number("tahun_akhir_renstra")) {
      if (*year != std::floor(*year) || *year < first_year || *year > last_year) {
        cells.error("tahun_akhir_renstra", "Tahun akhir Renstra " + indonesian_decimal(*year) +
                                               " bukan tahun (misalnya 2026).");
      } else {
        indicator.renstra_end_year = static_cast<int>(*year);
      }
    }
    if (const std::string word = cells.text("sifat_target_renstra"); !word.empty()) {
      if (const auto kind = parse_renstra_kind(word)) {
        indicator.renstra_kind = *kind;
      } else {
        cells.error("sifat_target_renstra", "Sifat target Renstra \"" + word +
                                                "\" tidak dikenal. Isi dengan kondisi_akhir atau kumulatif.");
      }
    }
    if (indicator.renstra_end_year && !indicator.renstra_target) {
      cells.warning("target_akhir_renstra", "Tahun akhir Renstra diisi tanpa target akhir Renstra.");
    }

    if (!indicator.code.empty()) {
      const std::string key = code_key(indicator.code);
      const auto [previous, inserted] = first_seen.emplace(key, cells.address("kode"));
      if (!inserted) {
        cells.error("kode", "Kode \"" + indicator.code + "\" ganda: sudah dipakai di " +
                                previous->second + ".");
      }
    }
    if (!cells.ok()) continue;

    const bool any_quarter_target =
        std::any_of(indicator.quarter_targets.begin(), indicator.quarter_targets.end(),
                    [](const std::optional<double>& t) { return t.has_value(); });
    const std::optional<double> planned = action_plan_annual_target(indicator);
    if (!indicator.annual_target) {
      cells.warning("target_tahunan", "Target tahunan kosong: capaian tahunan memakai target "
                                      "rencana aksi.");
    } else if (planned && !nearly_equal(*planned, *indicator.annual_target)) {
      cells.warning("target_tahunan",
                    "Target tahunan " + format_number(*indicator.annual_target) +
                        " berbeda dengan target rencana aksi (" + std::string(word_of(indicator.aggregation)) +
                        " TW I-IV = " + format_number(*planned) + ").");
    }
    if (!any_quarter_target) {
      cells.warning("target_tw1", "Tidak ada target triwulan pada rencana aksi: capaian "
                                  "triwulan tidak dapat dihitung.");
    }
    reading.agreement.indicators.push_back(std::move(indicator));
  }
  if (reading.agreement.indicators.empty() && !has_errors(reading.problems)) {
    reading.problems.push_back({Severity::error, "Tidak ada indikator pada tabel.",
                                grid.address(header.header_row, 0), {}});
  }
  return reading;
}

}  // namespace kinerja::core
