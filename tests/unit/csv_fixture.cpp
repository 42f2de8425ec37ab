#include "csv_fixture.hpp"

#include <fstream>
#include <sstream>
#include <stdexcept>

#include "core/numbers.hpp"

namespace kinerja::test {

std::string sample_path(const std::string& file) { return std::string(KINERJA_SAMPLES_DIR) + "/" + file; }

core::Grid read_csv(const std::string& path, const std::string& sheet) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot open " + path);
  std::vector<std::vector<core::Cell>> rows;
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    std::vector<core::Cell> row;
    std::stringstream fields(line);
    std::string field;
    while (std::getline(fields, field, ',')) row.emplace_back(field);
    if (!line.empty() && line.back() == ',') row.emplace_back(std::string{});
    rows.push_back(std::move(row));
  }
  return core::Grid(sheet, std::move(rows));
}

const core::Agreement& sample_agreement() {
  static const core::Agreement agreement = [] {
    const core::AgreementReading reading =
        core::read_agreement(read_csv(sample_path("perjanjian-kinerja-2023.csv"), "PK"));
    if (core::has_errors(reading.problems)) throw std::runtime_error("sample agreement has errors");
    return reading.agreement;
  }();
  return agreement;
}

const std::map<std::string, core::QuarterValues>& sample_actuals() {
  static const std::map<std::string, core::QuarterValues> actuals = [] {
    const core::Grid grid = read_csv(sample_path("realisasi-2023.csv"), "Realisasi");
    std::map<std::string, core::QuarterValues> out;
    for (int r = 1; r < grid.row_count(); ++r) {
      const int quarter = std::stoi(grid.text(r, 2));
      const core::NumberReading value = core::read_number(grid.text(r, 4));
      if (value.outcome != core::NumberReading::Outcome::number) throw std::runtime_error("bad sample");
      out[grid.text(r, 3)][static_cast<std::size_t>(quarter - 1)] = value.value;
    }
    return out;
  }();
  return actuals;
}

}  // namespace kinerja::test
