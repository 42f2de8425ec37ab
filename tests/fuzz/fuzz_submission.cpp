// Reading a submission must never crash, whatever the sheets hold, and what it accepts must
// obey the rules: a known indicator of the bidang it belongs to, the master's year, a quarter
// 1-4, a finite value; a rejected file carries an error. The accepted rows then merge.
#include <cmath>
#include <cstdint>
#include <cstdlib>

#include "core/pull_log.hpp"
#include "core/submission.hpp"
#include "fuzz_input.hpp"
#include "small_agreement.hpp"

using namespace kinerja::core;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const Agreement agreement = kinerja::test::small_agreement();
  static const AgreementIndex index(agreement);
  const std::vector<Grid> sheets = kinerja::fuzz::sheets_of({reinterpret_cast<const char*>(data), size});
  const SubmissionSource source{"fuzz.xlsx", "00", "2023-07-10 09:00:00"};
  for (int expected_quarter = 0; expected_quarter <= 4; expected_quarter += 2) {
    const SubmissionReading reading =
        read_submission(sheets, SubmissionContext{index, 2023, expected_quarter}, source);
    const Verdict verdict = submission_verdict(reading);
    if (verdict == Verdict::rejected && !has_errors(reading.problems)) std::abort();
    for (const ActualRecord& record : reading.records) {
      const Indicator* indicator = agreement.find(record.code);
      if (indicator == nullptr || indicator->division != record.division) std::abort();
      if (record.year != 2023 || record.quarter < 1 || record.quarter > 4) std::abort();
      if (expected_quarter != 0 && record.quarter != expected_quarter) std::abort();
      if (record.actual && !std::isfinite(*record.actual)) std::abort();
      if (record.source_file != "fuzz.xlsx" || record.source_cell.empty()) std::abort();
    }
    (void)submission_log_row(reading, source);
    for (const Problem& problem : reading.problems) (void)problem_log_row(problem, source.pulled_at);
    if (verdict != Verdict::rejected) {
      std::vector<ActualRecord> table;
      const MergeOutcome merged = merge_actuals(table, reading.records);
      if (table.size() != static_cast<std::size_t>(merged.added)) std::abort();
    }
  }
  return 0;
}
