#include "core/pull_merge.hpp"

#include <algorithm>
#include <iterator>
#include <set>
#include <utility>

#include "core/monthly.hpp"
#include "core/text.hpp"

namespace kinerja::core {

IncomingRecords split_incoming(std::vector<ActualRecord> records) {
  IncomingRecords split;
  const auto months_begin =
      std::stable_partition(records.begin(), records.end(), [](const ActualRecord& r) { return r.month == 0; });
  split.months.assign(std::make_move_iterator(months_begin), std::make_move_iterator(records.end()));
  records.erase(months_begin, records.end());
  split.quarters = std::move(records);
  return split;
}

PullMerge merge_pull(const Agreement& agreement, std::vector<ActualRecord> quarters, std::vector<ActualRecord> months,
                     const IncomingRecords& incoming, int year, const std::string& pulled_at) {
  PullMerge result;
  result.merged = merge_actuals(quarters, incoming.quarters);
  result.merged += merge_actuals(months, incoming.months);
  std::set<std::pair<std::string, int>> touched;  // the quarters this pull's files speak of
  for (const auto* records : {&incoming.quarters, &incoming.months}) {
    for (const ActualRecord& r : *records) touched.insert({code_key(r.code), r.quarter});
  }
  const QuartersFromMonths from_months =
      quarters_from_months(agreement, quarters, months, year, pulled_at, [&](const std::string& code, int quarter) {
        return touched.contains({code_key(code), quarter});
      });
  // The quarters made from months change what the log notes, not the counts of values that came in.
  const MergeOutcome merged_quarters = merge_actuals(quarters, from_months.derived);
  result.merged.changes.insert(result.merged.changes.end(), merged_quarters.changes.begin(), merged_quarters.changes.end());
  result.merged.problems.insert(result.merged.problems.end(), merged_quarters.problems.begin(),
                                merged_quarters.problems.end());
  result.problems = result.merged.problems;
  result.problems.insert(result.problems.end(), from_months.warnings.begin(), from_months.warnings.end());
  result.quarters = std::move(quarters);
  result.months = std::move(months);
  return result;
}

}  // namespace kinerja::core
