// What a pull makes of the values that came in (docs/rules.md "Submissions", "Monthly progress"):
// decided here from plain records, so that every case is unit-tested without an office; the UNO
// layer reads the master's Realisasi and Bulanan, calls these, and writes what they return.
#pragma once

#include <string>
#include <vector>

#include "core/actuals.hpp"
#include "core/agreement.hpp"
#include "core/problem.hpp"

namespace kinerja::core {

// The accepted records of a pull's submissions, in the order they were read, split by what they
// report: a quarter (Realisasi) or a month (Bulanan).
struct IncomingRecords {
  std::vector<ActualRecord> quarters;
  std::vector<ActualRecord> months;
};
IncomingRecords split_incoming(std::vector<ActualRecord> records);

// The master's tables after the pull, and what the pull did.
struct PullMerge {
  std::vector<ActualRecord> quarters;  // Realisasi as it becomes
  std::vector<ActualRecord> months;    // Bulanan as it becomes
  // The values that came in (their counts), every replacement (the months' quarters too) and
  // the warnings about values kept.
  MergeOutcome merged;
  // The merge's warnings, then those of quarterly submissions that differ from their months.
  std::vector<Problem> problems;
};

// Merges what came in into the master's tables (a later record for the same indicator and
// period wins; an empty value never erases a reported one), then makes the quarters whose months
// are complete (quarters_from_months), warning only about the quarters this pull spoke of.
// `pulled_at` stamps the quarters made from months.
PullMerge merge_pull(const Agreement& agreement, std::vector<ActualRecord> quarters, std::vector<ActualRecord> months,
                     const IncomingRecords& incoming, int year, const std::string& pulled_at);

}  // namespace kinerja::core
