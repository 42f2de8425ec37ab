// Reading an agreement from any table must never crash: the input is split into rows
// (newline) and cells (tab), each cell a number when it starts with '#', else text.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/agreement.hpp"
#include "core/status.hpp"

using namespace kinerja::core;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  std::vector<std::vector<Cell>> rows(1);
  std::string cell;
  const auto flush = [&] {
    if (!cell.empty() && cell[0] == '#') {
      double value = 0;
      for (char c : cell.substr(1)) value = value * 10 + (c & 0x0F);
      rows.back().emplace_back(Number{value, cell.size() % 2 ? NumberKind::percent : NumberKind::general});
    } else {
      rows.back().emplace_back(cell);
    }
    cell.clear();
  };
  for (char c : text) {
    if (c == '\t') {
      flush();
    } else if (c == '\n') {
      flush();
      rows.emplace_back();
    } else {
      cell.push_back(c);
    }
  }
  flush();
  const AgreementReading reading = read_agreement(Grid("PK", std::move(rows)));
  const Settings settings;
  for (const Indicator& indicator : reading.agreement.indicators) {
    const QuarterValues actuals = indicator.quarter_targets;
    for (Period period : all_periods) (void)evaluate(indicator, actuals, period, settings);
  }
  for (const Problem& problem : reading.problems) (void)describe(problem);
  return 0;
}
