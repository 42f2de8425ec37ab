// Reading an agreement from any table must never crash (the table: the first sheet of
// fuzz_input.hpp's decoding).
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/agreement.hpp"
#include "core/status.hpp"
#include "fuzz_input.hpp"

using namespace kinerja::core;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  std::vector<Grid> sheets = kinerja::fuzz::sheets_of(text);
  const AgreementReading reading = read_agreement(sheets.front());
  const Settings settings;
  for (const Indicator& indicator : reading.agreement.indicators) {
    const QuarterValues actuals = indicator.quarter_targets;
    for (Period period : all_periods) (void)evaluate(indicator, actuals, period, settings);
  }
  for (const Problem& problem : reading.problems) (void)describe(problem);
  return 0;
}
